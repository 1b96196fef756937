/** Blaming the customer (PRINCIPLES.md §3): you + a failing, a cause that is "you", an error that is yours. */
import type { LexEntry } from './index';

export const CUSTOMER_FAILINGS: readonly LexEntry[] = [
  { terms: ['missed', 'ignored', 'overlooked', 'forgot', 'forgotten', 'misread', 'misunderstood', 'skipped', 'deleted', 'thrown away', 'binned', 'lost', 'mixed up', 'muddled', 'got confused'], note: 'what "you must have …" can say the customer did wrong' },
  { terms: ['read', 'seen', 'checked', 'followed', 'looked at', 'opened', 'noticed'], note: 'after "you must not have / can\'t have": the customer did not do their part' },
];
export const CAUSE_IS_YOU: readonly LexEntry[] = [
  { terms: ['because you', 'the result of you', 'a result of you', "that's what happens when you", 'that is what happens when you', 'the reason is that you', 'the reason is you', "it's because you", 'simply because you', 'only because you'], note: 'the customer named as the cause, when a failing or a past act follows ("because you left it charging"); "thanks to you" is left out: it is usually praise' },
];
export const YOUR_ERROR: readonly LexEntry[] = [
  { terms: ['on your part', 'on your end', 'on your side', 'at your end', 'is yours', 'was yours', 'lies with you', 'lay with you', 'rests with you'], note: 'an error placed with the customer ("a mistake on your part")' },
];
export const LECTURE_OPENERS: readonly LexEntry[] = [
  { terms: ['next time', 'in future', 'in the future', 'going forward', 'for future reference'], note: 'a lesson for the customer, when followed by an instruction to read/check' },
];
export const LECTURE_ACTIONS: readonly LexEntry[] = [
  { terms: ['read', 'check', 'double-check', 'make sure', 'remember', 'ensure', 'look at', 'pay attention', 'follow'], note: 'what the lesson tells them to do' },
];
