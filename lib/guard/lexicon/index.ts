/**
 * Lexicons of meaning: small word lists, kept as data (`*.json` here, one entry per term with a
 * note and a source), that the rules combine clause by clause ("an agent of ours" + "a mishandling
 * predicate", "a promise to pay" + "an open-ended amount"). A reviewer can extend a list without
 * reading a regex; `alternation()` (from the language layer) turns a list into regex source once.
 */
import type { LexiconFile } from '../../language/lexicon';
import blameJson from './blame.json';
import compensationJson from './compensation.json';
import dismissiveJson from './dismissive.json';
import faultJson from './fault.json';
import framesJson from './frames.json';
import guaranteeJson from './guarantee.json';
import sympathyJson from './sympathy.json';

import { localesOf } from '../../language/lexicon';

export { alternation, termSet, lexiconList, type LexEntry } from '../../language/lexicon';

/** Every guard lexicon file by name, for the tests that hold them to the data conventions. */
export const GUARD_LEXICONS: Readonly<Record<string, LexiconFile>> = {
  blame: blameJson,
  compensation: compensationJson,
  dismissive: dismissiveJson,
  fault: faultJson,
  frames: framesJson,
  guarantee: guaranteeJson,
  sympathy: sympathyJson,
};

/** The languages the guard's word lists are written in: it checks drafts in these only. */
export const GUARD_LANGUAGES: ReadonlySet<string> = localesOf(GUARD_LEXICONS);
