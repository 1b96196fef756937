/** Guarantees and warranties (UCC §2-313; PRINCIPLES.md §2): pledges, certainty about outcomes, product "never" claims. */
import type { LexEntry } from './index';

export const PLEDGE_NOUNS: readonly LexEntry[] = [
  { terms: ['guarantee', 'word', 'promise', 'assurance', 'word of honour', 'personal guarantee', 'absolute guarantee', 'cast-iron guarantee', 'solemn promise', 'full guarantee'], note: '"you have my word", "I give you my personal guarantee"' },
];
export const CERTAINTY: readonly LexEntry[] = [
  { terms: ['positive', 'certain', '100% sure', '100% certain', 'absolutely sure', 'completely sure', 'totally sure', 'absolutely certain', 'completely certain', 'convinced', 'one hundred percent sure'], note: 'certainty about an outcome the agent does not control (plain "sure" is left out: "I\'m sure you\'ll love it" is puffery)' },
];
export const PRODUCT_FAILURES: readonly LexEntry[] = [
  { terms: ['drop', 'fail', 'break', 'fade', 'leak', 'stop working', 'crash', 'wear out', 'rust', 'tear', 'shrink', 'lose', 'overheat', 'freeze', 'go wrong', 'let you down', 'need replacing', 'need repairing', 'break down', 'peel', 'crack', 'scratch'], note: '"it will never …" + a failure is a statement of fact about the goods' },
];
