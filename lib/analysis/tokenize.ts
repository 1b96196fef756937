/**
 * Splits a customer message into the tokens the lexicons are matched against, keeping each token's
 * place in the original text so that every finding can be shown as the customer's own words.
 */
import { normaliseLexicon, tokenClassLexicon } from './lexicon';

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
  /** Token classes from token-classes.json, plus "number" for digits. */
  classes: readonly string[] | undefined;
}

// Order matters: links, addresses and @handles are skipped whole so that ":/" in a URL is not a
// frown and "@united" is not the word "united"; emoticons before words so ":d" is not "d".
const SKIPPED = String.raw`(https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|@\w+)`;
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = MAY_SKIP.test(text) ? TOKEN_PATTERN : PLAIN_PATTERN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (m[1] !== undefined) continue;
    if (m[2] !== undefined) {
      tokens.push({ text: raw.toLowerCase().replace('-', ''), start, end, kind: 'emoticon', caps: false, stretched: false, classes: undefined });
    } else if (m[3] !== undefined) {
      const { word, stretched } = normalise(raw);
      tokens.push({
        text: word,
        start,
        end,
        kind: 'word',
        caps: isCaps(raw),
        stretched,
        classes: CLASSES.get(word) ?? (DIGITS.test(word) ? NUMBER_CLASS : undefined),
      });
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

/** Whether a token ends a clause: negation and modifiers do not reach across it. */
export function isClauseEnd(token: Token): boolean {
  return token.kind === 'break' || token.kind === 'punct';
}
