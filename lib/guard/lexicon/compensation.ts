/** The compensation word lists, loaded from `compensation.json` (one entry per term, with a note and a source). */
import { lexiconList, type LexiconFile } from '../../language/lexicon';
import data from './compensation.json';

const FILE = data as LexiconFile;

export const PAY_BACK = lexiconList(FILE, 'pay-back');
export const OPEN_AMOUNTS = lexiconList(FILE, 'open-amounts');
export const NOT_A_PROMISE = lexiconList(FILE, 'not-a-promise');
