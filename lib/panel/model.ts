/**
 * The panel's brain: from what the panel knows (the page, the agent's draft, their settings and
 * picks, the packs, the customer's history, the time) it derives everything the panel shows —
 * the insight, the suggestions, the drafted reply, the guard's findings and checklist, and the
 * marks to underline in the editor. Pure and memoised part by part, by input identity: a keystroke
 * in the draft re-runs the guard only, never the analysis or the suggestions.
 *
 * Each part that can fail is a `Part`: a part that throws is reported as failed (and named by
 * the view that shows it) while the others still work.
 */
import { analyzeConversation, createAnalysisCache, type AnalysisCache, type Insight } from '../analysis';
import type { DraftMark, DraftSpan, DraftState } from '../conversation/draft';
import type { ConversationSnapshot } from '../conversation/types';
import { checkDraft, type ChecklistItem, type Finding, type GuardContext, type GuardResult } from '../guard';
import type { Pack } from '../packs/schema';
import { renderTemplate, type TemplateValues } from '../packs/template';
import type { Settings } from '../settings';
import { checkPromises, createCalendar, estimate as estimateTimescale, DEFAULT_TIMESCALE_SETTINGS, type Estimate, type TimescaleSettings } from '../timescale';
import { draftReply, suggest, templateValuesFor } from '../suggest';
import { promisesInText, type TextPromise } from '../promises/found';
import type { DraftReply, PhrasePreferences, SuggestContext, Suggestion } from '../suggest/types';
import { guardContext, replyContext } from './context';
import { customerText, type LanguageVerdict } from './language';
import { attempt, isFailed, memoLast, type Failed, type Part } from './memo';
import { conversationChars } from './off-thread';
import type { HistoryState, PageState } from './page';
import { t, uiLanguage } from '../i18n';

export interface PanelInputs {
  page: PageState;
  /** The agent's draft, as the followed tab last reported it (never taken from the snapshot). */
  draft?: DraftState;
  settings: Settings;
  preferences: PhrasePreferences;
  packs: readonly Pack[];
  history: HistoryState;
  /** Milliseconds since the epoch, as the controller last set it. */
  now: number;
  /** The team's calendar (hours, zone, holidays, targets); the defaults when not set. */
  timescale?: TimescaleSettings;
  /** Findings the agent dismissed in this conversation's draft (`Finding.key`). */
  dismissed?: Dismissed;
  /** A long conversation read off the main thread (lib/panel/off-thread.ts): used while it is the page's. */
  analysed?: Analysed;
  /** The language the browser detected in the customer's text (`text`), once it answered. */
  language?: DetectedLanguage;
}

export interface DetectedLanguage {
  /** The customer's text it was detected on (`customerText`). */
  text: string;
  verdict: LanguageVerdict;
}

/** What the analysis found in one snapshot, read elsewhere. */
export interface Analysed {
  snapshot: ConversationSnapshot;
  insight: Part<Insight>;
}

export interface Dismissed {
  /** The conversation they were dismissed in (a new conversation starts with none). */
  url: string;
  keys: readonly string[];
}

/** The kinds of phrase "Say this" offers, in order. */
export const SHOWN_KINDS = ['acknowledge', 'empathy', 'apology', 'deescalate'] as const;

export interface SuggestionsView {
  list: Suggestion[];
  /** The template values known for this conversation, to fill a suggestion's gaps with. */
  values: TemplateValues;
}

export type ChecklistPoint = 'heard' | 'timescale' | 'owner' | 'updates';
export const CHECKLIST_POINTS: readonly ChecklistPoint[] = ['heard', 'timescale', 'owner', 'updates'];

export interface FindingView {
  finding: Finding;
  /** The draft's words the finding is about. */
  words: string;
  /** Selecting the words in the editor. */
  select: DraftSpan;
  /** What a rewrite replaces. */
  replace: DraftSpan;
}

export type DraftCheckView =
  /** No reply editor open in the helpdesk. */
  | { state: 'no-editor' }
  /** An editor, nothing written yet. */
  | { state: 'empty' }
  | {
      state: 'checked';
      text: string;
      findings: FindingView[];
      checklist: { point: ChecklistPoint; item: ChecklistItem }[];
      /** What the check did not read, said plainly (quoted history, text past the cap). */
      notChecked?: string;
    };

