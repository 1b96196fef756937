/** The dismissive word lists, loaded from `dismissive.json` (one entry per term, with a note and a source). */
import { lexiconList, type LexiconFile } from '../../language/lexicon';
import data from './dismissive.json';

const FILE = data as LexiconFile;

export const REPEATED_COUNT = lexiconList(FILE, 'repeated-count');
export const EXPLAIN_VERBS = lexiconList(FILE, 'explain-verbs');
export const NOTHING_MORE = lexiconList(FILE, 'nothing-more');
export const FEELING_IMPERATIVES = lexiconList(FILE, 'feeling-imperatives');
export const MINIMISED_THINGS = lexiconList(FILE, 'minimised-things');
export const SMALLNESS = lexiconList(FILE, 'smallness');
export const NON_APOLOGIES = lexiconList(FILE, 'non-apologies');
export const OUR_POSITION = lexiconList(FILE, 'our-position');
export const REFUSALS = lexiconList(FILE, 'refusals');
export const ALTERNATIVES = lexiconList(FILE, 'alternatives');
export const REPEAT_OPENERS = lexiconList(FILE, 'repeat-openers');
export const OTHER_PROVIDERS = lexiconList(FILE, 'other-providers');
export const NORMAL_TROUBLES = lexiconList(FILE, 'normal-troubles');
