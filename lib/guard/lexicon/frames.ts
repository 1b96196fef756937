/**
 * Frames shared by every rule: the clause a match sits in, and the exclusions that keep precision
 * (investigation, hypotheticals, questions). Sentences come from `draftView`; clauses are cut at
 * punctuation and at the conjunctions that start a new subject.
 */
import type { DraftView } from '../text';
import { sentenceAt } from '../text';
import type { LexEntry } from './index';

export const CLAUSE_BREAKS: readonly LexEntry[] = [
  { terms: [',', ';', ':', '—', '–', '(', ')', ' - '], note: 'punctuation that ends a clause' },
  { terms: ['but', 'however', 'although', 'though', 'whereas', 'because', 'since', 'so', 'which', 'while', 'when', 'until', 'unless', 'and then'], note: 'conjunctions that open a clause with its own subject and verb' },
];

const BREAK = /,(?!\d)|[;:—–()]|\s-\s|\b(?:but|however|although|though|whereas|because|since|so|which|while|when|until|unless|and then)\b/i;

/** The rest of the clause after `index` (up to the next break or the sentence end). */
export function clauseAfter(view: DraftView, index: number): string {
  const sentence = sentenceAt(view, index);
  const rest = view.masked.slice(index, Math.max(index, sentence.end));
  const cut = rest.search(BREAK);
  return cut < 0 ? rest : rest.slice(0, cut);
}

export const INVESTIGATION: readonly LexEntry[] = [
  {
    terms: ['look into whether', 'looking into whether', 'look into why', 'looking into why', 'looking into how', 'check whether', 'checking whether', 'check if', 'checking if', 'checked whether', 'find out whether', 'find out if', 'find out why', 'find out how', 'find out what', 'finding out what', 'work out whether', 'work out what', 'establish whether', 'confirm whether', 'see whether', 'see if', 'investigating whether', 'investigate whether', 'understand what', 'understand how', 'understand why', 'what went wrong', 'how this happened', 'whether or not'],
    note: 'the agent is investigating whether something happened: not an admission that it did ("I\'m checking whether we charged you twice")',
  },
];

const INVESTIGATING = /\b(?:look(?:ing)? into|check(?:ing|ed)?|find(?:ing)? out|work(?:ing)? out|establish(?:ing)?|confirm(?:ing)?|see(?:ing)?|investigat(?:e|ing)|understand(?:ing)?|review(?:ing)?|ask(?:ing|ed)?)\s+(?:\w+\s+){0,3}?(?:whether|if|why|how|what)\b|\bwhat went wrong\b|\bwhether or not\b/i;

/** True when the sentence before `index` frames what follows as something being looked into. */
export function investigatingBefore(view: DraftView, index: number): boolean {
  const sentence = sentenceAt(view, index);
  return INVESTIGATING.test(view.masked.slice(sentence.start, index));
}