/** The customer's history, as the customer card says it. */
export type ContactView = { error: string } | { line: string };

export interface ConversationPanel {
  snapshot: ConversationSnapshot;
  insight: Part<Insight>;
  /** Whether there are customer messages to advise on (the insight's views show only then). */
  advice: boolean;
  suggestions: Part<SuggestionsView>;
  reply: Part<DraftReply>;
  check: Part<DraftCheckView>;
  /** What to underline in the editor: the findings of the check, offsets into the draft. */
  marks: DraftMark[];
  contact: ContactView;
  /** A time the team can promise for this issue, and why (fills `{{timescale}}`). */
  estimate: Part<Estimate>;
  /**
   * A long conversation still being read off the main thread: the insight and what depends on it
   * (suggestions, reply, timescale) are not ready and not shown; the draft is checked meanwhile.
   */
  analysing: boolean;
  /** The promises with a time in the agent's draft, to remember (lib/promises). */
  draftPromises: Part<TextPromise[]>;
  /** Whether the conversation is in a language Tactful reads (analysed until the browser says otherwise). */
  language: LanguageVerdict;
}

export interface PanelView {
  page: PageState;
  conversation?: ConversationPanel;
  now: number;
}

export type PanelModel = (inputs: PanelInputs) => PanelView;

const NO_MARKS: DraftMark[] = [];
const NO_PROMISES: TextPromise[] = [];

function sameMarks(a: readonly DraftMark[], b: readonly DraftMark[]): boolean {
  return a.length === b.length && a.every((m, i) => {
    const o = b[i];
    return !!o && m.start === o.start && m.end === o.end && m.category === o.category && m.severity === o.severity;
  });
}

/** The text of a suggestion with the gaps the agent filled in. */
export function fillSuggestion(suggestion: Suggestion, values: TemplateValues, filled: Record<string, string>): string {
  return suggestion.missing.length === 0 ? suggestion.text : renderTemplate(suggestion.phrase.text, { ...values, ...filled }).text;
}

/**
 * The line the conversation shows when the page gave only part of some messages (a mail client's
 * previews of collapsed messages, `Message.partial`), naming the helpdesk the agent can open them
 * in; undefined when every message is whole.
 */
export function partialNote(snapshot: ConversationSnapshot, helpdesk?: string): string | undefined {
  if (!snapshot.messages.some((message) => message.partial)) return undefined;
  return helpdesk ? t('lib.panel.partialNote.named', { helpdesk }) : t('lib.panel.partialNote.unnamed');
}

/** The suggestion's gaps the agent has not filled yet. */
export function unfilledGaps(suggestion: Suggestion, filled: Record<string, string>): string[] {
  return suggestion.missing.filter((name) => !filled[name]?.trim());
}

export function contactView(history: HistoryState): ContactView {
  if (history.error) return { error: history.error };
  if (!history.customerId) return { line: t('lib.panel.contact.noIdentity') };
  if (history.earlier === undefined) return { line: t('lib.panel.contact.checking') };
  if (history.earlier === 0) return { line: t('lib.panel.contact.first') };
  return { line: t('lib.panel.contact.earlier', history.earlier) };
}

/** The guard's findings, with the promises the calendar can't keep that the guard did not flag already. */
function withPromises(text: string, result: GuardResult, promises: readonly Finding[]): GuardResult {
  const fresh = promises.filter((p) => !result.findings.some((f) => f.range.start < p.range.end && p.range.start < f.range.end));
  if (fresh.length === 0) return result;
  return { ...result, findings: [...result.findings, ...fresh].sort((a, b) => a.range.start - b.range.start) };
}

function notCheckedOf({ coverage }: GuardResult): { notChecked?: string } {
  if (!coverage) return {};
  if (coverage.capped) return { notChecked: t('lib.panel.notChecked.capped', { count: coverage.maxChars.toLocaleString(uiLanguage()) }) };
  if (coverage.quotedFrom !== undefined) return { notChecked: t('lib.panel.notChecked.quoted') };
  return {};
}

