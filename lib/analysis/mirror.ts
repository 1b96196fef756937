/**
 * The customer's key complaint phrase, turned to the agent's side so it can be said back to them
 * ("my parcel still hasn't arrived" → "your parcel still hasn't arrived"): docs/principles.md §3, relay
 * their words back. Sentences where the customer speaks of the company ("you broke it") or insults
 * it are not mirrored: said back by the agent they would admit fault or repeat abuse (§2).
 */
import { perspectiveLexicon } from './lexicon';
import type { LexiconHits } from './lexicon-hits';
import type { Token } from './tokenize';
import type { EmotionCue, MirrorPhrase } from './types';

const MIRRORED = new Map<string, string>(perspectiveLexicon.entries.map((e) => [e.term, e.mirror]));
/** Verbs that change only after "i" ("i was" → "you were", but "it was" stays). */
const AFTER_I_ONLY = new Set(['was', 'am']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'yourself', 'yourselves', "y'all"]);
/** Words that open a sentence without adding to the problem: dropped from the front. */
const OPENERS = new Set([
  'hi', 'hello', 'hey', 'dear', 'so', 'well', 'ok', 'okay', 'also', 'and', 'but', 'just', 'please', 'um', 'erm', 'yes', 'yeah',
  'sorry', 'btw', 'anyway', 'basically', 'honestly', 'team', 'support', 'guys', 'again', 'then', 'now',
]);
/** "Hi there" opens a message; "there is still no refund" is the problem itself. */
const GREETINGS = new Set(['hi', 'hello', 'hey']);
/** Shouted words are said back calmly; short all-caps words are more likely names (UPS, DHL, SSO). */
const SHOUTED = /^[A-Z][A-Z']{3,}$/;
const MAX_WORDS = 14;
/**
 * Where a clause ends inside a sentence, so a mirrored phrase reads as one thought after "I
 * understand that …": before these words always ("because", "which") …
 */
const SUBORDINATORS = new Set(['because', 'cause', 'cos', 'since', 'although', 'though', 'whereas', 'which', 'while', 'unless']);
/** … before these when a comma precedes them or a new subject follows ("and I still have no tickets") … */
const COORDINATORS = new Set(['and', 'so', 'but', 'or', 'then', 'plus', 'yet']);
/** … and after a comma when a new subject follows ("it was due Monday, it still hasn't come"). */
const SUBJECTS = new Set([
  'i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'it', "it's", 'they', "they're", "they've", 'he',
  "he's", 'she', "she's", 'this', 'that', "that's", 'there', "there's", 'nothing', 'nobody', 'now', 'still',
]);
const POSSESSIVES = new Set(['my', 'our']);
/** A clause opening with these points back to the one before ("a lamp … and it still has not arrived"). */
const ANAPHORS = new Set(['it', "it's", 'they', "they're", "they've", 'he', "he's", 'she', "she's", 'that', "that's", 'this']);
const MIN_SCORE = 0.3;
const SKIPPED_IN_GAPS = /https?:\/\/\S+|www\.\S+|@\w+|#/g;

interface Sentence {
  from: number;
  to: number;
  score: number;
  /** Token index of the strongest cue, to centre long sentences on it. */
  focus: number;
}

function sentences(text: string, tokens: readonly Token[]): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const ends = token.kind === 'punct' || (token.kind === 'break' && text[token.start] !== ',');
    if (ends) {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  }
  if (tokens.length > from) out.push({ from, to: tokens.length });
  return out;
}

export function findMirrorPhrases(
  text: string,
  tokens: readonly Token[],
  hits: LexiconHits,
  cues: readonly EmotionCue[],
  max: number,
): MirrorPhrase[] {
  if (max <= 0) return [];
  const scored: Sentence[] = [];
  for (const { from, to } of sentences(text, tokens)) {
    let score = 0;
    let focus = from;
    let best = 0;
    let insulting = false;
    for (const m of hits.complaint) {
      if (m.from < from || m.to > to) continue;
      if (m.payload.signal === 'problem') {
        const weight = m.payload.weight;
        score += weight;
        if (weight > best) {
          best = weight;
          focus = m.from;
        }
      }
      if (m.payload.signal === 'blame') insulting = true;
    }
    for (const m of hits.repeat) {
      if (m.from < from || m.to > to) continue;
      // "3 months ago" says when (they bought it), not how long they have waited: not their issue.
      if (tokens[m.to]?.text === 'ago') continue;
      const weight = m.payload.weight * 0.4;
      score += weight;
      if (weight > best) {
        best = weight;
        focus = m.from;
      }
    }
    const start = tokens[from]?.start ?? 0;
    const end = tokens[to - 1]?.end ?? 0;
    for (const cue of cues) {
      if (cue.start < start || cue.end > end) continue;
      if (cue.emotion === 'anger' && cue.weight >= 0.45) insulting = true;
      if (cue.emotion !== 'satisfaction') {
        score += cue.weight * 0.5;
        if (best === 0) focus = tokenAt(tokens, from, to, cue.start);
      }
    }
    if (insulting || score < MIN_SCORE) continue;
    let speaksOfCompany = false;
    for (let i = from; i < to; i++) if (SECOND_PERSON.has((tokens[i] as Token).text)) speaksOfCompany = true;
    if (speaksOfCompany) continue;
    scored.push({ from, to, score, focus });
  }
  if (scored.length > 1) scored.sort(byScore);
  const out: MirrorPhrase[] = [];
  for (const s of scored.length > max ? scored.slice(0, max) : scored) {
    const phrase = mirrorSentence(text, tokens, s);
    if (phrase) out.push(phrase);
  }
  return out;
}

