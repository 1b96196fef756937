/** Dismissive or defensive wording (PRINCIPLES.md §3): repetition, refusal, minimising, telling people how to feel. */
import type { LexEntry } from './index';

export const REPEATED_COUNT: readonly LexEntry[] = [
  { terms: ['twice', 'three times', 'four times', 'several times', 'many times', 'multiple times', 'numerous times', 'a few times', 'more than once', 'repeatedly', 'over and over', 'already'], note: 'how often the agent says they have said it' },
];
export const EXPLAIN_VERBS: readonly LexEntry[] = [
  { terms: ['answered', 'explained', 'addressed', 'covered', 'responded to', 'replied to', 'told you', 'said', 'mentioned', 'stated', 'gone over', 'gone through'], note: 'verbs of having told the customer' },
];
export const NOTHING_MORE: readonly LexEntry[] = [
  { terms: ['nothing to discuss', 'nothing else to discuss', 'nothing more to discuss', 'nothing further to discuss', 'nothing more to be done', 'nothing else to be done', 'nothing further to be done', 'nothing more to say', 'nothing else to say', 'nothing more we can offer', 'nothing more i can offer', 'the matter is closed', 'this matter is closed', 'end of discussion', 'end of story'], note: 'closing the conversation down' },
  { terms: ["can't help you if you", 'cannot help you if you', "won't help you if you", 'not going to help you if you', 'this is the last time i', 'that is the last time i', "i won't explain", "i'm not explaining"], note: 'conditional refusal and ultimatums' },
];
export const FEELING_IMPERATIVES: readonly LexEntry[] = [
  { terms: ['stop getting so worked up', 'stop getting worked up', 'stop getting so upset', 'stop getting upset', 'stop getting angry', 'stop getting so angry', 'stop being so emotional', 'stop emailing', 'stop calling', 'stop messaging', 'stop contacting us', 'stop chasing', 'stop complaining', "don't get so upset", "don't get upset", "don't get worked up", "don't get so worked up", "don't get angry", 'no need to get upset', 'no need to get worked up', 'no need to be upset', 'no need to get angry', 'no need to get so upset', 'get over it', 'grow up', 'chill'], note: 'telling the customer how to feel or to go away' },
  { terms: ['like every other customer', 'like all our other customers', 'like all the other customers', 'like all other customers', 'like our other customers', 'like everybody else'], note: 'you are not special' },
];
export const MINIMISED_THINGS: readonly LexEntry[] = [
  { terms: ['delay', 'scratch', 'mark', 'dent', 'scuff', 'parcel', 'box', 'fee', 'charge', 'amount', 'sum', 'issue', 'problem', 'thing', 'inconvenience', 'glitch', 'wait', 'difference', 'blip', 'hiccup', 'mistake', 'error', 'cosmetic issue', 'matter'], note: 'the customer\'s problem, made small with "only/just a (small) …"' },
];
export const SMALLNESS: readonly LexEntry[] = [
  { terms: ['small', 'minor', 'tiny', 'little', 'slight', 'trivial', 'cosmetic', 'insignificant', 'negligible'], note: 'belittling adjectives' },
];
