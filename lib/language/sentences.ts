/**
 * Sentences and the agent's own text. Shared by the guard (which reads the agent's draft) and by
 * anything else that needs sentence ranges with offsets into the original text.
 */
import { MAX_SEGMENT_CHARS } from './limits';

/** Offsets into a text, UTF-16 code units, `end` exclusive (what `String.slice` takes). */
export interface TextRange {
  start: number;
  end: number;
}

// A reply header ("On Mon, 3 Jun 2024, Jane <jane@example.com> wrote:", Outlook's "-----Original
// Message-----" or "From: … Sent: …"): everything below it is the customer's earlier mail.
// Every quantifier is bounded or stops at a line end, so the search is linear.
const REPLY_HEADER =
  /^[ \t]*(?:On\b[^\n]{0,300}?\bwrote:|-{2,}[ \t]*Original Message[ \t]*-{2,}|_{8,}[ \t]*\r?\n[ \t]*From:|From:[^\n]{0,300}\n(?:[^\n]{0,300}\n){0,3}?[ \t]*(?:Sent|Date):)/im;

/** Where quoted history starts (a reply header), or -1 when the text has none. */
export function replyHeaderIndex(text: string): number {
  const m = REPLY_HEADER.exec(text);
  return m ? m.index : -1;
}

export interface OwnText {
  /** The agent's own text is `text.slice(0, end)`. */
  end: number;
  /** Where quoted history begins, when there is a reply header. */
  quotedFrom?: number;
  /** True when the agent's own text was longer than the cap and was cut. */
  capped: boolean;
}

/** The part of a draft that is the agent's own: cut at the reply header, then at `cap` characters. */
export function ownText(text: string, cap: number): OwnText {
  const header = replyHeaderIndex(text);
  const own = header >= 0 ? header : text.length;
  const end = Math.min(own, cap);
  return { end, ...(header >= 0 ? { quotedFrom: header } : {}), capped: own > cap };
}

const SENTENCE_END = /[.!?]+["')\]”’]*(?=\s|$)|\n/g;
const ABBREVIATION_BEFORE_DOT = /(?:^|\s)(?:mr|mrs|ms|dr|st|no|eg|e\.g|ie|i\.e|etc|approx|vs|ref|inc|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0' || (ch !== undefined && /\s/.test(ch));
}

/**
 * Sentences of `text`, trimmed, in order. Line breaks end sentences too (chat, greetings). A
 * sentence longer than `maxLength` is returned in pieces, each cut at a space where there is one,
 * so that sentence-level patterns never see more than `maxLength` characters.
 */
export function splitSentences(text: string, maxLength: number = MAX_SEGMENT_CHARS): TextRange[] {
  const sentences: TextRange[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && m[0].startsWith('.') && ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(start, m.index - 8), m.index))) {
      continue;
    }
    pushTrimmed(sentences, text, start, m[0] === '\n' ? m.index : end, maxLength);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length, maxLength);
  return sentences;
}

function pushTrimmed(out: TextRange[], text: string, start: number, end: number, maxLength: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  while (e - s > maxLength) {
    // Cut at the last space in the window, or hard at maxLength when there is none.
    let cut = s + maxLength;
    let k = cut;
    while (k > s + maxLength / 2 && !isSpace(text[k])) k--;
    if (k > s + maxLength / 2) cut = k;
    let pieceEnd = cut;
    while (pieceEnd > s && isSpace(text[pieceEnd - 1])) pieceEnd--;
    if (pieceEnd > s) out.push({ start: s, end: pieceEnd });
    s = cut;
    while (s < e && isSpace(text[s])) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}
