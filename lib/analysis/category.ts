/**
 * What the issue is about: the category whose lexicon terms weigh most in the message. Specific
 * phrases weigh more than the single words inside them, so "cancellation fee" is about cancelling
 * and "cancel my order" about the order.
 */
import { categoryLexicon, type CategoryEntry } from './lexicon';
import type { LexiconHits } from './lexicon-hits';
import type { Token } from './tokenize';
import type { CategoryReading, CategoryScore, IssueCategory, TextSpan } from './types';
import { ISSUE_CATEGORIES } from './types';

/**
 * Customers mistype ("oreder", "arrove", "newsleter"). A word that matched no category term is
 * compared with the lexicon's single words of 5+ letters at one edit (a letter missing, added,
 * changed or two swapped), using the symmetric-delete index built once here; such a hit counts a
 * little less than a correctly spelt one.
 */
const TYPO_MIN_LENGTH = 5;
const TYPO_WEIGHT = 0.8;
const typoIndex = new Map<string, CategoryEntry>();
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
for (const entry of categoryLexicon.entries) {
  const term = entry.term;
  if (term.length < TYPO_MIN_LENGTH || !/^[a-z]+$/.test(term)) continue;
  for (const key of [term, ...deletions(term)]) if (!typoIndex.has(key)) typoIndex.set(key, entry);
}

/**
 * Typo look-ups by word (null: none). The answer depends on the word alone, and most words of a
 * message match nothing, so each distinct word is looked up once. Bounded: cleared when full.
 */
const TYPO_MATCHES = new Map<string, CategoryEntry | null>();
const TYPO_MATCHES_LIMIT = 20000;

function cachedTypoMatch(word: string): CategoryEntry | undefined {
  let entry = TYPO_MATCHES.get(word);
  if (entry === undefined) {
    entry = typoMatch(word) ?? null;
    if (TYPO_MATCHES.size >= TYPO_MATCHES_LIMIT) TYPO_MATCHES.clear();
    TYPO_MATCHES.set(word, entry);
  }
  return entry ?? undefined;
}

function typoMatch(word: string): CategoryEntry | undefined {
  if (word.length < TYPO_MIN_LENGTH - 1 || word.length > 20 || !/^[a-z]+$/.test(word)) return undefined;
  const direct = typoIndex.get(word);
  if (direct && direct.term !== word) return direct;
  for (const key of deletions(word)) {
    const entry = typoIndex.get(key);
    if (entry && Math.abs(entry.term.length - word.length) <= 1) return entry;
  }
  return undefined;
}

/** Below this total the message is `other` with low confidence. */
const MIN_SCORE = 0.75;

export interface CategoryResult {
  reading: CategoryReading;
  scores: CategoryScore[];
}

export function readCategory(text: string, tokens: readonly Token[], hits: LexiconHits): CategoryResult {
  const totals = new Map<IssueCategory, number>();
  // Where each vote was (category, start, end, in order): only the winner's spans are built.
  const votes: Array<IssueCategory | number> = [];
  for (const m of hits.category) {
    const { category, weight } = m.payload;
    totals.set(category, (totals.get(category) ?? 0) + weight);
    const start = tokens[m.from]?.start ?? 0;
    const end = tokens[m.to - 1]?.end ?? start;
    votes.push(category, start, end);
  }
  // The matches are leftmost-longest: in order and not overlapping, so one pointer tells which
  // tokens they cover.
  const matches = hits.category;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (next < matches.length && (matches[next] as (typeof matches)[number]).to <= i) next++;
    const m = matches[next];
    if (m !== undefined && m.from <= i) continue;
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    const entry = cachedTypoMatch(token.text);
    if (!entry) continue;
    totals.set(entry.category, (totals.get(entry.category) ?? 0) + entry.weight * TYPO_WEIGHT);
    votes.push(entry.category, token.start, token.end);
  }
  const scores: CategoryScore[] = [...totals]
    .map(([label, score]) => ({ label, score: Math.round(score * 100) / 100 }))
    .sort((a, b) => b.score - a.score || ISSUE_CATEGORIES.indexOf(a.label) - ISSUE_CATEGORIES.indexOf(b.label));
  const top = scores[0];
  if (!top || top.score < MIN_SCORE) {
    return { reading: { label: 'other', confidence: 0.2, spans: [] }, scores };
  }
  const second = scores[1]?.score ?? 0;
  // Sure when the winner is clear of the runner-up and backed by more than one weak word.
  const margin = (top.score - second) / top.score;
  const strength = top.score / (top.score + 1);
  const confidence = Math.round(Math.min(0.99, 0.3 + 0.4 * margin + 0.3 * strength) * 100) / 100;
  const spans: TextSpan[] = [];
  for (let k = 0; k < votes.length; k += 3) {
    if (votes[k] !== top.label) continue;
    const start = votes[k + 1] as number;
    const end = votes[k + 2] as number;
    spans.push({ start, end, text: text.slice(start, end) });
  }
  return { reading: { label: top.label, confidence, spans }, scores };
}
