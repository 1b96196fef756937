/** The guarantee word lists, loaded from `guarantee.json` (one entry per term, with a note and a source). */
import { lexiconList, type LexiconFile } from '../../language/lexicon';
import data from './guarantee.json';

const FILE = data as LexiconFile;

export const PLEDGE_NOUNS = lexiconList(FILE, 'pledge-nouns');
export const CERTAINTY = lexiconList(FILE, 'certainty');
export const PRODUCT_FAILURES = lexiconList(FILE, 'product-failures');
export const CERTAIN_OUTCOMES = lexiconList(FILE, 'certain-outcomes');
export const SETTLED_OUTCOMES = lexiconList(FILE, 'settled-outcomes');
export const HARMLESS_OUTCOMES = lexiconList(FILE, 'harmless-outcomes');
export const AGENT_SUBJECTS = lexiconList(FILE, 'agent-subjects');
export const CAPABILITY_VERBS = lexiconList(FILE, 'capability-verbs');
