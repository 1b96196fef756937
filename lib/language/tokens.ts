/**
 * Splits a customer message into the tokens the lexicons are matched against, keeping each token's
 * place in the original text so that every finding can be shown as the customer's own words.
 */
import { normaliseLexicon, tokenClassLexicon } from '../analysis/lexicon';
import { MAX_MESSAGE_CHARS } from './limits';

export type TokenKind = 'word' | 'emoji' | 'emoticon' | 'punct' | 'break';

export interface Token {
  /** Normalised: lower case, straight apostrophes, shorthand expanded ("dont" → "don't"). */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Written in capitals (3+ letters): shouting, unless it is an acronym. */
  caps: boolean;
  /** A letter repeated 3+ times ("sooo"), or punctuation repeated ("!!!"). */
  stretched: boolean;
  /** Token classes from token-classes.json, plus "number" for digits (words only; they follow from `text`). */
  classes: readonly string[] | undefined;
}

// Order matters: links, addresses and @handles are skipped whole so that ":/" in a URL is not a
// frown and "@united" is not the word "united"; emoticons before words so ":d" is not "d".
// The address alternative starts only where a run of address characters starts (the lookbehind) and
// its parts are bounded, so a long run of "-", "_", "+" or "." is scanned once, not once per position.
const SKIPPED = String.raw`(https?:\/\/\S+|www\.\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,253}|@\w+)`;
const TOKEN_PARTS = [
  String.raw`((?<![\p{L}\p{N}])(?:[:;=]-?[()\/dDpP](?![\p{L}\p{N}])|<3))`,
  String.raw`([\p{L}\p{N}]+(?:['’][\p{L}]+)*)`,
  String.raw`(\p{Extended_Pictographic}(?:\uFE0F|\u200D|\p{Emoji_Modifier}|\p{Extended_Pictographic})*)`,
  String.raw`([!?]+)`,
  String.raw`([.;:\n…()]+|,|\s[-–—]\s|[–—])`,
];
const TOKEN_PATTERN = new RegExp([SKIPPED, ...TOKEN_PARTS].join('|'), 'gu');
/**
 * The same pattern for the common text with no link, address or handle in it: trying the link and
 * address alternatives at every word is most of the tokenizer's time, so they are left out (the
 * first group stays, never matching, so the group numbers are the same).
 */
const PLAIN_PATTERN = new RegExp(['(\u0000\u0001)', ...TOKEN_PARTS].join('|'), 'gu');
const MAY_SKIP = /@|:\/\/|www\./;

const NORMALISED = new Map<string, string>(normaliseLexicon.entries.map((e) => [e.term, e.becomes]));

const CLASSES = new Map<string, string[]>();
for (const entry of tokenClassLexicon.entries) {
  const list = CLASSES.get(entry.term) ?? [];
  list.push(entry.class);
  CLASSES.set(entry.term, list);
}
const NUMBER_CLASS: readonly string[] = ['number'];
const DIGITS = /^\d+(?:st|nd|rd|th)?$/;
const STRETCHED_LETTERS = /(\p{L})\1{2,}/gu;
const HAS_STRETCH = /(\p{L})\1{2,}/u;

export function normaliseWord(raw: string): string {
  return normalise(raw).word;
}

function normalise(raw: string): { word: string; stretched: boolean } {
  let word = raw.toLowerCase().replace(/’/g, "'");
  const stretched = HAS_STRETCH.test(word);
  if (stretched) word = word.replace(STRETCHED_LETTERS, '$1$1');
  return { word: NORMALISED.get(word) ?? word, stretched };
}

function isCaps(raw: string): boolean {
  let letters = 0;
  for (const ch of raw) {
    if (ch === "'" || ch === '’') continue;
    if (ch.toLowerCase() === ch) return false;
    letters++;
  }
  return letters >= 3;
}

/** What a word token's raw text reads as: the same raw text always gives the same reading. */
interface WordReading {
  text: string;
  caps: boolean;
  stretched: boolean;
  classes: readonly string[] | undefined;
}

/**
 * Word readings by raw text. Customers' words repeat (within a message and across a conversation),
 * and normalising is lower-casing, two regex tests and two map look-ups per word, so each distinct
 * raw word is read once. Bounded: cleared when full.
 */
const WORD_READINGS = new Map<string, WordReading>();
const WORD_READINGS_LIMIT = 20000;

function readWord(raw: string): WordReading {
  let reading = WORD_READINGS.get(raw);
  if (reading === undefined) {
    const { word, stretched } = normalise(raw);
    reading = { text: word, caps: isCaps(raw), stretched, classes: CLASSES.get(word) ?? (DIGITS.test(word) ? NUMBER_CLASS : undefined) };
    if (WORD_READINGS.size >= WORD_READINGS_LIMIT) WORD_READINGS.clear();
    WORD_READINGS.set(raw, reading);
  }
  return reading;
}

