/** The blame word lists, loaded from `blame.json` (one entry per term, with a note and a source). */
import { lexiconList, type LexiconFile } from '../../language/lexicon';
import data from './blame.json';

const FILE = data as LexiconFile;

export const CUSTOMER_FAILINGS = lexiconList(FILE, 'customer-failings');
export const CAUSE_IS_YOU = lexiconList(FILE, 'cause-is-you');
export const YOUR_ERROR = lexiconList(FILE, 'your-error');
export const LECTURE_OPENERS = lexiconList(FILE, 'lecture-openers');
export const LECTURE_ACTIONS = lexiconList(FILE, 'lecture-actions');
export const NOTICES = lexiconList(FILE, 'notices');
export const THIRD_PARTIES = lexiconList(FILE, 'third-parties');
