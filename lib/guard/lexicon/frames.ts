/**
 * Frames shared by every rule: the clause a match sits in, and the exclusions that keep precision
 * (investigation, hypotheticals, questions). Sentences come from `draftView`; clauses are cut at
 * punctuation and at the conjunctions listed in `frames.json`.
 */
import { alternation, lexiconList, type LexiconFile } from '../../language/lexicon';
import type { DraftView } from '../text';
import { sentenceAt } from '../text';
import data from './frames.json';

const FILE = data as LexiconFile;

const BREAK = new RegExp(String.raw`,(?!\d)|[;:—–()]|\s-\s|\b${alternation(lexiconList(FILE, 'clause-breaks'))}\b`, 'i');

/** The rest of the clause after `index` (up to the next break or the sentence end). */
export function clauseAfter(view: DraftView, index: number): string {
  const sentence = sentenceAt(view, index);
  const rest = view.masked.slice(index, Math.max(index, sentence.end));
  const cut = rest.search(BREAK);
  return cut < 0 ? rest : rest.slice(0, cut);
}

const INVESTIGATING = new RegExp(
  String.raw`\b${alternation(lexiconList(FILE, 'investigation-verbs'))}\s+(?:\w+\s+){0,3}?${alternation(lexiconList(FILE, 'open-questions'))}\b` +
    String.raw`|\b${alternation(lexiconList(FILE, 'investigation-frames'))}\b`,
  'i',
);

/** True when the sentence before `index` frames what follows as something being looked into. */
export function investigatingBefore(view: DraftView, index: number): boolean {
  const sentence = sentenceAt(view, index);
  return INVESTIGATING.test(view.masked.slice(sentence.start, index));
}
