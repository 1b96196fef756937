/**
 * What every rule needs to read a draft the way an agent means it: the agent's own words only
 * (quoted customer text and the quoted reply block masked out, offsets kept), split into
 * sentences, with the small grammar checks (negation, conditionals, hedges) the rules share.
 */
import { CONDITIONAL, HEDGE, negatesEnd, splitSentences } from '../language';
import type { Finding, RuleMeta, TextRange } from './types';

export { splitSentences };

export interface DraftView {
  source: string;
  /** `source` with quoted text replaced by spaces: same length, so offsets stay valid. */
  masked: string;
  /**
   * Sentences of `masked`, trimmed, in order. Line breaks end sentences too (chat, greetings); a
   * very long sentence comes in pieces (`MAX_SEGMENT_CHARS`), so no pattern reads more at once.
   */
  sentences: TextRange[];
}

// Lines quoted with ">" and quoted spans inside the agent's text are the customer's words. (Quoted
// history below a reply header never reaches the rules: `checkDraft` cuts the draft there.)
const QUOTED_LINE = /^[ \t]*>[^\n]*/gm;
// Straight single quotes double as apostrophes, so they only open after a space or bracket and
// only close before a space, punctuation or the end. Every span is bounded (400 characters).
const QUOTED_SPAN =
  /"[^"\n]{1,400}"|“[^”\n]{1,400}”|‘[^‘\n]{1,400}?’(?=[\s.,;:!?)]|$)|(?<=^|[\s([])'(?=\S)[^'\n]{1,400}?(?<=\S)'(?=[\s.,;:!?)]|$)/g;

let lastView: DraftView | undefined;

/** The view of a draft; the last one is kept because every rule asks for the same draft in turn. */
export function draftView(source: string): DraftView {
  if (lastView && lastView.source === source) return lastView;
  const masked = maskQuotedText(source);
  lastView = { source, masked, sentences: splitSentences(masked) };
  return lastView;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Quoted lines and quoted spans replaced by spaces (offsets kept). */
export function maskQuotedText(source: string): string {
  return source.replace(QUOTED_LINE, blank).replace(QUOTED_SPAN, blank);
}

/** The sentence holding `index` (or an empty range at it when it falls between sentences). */
export function sentenceAt(view: DraftView, index: number): TextRange {
  let lo = 0;
  let hi = view.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = view.sentences[mid];
    if (!s) break;
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: index, end: index };
}

const CLAUSE_BOUNDARY = /[,;:—–()]|\s-\s|\bbut\b|\bhowever\b|\balthough\b|\bthough\b/gi;

/** Where the clause holding `index` begins, within its sentence. */
export function clauseStart(text: string, sentence: TextRange, index: number): number {
  const before = text.slice(sentence.start, index);
  let start = sentence.start;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(before); m; m = CLAUSE_BOUNDARY.exec(before)) {
    start = sentence.start + m.index + m[0].length;
  }
  return start;
}

/** True when the clause before `index` negates what follows ("it's not our fault"). */
export function negatedBefore(view: DraftView, index: number, lookbackWords = 6): boolean {
  const sentence = sentenceAt(view, index);
  const from = clauseStart(view.masked, sentence, index);
  return negatesEnd(view.masked.slice(from, index), lookbackWords);
}

/** True when the sentence frames the match as a possibility ("if this was our mistake, …"). */
export function conditionalBefore(view: DraftView, index: number): boolean {
  const sentence = sentenceAt(view, index);
  return CONDITIONAL.test(view.masked.slice(sentence.start, index));
}

/** True when the sentence before the match softens it ("I hope this won't happen again"). */
export function hedgedBefore(view: DraftView, index: number): boolean {
  const sentence = sentenceAt(view, index);
  return HEDGE.test(view.masked.slice(sentence.start, index));
}

export function isQuestion(view: DraftView, sentence: TextRange): boolean {
  return view.masked.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
}

/**
 * Every match of a global regex in the draft's sentences (`view.sentences`), with `index` an offset
 * into the whole draft. Each sentence is matched on its own, so `^` and `$` are its start and end
 * and no pattern ever reads more than one (bounded) sentence: the check is linear in the draft.
 * Matches are collected before visiting so a visitor may run the same (shared, stateful) pattern
 * again — e.g. a rule checking its own rewrite.
 */
export function eachMatch(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  const view = draftView(lastView && lastView.masked === text ? lastView.source : text);
  const matches: RegExpExecArray[] = [];
  for (const sentence of view.sentences) {
    const part = text.slice(sentence.start, sentence.end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(part); m; m = pattern.exec(part)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      m.index += sentence.start;
      m.input = text;
      matches.push(m);
    }
  }
  pattern.lastIndex = 0;
  for (const m of matches) visit(m);
}

export function finding(
  meta: RuleMeta,
  range: TextRange,
  message: string,
  suggestions: string[],
  replaces: TextRange = range,
): Finding {
  return {
    ruleId: meta.id,
    category: meta.category,
    range,
    message,
    why: meta.why,
    severity: meta.severity,
    suggestions: unique(suggestions).slice(0, 3),
    replaces,
    key: '',
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Give a replacement phrase the capitalisation of the words it replaces. */
export function matchCase(replacement: string, replaced: string): string {
  const first = replaced.trimStart()[0] ?? '';
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The sentence's closing punctuation, so a rewrite ends the way the agent ended it. */
export function sentenceEnding(sentenceText: string): string {
  const m = /[.!?]+["')\]”’]*$/.exec(sentenceText.trimEnd());
  return m ? m[0].replace(/[^.!?]/g, '') : '';
}

/** Ensure a rewritten sentence ends with the original's punctuation (or a full stop). */
export function withEnding(rewrite: string, original: string): string {
  const ending = sentenceEnding(original);
  const bare = rewrite.replace(/[.!?]+$/, '');
  return bare + (ending || (/[.!?]$/.test(rewrite) ? rewrite.slice(-1) : ''));
}

// Irregular participles agents use; regular ones end in -ed.
const IRREGULAR_PARTICIPLES = new Set([
  'been', 'done', 'sent', 'told', 'known', 'caught', 'seen', 'given', 'taken', 'made', 'put', 'kept',
  'left', 'let', 'paid', 'sold', 'brought', 'thought', 'spent', 'got', 'gotten', 'written', 'spoken',
  'shown', 'split', 'set', 'run', 'held', 'read', 'meant', 'built', 'dealt', 'found', 'gone',
  'understood', 'taught', 'fought', 'bought', 'stuck', 'lost', 'broken', 'chosen', 'driven', 'hit',
  'won', 'shut', 'sent', 'struck', 'forgotten', 'flagged', 'said', 'heard',
]);

export function looksLikeParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PARTICIPLES.has(w) || (w.length > 3 && w.endsWith('ed'));
}

/** The text of a range in the original draft. */
export function slice(view: DraftView, range: TextRange): string {
  return view.source.slice(range.start, range.end);
}

/**
 * The sentence with one span swapped for `replacement` (empty to drop it), tidied so the result
 * reads as a sentence an agent would send: no doubled spaces, no space before punctuation, a
 * capital first letter.
 */
export function rewriteSentence(view: DraftView, sentence: TextRange, range: TextRange, replacement: string): string {
  const before = view.source.slice(sentence.start, range.start);
  const after = view.source.slice(range.end, sentence.end);
  const joined = (before + replacement + after)
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .replace(/,\s*([.!?])$/, '$1')
    .replace(/,\s*,/g, ',');
  return capitalise(joined.trim());
}
