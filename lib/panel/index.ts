/**
 * The panel's logic without React or the browser: page states, the model that derives what the
 * panel shows, and the contexts it passes to the engines. The controller (entrypoints/sidepanel)
 * feeds it; components/sidepanel renders what it returns.
 */
export * from './page';
export * from './model';
export { guardContext, replyContext } from './context';
export { attempt, isFailed, memoLast, type Failed, type Part } from './memo';
export type { ExpandOutcome, PanelActions, PromiseOutcome } from './actions';
export { analyserOver, conversationChars, MAIN_THREAD_CHARS, serveAnalysis, type Analyse, type Analyser } from './off-thread';
export * from './keyboard';
export * from './language';
export { foldToFeeling, type FoldedMessage } from './fold';