function checkView(text: string, result: GuardResult): DraftCheckView {
  const span = (start: number, end: number): DraftSpan => ({ start, end, expected: text.slice(start, end) });
  return {
    state: 'checked',
    text,
    findings: result.findings.map((finding) => ({
      finding,
      words: text.slice(finding.range.start, finding.range.end),
      select: span(finding.range.start, finding.range.end),
      replace: span(finding.replaces.start, finding.replaces.end),
    })),
    checklist: CHECKLIST_POINTS.map((point) => ({ point, item: result.checklist[point] })),
    ...notCheckedOf(result),
  };
}

export interface PanelModelOptions {
  cache?: AnalysisCache;
  /**
   * Conversations with more message text than this are not read here but wait for `analysed`
   * (read in a Worker by the controller). Without a Worker (tests, the CLI) everything is read here.
   */
  mainThreadChars?: number;
}

/** The parts that wait for a long conversation's reading. */
let NOT_YET: Failed | undefined;
/** One object for the whole session, so what is memoised on it stays memoised; its words are read on first use. */
const notYet = (): Failed => (NOT_YET ??= { failed: true, error: t('lib.panel.stillReading') });

/** A model with its own memory (one per panel; tests make their own). */
export function createPanelModel({ cache = createAnalysisCache(), mainThreadChars = Number.POSITIVE_INFINITY }: PanelModelOptions = {}): PanelModel {
  // Messages are analysed once and kept by their text: when the conversation grows, only new ones cost.
  const insightOf = memoLast((snapshot: ConversationSnapshot): Part<Insight> => attempt(() => analyzeConversation(snapshot, { cache })));
  const readsHere = memoLast((snapshot: ConversationSnapshot) => conversationChars(snapshot, mainThreadChars) <= mainThreadChars);
  /** The snapshot's insight: read elsewhere, read here, or undefined while a long one is read elsewhere. */
  const insightFor = (snapshot: ConversationSnapshot, analysed: Analysed | undefined): Part<Insight> | undefined => {
    if (analysed?.snapshot === snapshot) return analysed.insight;
    return readsHere(snapshot) ? insightOf(snapshot) : undefined;
  };
  const replyContextOf = memoLast(replyContext);
  const suggestionsOf = memoLast(
    (insight: Part<Insight>, ctx: SuggestContext): Part<SuggestionsView> =>
      isFailed(insight) ? insight : attempt(() => ({ list: suggest(insight, { ...ctx, kinds: SHOWN_KINDS, perKind: 2, limit: 8 }), values: templateValuesFor(insight, ctx) })),
  );
  const replyOf = memoLast((insight: Part<Insight>, ctx: SuggestContext): Part<DraftReply> => (isFailed(insight) ? insight : attempt(() => draftReply(insight, ctx))));
  const guardContextOf = memoLast((insight: Part<Insight>, snapshot: ConversationSnapshot, packs: readonly Pack[]) =>
    guardContext(isFailed(insight) ? undefined : insight, snapshot, packs),
  );
  const estimateOf = memoLast(
    (insight: Part<Insight>, snapshot: ConversationSnapshot, settings: TimescaleSettings, packs: readonly Pack[], now: number): Part<Estimate> =>
      isFailed(insight)
        ? insight
        : attempt(() =>
            estimateTimescale({
              category: insight.category.label,
              channel: snapshot.channel ?? 'unknown',
              now: new Date(now),
              settings,
              calendar: calendarOf(settings),
              packTargets: packs.find((pack) => pack.timescaleTargets)?.timescaleTargets,
            }),
          ),
  );
  const calendarOf = memoLast(createCalendar);
  const fullGuardContext = memoLast((ctx: GuardContext, estimate: Part<Estimate>, url: string, dismissed: Dismissed | undefined): GuardContext => ({
    ...ctx,
    ...(isFailed(estimate) ? {} : { timescalePhrase: estimate.phrase }),
    ...(dismissed && dismissed.url === url && dismissed.keys.length > 0 ? { dismissed: dismissed.keys } : {}),
  }));
  const withTimescale = memoLast((ctx: SuggestContext, estimate: Part<Estimate>): SuggestContext => (isFailed(estimate) ? ctx : { ...ctx, timescale: estimate.phrase }));
  const checkOf = memoLast((found: boolean, text: string, ctx: GuardContext, estimate: Part<Estimate>, settings: TimescaleSettings, now: number): Part<DraftCheckView> => {
    if (!found) return { state: 'no-editor' };
    if (!text.trim()) return { state: 'empty' };
    return attempt(() => {
      const result = checkDraft(text, ctx);
      const promises = checkPromises(text, { now: new Date(now), settings, calendar: calendarOf(settings), ...(isFailed(estimate) ? {} : { estimate }) });
      return checkView(text, withPromises(text, result, promises));
    });
  });
  // The same underlines keep the same identity (a re-check at a new time finding the same words
  // pushes nothing to the editor).
  let lastMarks: DraftMark[] = NO_MARKS;
  const marksOf = memoLast((check: Part<DraftCheckView>): DraftMark[] => {
    const marks =
      isFailed(check) || check.state !== 'checked'
        ? NO_MARKS
        : check.findings.map(({ finding }) => ({ start: finding.range.start, end: finding.range.end, category: finding.category, severity: finding.severity }));
    if (sameMarks(marks, lastMarks)) return lastMarks;
    lastMarks = marks;
    return marks;
  });
  const contactOf = memoLast(contactView);
  const draftPromisesOf = memoLast((text: string, settings: TimescaleSettings, now: number): Part<TextPromise[]> =>
    text.trim() ? attempt(() => promisesInText(text, new Date(now), { settings, calendar: calendarOf(settings) })) : NO_PROMISES,
  );
  const conversationOf = memoLast(
    (
      snapshot: ConversationSnapshot,
      insight: Part<Insight>,
      suggestions: Part<SuggestionsView>,
      reply: Part<DraftReply>,
      check: Part<DraftCheckView>,
      marks: DraftMark[],
      contact: ContactView,
      estimate: Part<Estimate>,
      analysing: boolean,
      draftPromises: Part<TextPromise[]>,
      language: LanguageVerdict,
    ): ConversationPanel => ({
      snapshot,
      insight,
      advice: !analysing && (isFailed(insight) || insight.messages.length > 0),
      analysing,
      suggestions,
      reply,
      check,
      marks,
      contact,
      estimate,
      draftPromises,
      language,
    }),
  );
  const customerTextOf = memoLast(customerText);
  const ANALYSED: LanguageVerdict = { analysed: true };
  // A detection made on other text (the conversation changed since) does not apply.
  const languageOf = (snapshot: ConversationSnapshot, language: DetectedLanguage | undefined): LanguageVerdict =>
    language && language.text === customerTextOf(snapshot) ? language.verdict : ANALYSED;
  const viewOf = memoLast((page: PageState, conversation: ConversationPanel | undefined, now: number): PanelView => ({ page, conversation, now }));

  return ({ page, draft, settings, preferences, packs, history, now, timescale = DEFAULT_TIMESCALE_SETTINGS, dismissed, analysed, language }) => {
    if (page.kind !== 'conversation') return viewOf(page, undefined, now);
    const { snapshot } = page;
    const read = insightFor(snapshot, analysed);
    const insight = read ?? notYet();
    const estimate = estimateOf(insight, snapshot, timescale, packs, now);
    const ctx = withTimescale(replyContextOf(snapshot, settings, preferences, packs, history.earlier), estimate);
    const check = checkOf(
      draft?.found ?? false,
      draft?.found ? draft.text : '',
      fullGuardContext(guardContextOf(insight, snapshot, packs), estimate, snapshot.url, dismissed),
      estimate,
      timescale,
      now,
    );
    const promises = draftPromisesOf(draft?.found ? draft.text : '', timescale, now);
    const suggestions = suggestionsOf(insight, ctx);
    const conversation = conversationOf(
      snapshot, insight, suggestions, replyOf(insight, ctx), check, marksOf(check), contactOf(history), estimate, !read, promises, languageOf(snapshot, language),
    );
    return viewOf(page, conversation, now);
  };
}
