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
  const spans = new Map<IssueCategory, TextSpan[]>();
  for (const m of hits.category) {
    const { category, weight } = m.payload;
    totals.set(category, (totals.get(category) ?? 0) + weight);
    const start = tokens[m.from]?.start ?? 0;
    const end = tokens[m.to - 1]?.end ?? start;
    const list = spans.get(category) ?? [];
    list.push({ start, end, text: text.slice(start, end) });
    spans.set(category, list);
  }
  const covered = new Uint8Array(tokens.length);
  for (const m of hits.category) for (let i = m.from; i < m.to; i++) covered[i] = 1;
  tokens.forEach((token, i) => {
    if (covered[i] || token.kind !== 'word') return;
    const entry = typoMatch(token.text);
    if (!entry) return;
    totals.set(entry.category, (totals.get(entry.category) ?? 0) + entry.weight * TYPO_WEIGHT);
    const list = spans.get(entry.category) ?? [];
    list.push({ start: token.start, end: token.end, text: text.slice(token.start, token.end) });
    spans.set(entry.category, list);
  });
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
  return { reading: { label: top.label, confidence, spans: spans.get(top.label) ?? [] }, scores };
}
