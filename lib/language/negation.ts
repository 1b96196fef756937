/**
 * Negation, conditionals and hedges: the small grammar checks every guard rule shares. The word
 * lists are data (`grammar.json`); these functions look at the words just before a match.
 */
import grammarJson from './grammar.json';
import { alternation, lexiconList, type LexiconFile } from './lexicon';

const GRAMMAR = grammarJson as LexiconFile;

export const NEGATION = new RegExp(String.raw`\b${alternation(lexiconList(GRAMMAR, 'negation'))}\b|n['’]t\b`, 'i');
export const CONDITIONAL = new RegExp(String.raw`\b${alternation(lexiconList(GRAMMAR, 'conditional'))}\b`, 'i');
export const HEDGE = new RegExp(String.raw`\b${alternation(lexiconList(GRAMMAR, 'hedge'))}\b`, 'i');

/** True when the last `lookbackWords` words of `before` hold a negation. */
export function negatesEnd(before: string, lookbackWords = 6): boolean {
  const words = before.trim().split(/\s+/);
  return NEGATION.test(words.slice(-lookbackWords).join(' '));
}