/** Tokens of `text`, read up to `MAX_MESSAGE_CHARS` characters (`readLength` says how far). */
export function tokenize(full: string): Token[] {
  const text = full.length > MAX_MESSAGE_CHARS ? full.slice(0, readLength(full)) : full;
  if (isAscii(text) && !MAY_SKIP.test(text)) return tokenizeAscii(text);
  const tokens: Token[] = [];
  const pattern = MAY_SKIP.test(text) ? TOKEN_PATTERN : PLAIN_PATTERN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (m[3] !== undefined) {
      // Words first: most tokens are words.
      const w = readWord(raw);
      tokens.push({ text: w.text, start, end, kind: 'word', caps: w.caps, stretched: w.stretched, classes: w.classes });
    } else if (m[1] !== undefined) {
      continue;
    } else if (m[2] !== undefined) {
      tokens.push({ text: raw.toLowerCase().replace('-', ''), start, end, kind: 'emoticon', caps: false, stretched: false, classes: undefined });
    } else if (m[4] !== undefined) {
      // An emoji sequence (skin tone, gender, ZWJ) reads as its first pictograph.
      const first = String.fromCodePoint(raw.codePointAt(0) ?? 0);
      tokens.push({ text: first, start, end, kind: 'emoji', caps: false, stretched: false, classes: undefined });
    } else if (m[5] !== undefined) {
      const both = raw.includes('?') && raw.includes('!');
      tokens.push({
        text: both ? '?!' : raw[0] === '?' ? '?' : '!',
        start,
        end,
        kind: 'punct',
        caps: false,
        stretched: raw.length > 1,
        classes: undefined,
      });
    } else {
      tokens.push({ text: '.', start, end, kind: 'break', caps: false, stretched: false, classes: undefined });
    }
  }
  return tokens;
}

/** How much of `text` the tokenizer reads: all of it, or up to `MAX_MESSAGE_CHARS` (not splitting a surrogate pair). */
export function readLength(text: string): number {
  if (text.length <= MAX_MESSAGE_CHARS) return text.length;
  const c = text.charCodeAt(MAX_MESSAGE_CHARS - 1);
  return c >= 0xd800 && c <= 0xdbff ? MAX_MESSAGE_CHARS - 1 : MAX_MESSAGE_CHARS;
}

/** Whether a token ends a clause: negation and modifiers do not reach across it. */
export function isClauseEnd(token: Token): boolean {
  return token.kind === 'break' || token.kind === 'punct';
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** An ASCII letter or digit: what `[\p{L}\p{N}]` is in ASCII text. */
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `[()\/dDpP]`: an emoticon's mouth. */
function isMouth(c: number): boolean {
  return c === 40 || c === 41 || c === 47 || c === 100 || c === 68 || c === 112 || c === 80;
}

/** `[.;:\n…()]` in ASCII. */
function isBreakRun(c: number): boolean {
  return c === 46 || c === 59 || c === 58 || c === 10 || c === 40 || c === 41;
}

/** `\s` in ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * `tokenize` for the common text that is plain ASCII with no link, address or handle: the same
 * tokens as `PLAIN_PATTERN` gives, found by a scan that tries its alternatives in the same order at
 * each position (emoticon, word, `!`/`?` run, clause break; ASCII has no pictographs), without a
 * match array and captured strings per token.
 */
function tokenizeAscii(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Emoticon: (?<![\p{L}\p{N}])(?:[:;=]-?[()\/dDpP](?![\p{L}\p{N}])|<3)
    if ((c === 58 || c === 59 || c === 61 || c === 60) && (i === 0 || !isAlnum(text.charCodeAt(i - 1)))) {
      let end = -1;
      if (c === 60) {
        if (text.charCodeAt(i + 1) === 51) end = i + 2;
      } else {
        let j = i + 1;
        if (text.charCodeAt(j) === 45) j++;
        const mouth = text.charCodeAt(j);
        // "-" is no mouth, so the optional nose never needs to be given back.
        if (isMouth(mouth) && (j + 1 >= n || !isAlnum(text.charCodeAt(j + 1)))) end = j + 1;
      }
      if (end > 0) {
        const raw = text.slice(i, end);
        tokens.push({ text: raw.toLowerCase().replace('-', ''), start: i, end, kind: 'emoticon', caps: false, stretched: false, classes: undefined });
        i = end;
        continue;
      }
    }
    if (isAlnum(c)) {
      // Word: [\p{L}\p{N}]+(?:['’][\p{L}]+)*
      let j = i + 1;
      while (j < n && isAlnum(text.charCodeAt(j))) j++;
      while (j + 1 < n && text.charCodeAt(j) === 39 && isLetter(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isLetter(text.charCodeAt(j))) j++;
      }
      const w = readWord(text.slice(i, j));
      tokens.push({ text: w.text, start: i, end: j, kind: 'word', caps: w.caps, stretched: w.stretched, classes: w.classes });
      i = j;
      continue;
    }
    if (c === 33 || c === 63) {
      // [!?]+
      let j = i + 1;
      let question = c === 63;
      let bang = c === 33;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 63) question = true;
        else if (d === 33) bang = true;
        else break;
      }
      tokens.push({ text: question && bang ? '?!' : c === 63 ? '?' : '!', start: i, end: j, kind: 'punct', caps: false, stretched: j - i > 1, classes: undefined });
      i = j;
      continue;
    }
    // Clause break: [.;:\n…()]+ | , | \s[-–—]\s   ([–—] alone is not ASCII)
    let end = -1;
    if (isBreakRun(c)) {
      end = i + 1;
      while (end < n && isBreakRun(text.charCodeAt(end))) end++;
    } else if (c === 44) end = i + 1;
    else if (isSpace(c) && text.charCodeAt(i + 1) === 45 && i + 2 < n && isSpace(text.charCodeAt(i + 2))) end = i + 3;
    if (end > 0) {
      tokens.push({ text: '.', start: i, end, kind: 'break', caps: false, stretched: false, classes: undefined });
      i = end;
      continue;
    }
    i++;
  }
  return tokens;
}
