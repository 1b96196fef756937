/** The sympathy word lists, loaded from `sympathy.json` (one entry per term, with a note and a source). */
import { lexiconList, type LexiconFile } from '../../language/lexicon';
import data from './sympathy.json';

const FILE = data as LexiconFile;

export const AGENT_FEELINGS = lexiconList(FILE, 'agent-feelings');
export const ON_YOUR_BEHALF = lexiconList(FILE, 'on-your-behalf');
export const OWN_EXPERIENCE = lexiconList(FILE, 'own-experience');
export const KNOW_WHAT = lexiconList(FILE, 'know-what');
export const DISLIKE_VERBS = lexiconList(FILE, 'dislike-verbs');
export const PERCEPTION_VERBS = lexiconList(FILE, 'perception-verbs');
export const LOSING_YOU = lexiconList(FILE, 'losing-you');
