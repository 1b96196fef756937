/** Open-ended compensation (PRINCIPLES.md §2): a promise to pay + an amount nobody has bounded. */
import type { LexEntry } from './index';

export const PAY_BACK: readonly LexEntry[] = [
  { terms: ['give it back', 'give it all back', 'give that back', 'give them back', 'give the money back', 'give you back', 'give back', 'pay it back', 'pay you back', 'transfer it', 'transfer that', 'transfer the money', 'transfer the amount', 'transfer the total', 'meet all your costs', 'meet your costs', 'meet the costs', 'meet any costs', 'meet all the costs', 'meet your expenses', 'meet any expenses', 'pick up the bill', 'pick up the tab', 'foot the bill'], note: 'ways to say "we\'ll pay" that the core verbs miss' },
];
export const OPEN_AMOUNTS: readonly LexEntry[] = [
  { terms: ['the total', 'however much', 'whatever it comes to', 'what it comes to', 'as long as', 'however long', 'until it is fixed', "until it's fixed", 'until it is sorted', "until it's sorted", 'until the repair', 'any money', 'all of your', 'all your', 'no matter how much', 'no matter what', 'every penny', 'every cent'], note: 'amounts or durations left open ("in full" / "the full amount" of a named order is a specific remedy, so they are not here)' },
];
export const NOT_A_PROMISE: readonly LexEntry[] = [
  { terms: ['review', 'assess', 'consider', 'look at', 'look into', 'go through', 'what we can', 'what i can', 'whether we can', 'whether i can', 'if we can', 'if i can', 'see what'], note: 'assessing what can be paid is not a promise to pay it' },
];