function tokenAt(tokens: readonly Token[], from: number, to: number, start: number): number {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).start >= start) return i;
  return from;
}

/** Whether a new clause starts at token `i` of a sentence (see SUBORDINATORS and the sets after it). */
function opensClause(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const afterComma = before !== undefined && before.kind === 'break' && text[before.start] === ',';
  if (token.kind !== 'word') return false;
  if (SUBORDINATORS.has(token.text)) return true;
  if (COORDINATORS.has(token.text)) return afterComma || (after !== undefined && SUBJECTS.has(after.text));
  return afterComma && (SUBJECTS.has(token.text) || POSSESSIVES.has(token.text));
}

/** The clause of the sentence that holds its focus: a mirrored phrase says one thing. */
function focusClause(text: string, tokens: readonly Token[], s: Sentence): { from: number; to: number } {
  let from = s.from;
  let to = s.to;
  for (let i = s.from + 1; i < s.to; i++) {
    if (!opensClause(text, tokens, i)) continue;
    // The clause before the boundary ends at the comma, if there is one.
    const cut = (tokens[i - 1] as Token).kind === 'break' ? i - 1 : i;
    if (i <= s.focus) {
      let first = i;
      while (first < s.to && COORDINATORS.has((tokens[first] as Token).text)) first++;
      // "it", "they" need the clause they point back to: keep it.
      if (!ANAPHORS.has((tokens[first] as Token | undefined)?.text ?? '')) from = i;
    } else {
      to = cut;
      break;
    }
  }
  // A clause that is only its conjunction and filler is no phrase: keep the sentence.
  let words = 0;
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind === 'word') words++;
  return words >= 3 ? { from, to } : { from: s.from, to: s.to };
}

function mirrorSentence(text: string, tokens: readonly Token[], s: Sentence): MirrorPhrase | undefined {
  let { from, to } = focusClause(text, tokens, s);
  while (from < to && (tokens[from] as Token).kind !== 'word') from++;
  while (from < to) {
    const word = (tokens[from] as Token).text;
    const greetedThere = word === 'there' && from > 0 && GREETINGS.has((tokens[from - 1] as Token).text);
    if (!(OPENERS.has(word) || SUBORDINATORS.has(word) || COORDINATORS.has(word) || greetedThere)) break;
    from++;
  }
  // A comma left at the front after dropping "Hi team," and the like.
  while (from < to && (tokens[from] as Token).kind !== 'word') from++;
  while (to > from && (tokens[to - 1] as Token).kind !== 'word' && (tokens[to - 1] as Token).kind !== 'emoji') to--;
  if (to - from > MAX_WORDS) {
    const focus = Math.max(from, Math.min(s.focus, to - 1));
    from = Math.max(from, focus - 5);
    // A clause cut off before its end ("… is force your older children" from "… to take care of
    // them") says something they did not say: better no restatement than a garbled one.
    if (from + MAX_WORDS < to) return undefined;
  }
  if (to <= from) return undefined;
  const parts: string[] = [];
  let previousWord = '';
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (i > from) {
      const gap = text.slice((tokens[i - 1] as Token).end, token.start);
      // A single space (or nothing) is the usual gap and reads as itself.
      parts.push(gap === ' ' || gap === '' ? gap : gap.replace(SKIPPED_IN_GAPS, '').replace(/\s+/g, ' '));
    }
    const raw = text.slice(token.start, token.end);
    let word = raw;
    const turned = MIRRORED.get(token.text);
    if (turned !== undefined && (!AFTER_I_ONLY.has(token.text) || previousWord === 'i')) word = turned;
    else if (SHOUTED.test(raw)) word = raw.toLowerCase();
    else if (i === from && raw !== 'I' && !token.caps) word = raw.charAt(0).toLowerCase() + raw.slice(1);
    parts.push(word);
    if (token.kind === 'word') previousWord = token.text;
  }
  const mirrored = parts.join('').replace(/\s+/g, ' ').trim();
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  return mirrored ? { text: mirrored, source: { start, end, text: text.slice(start, end) } } : undefined;
}

function byScore(a: Sentence, b: Sentence): number {
  return b.score - a.score || a.from - b.from;
}
