/**
 * Tactful's understanding of the customer: emotion and its words, complaint and severity, issue
 * category, urgency, escalation risks, phrases to mirror and the name to use. Pure: no DOM, no Node.
 */
export { analyzeMessage } from './analyze-message';
export { analyzeConversation, createAnalysisCache } from './analyze-conversation';
export type { AnalysisCache, AnalyzeConversationOptions } from './analyze-conversation';
export { firstNameOf, signedName, nameFromEmail } from './customer-name';
export * from './types';
