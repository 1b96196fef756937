/** The fault word lists, loaded from `fault.json` (one entry per term, with a note and a source). */
import { lexiconList, type LexiconFile } from '../../language/lexicon';
import data from './fault.json';

const FILE = data as LexiconFile;

export const ORG_PEOPLE = lexiconList(FILE, 'org-people');
export const ORG_SYSTEMS = lexiconList(FILE, 'org-systems');
export const ORG_THE_STAFF = lexiconList(FILE, 'org-the-staff');
export const WE_CHOSE = lexiconList(FILE, 'we-chose');
export const MISHANDLING = lexiconList(FILE, 'mishandling');
export const SYSTEM_MALFUNCTION = lexiconList(FILE, 'system-malfunction');
export const NEUTRAL_ACTS = lexiconList(FILE, 'neutral-acts');
export const WRONGNESS = lexiconList(FILE, 'wrongness');
export const AFFIRMING_GAP = lexiconList(FILE, 'affirming-gap');
export const ERROR_NOUNS = lexiconList(FILE, 'error-nouns');
export const OURS_AFTER_NOUN = lexiconList(FILE, 'ours-after-noun');
export const ADMISSION_FRAMES = lexiconList(FILE, 'admission-frames');
export const OUR_CONDUCT = lexiconList(FILE, 'our-conduct');
export const BAD_JUDGEMENT = lexiconList(FILE, 'bad-judgement');
export const CAUSE_FRAMES = lexiconList(FILE, 'cause-frames');
export const WE_CAUSED = lexiconList(FILE, 'we-caused');
export const SORRY_FOR_WRONG = lexiconList(FILE, 'sorry-for-wrong');
export const MISSED_BY_US = lexiconList(FILE, 'missed-by-us');
export const APOLOGY_GERUNDS = lexiconList(FILE, 'apology-gerunds');
export const CONTACT_NOUNS = lexiconList(FILE, 'contact-nouns');
