/**
 * What every rule needs to read a draft the way an agent means it: the agent's own words only
 * (quoted customer text and the quoted reply block masked out, offsets kept), split into
 * sentences, with the small grammar checks (negation, conditionals, hedges) the rules share.
 */
import type { Finding, RuleMeta, TextRange } from './types';

export interface DraftView {
  source: string;
  /** `source` with quoted text replaced by spaces: same length, so offsets stay valid. */
  masked: string;
  /** Sentences of `masked`, trimmed, in order. Line breaks end sentences too (chat, greetings). */
  sentences: TextRange[];
}

// A reply header ("On Mon, 3 Jun 2024, Jane <jane@example.com> wrote:", Outlook's "-----Original
// Message-----" or "From: … Sent: …"): everything below it is the customer's earlier mail.
const REPLY_HEADER =
  /^[ \t]*(?:On\b[^\n]{0,300}?\bwrote:|-{2,}\s*Original Message\s*-{2,}|_{8,}\s*\n\s*From:|From:[^\n]*\n(?:[^\n]*\n){0,3}?\s*(?:Sent|Date):)/im;
const QUOTED_LINE = /^[ \t]*>[^\n]*/gm;
// Straight single quotes double as apostrophes, so they only open after a space or bracket and
// only close before a space, punctuation or the end.
const QUOTED_SPAN =
  /"[^"\n]{1,400}"|“[^”\n]{1,400}”|‘[^‘\n]{1,400}?’(?=[\s.,;:!?)]|$)|(?<=^|[\s([])'(?=\S)[^'\n]{1,400}?(?<=\S)'(?=[\s.,;:!?)]|$)/g;

const SENTENCE_END = /[.!?]+["')\]”’]*(?=\s|$)|\n/g;
const ABBREVIATION_BEFORE_DOT = /(?:^|\s)(?:mr|mrs|ms|dr|st|no|eg|e\.g|ie|i\.e|etc|approx|vs|ref|inc|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

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

export function maskQuotedText(source: string): string {
  let masked = source;
  const header = REPLY_HEADER.exec(masked);
  if (header) masked = masked.slice(0, header.index) + blank(masked.slice(header.index));
  masked = masked.replace(QUOTED_LINE, blank);
  masked = masked.replace(QUOTED_SPAN, blank);
  return masked;
}

export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && m[0].startsWith('.') && ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(start, m.index - 8), m.index))) {
      continue;
    }
    pushTrimmed(sentences, text, start, m[0] === '\n' ? m.index : end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(out: TextRange[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
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

const NEGATION = /\b(?:not|never|no|none|nothing|neither|nor|without|hardly|nobody|noone)\b|n['’]t\b|\bcannot\b/i;

/** True when the clause before `index` negates what follows ("it's not our fault"). */
export function negatedBefore(view: DraftView, index: number, lookbackWords = 6): boolean {
  const sentence = sentenceAt(view, index);
  const from = clauseStart(view.masked, sentence, index);
  const words = view.masked.slice(from, index).trim().split(/\s+/);
  return NEGATION.test(words.slice(-lookbackWords).join(' '));
}

const CONDITIONAL = /\b(?:if|whether|unless|in case|in the event|should it turn out|even if|assuming)\b/i;

/** True when the sentence frames the match as a possibility ("if this was our mistake, …"). */
export function conditionalBefore(view: DraftView, index: number): boolean {
  const sentence = sentenceAt(view, index);
  return CONDITIONAL.test(view.masked.slice(sentence.start, index));
}

const HEDGE = /\b(?:may|might|could|perhaps|possibly|probably|hope|hopefully|likely|i think|i believe|i expect|should|seems?|appears?|looks like|according to|aim to|try to|expected to)\b/i;

/** True when the sentence before the match softens it ("I hope this won't happen again"). */
export function hedgedBefore(view: DraftView, index: number): boolean {
  const sentence = sentenceAt(view, index);
  return HEDGE.test(view.masked.slice(sentence.start, index));
}

export function isQuestion(view: DraftView, sentence: TextRange): boolean {
  return view.masked.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
}

/**
 * Every match of a global regex. Matches are collected before visiting so a visitor may run the
 * same (shared, stateful) pattern again — e.g. a rule checking its own rewrite.
 */
export function eachMatch(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    matches.push(m);
  }
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
