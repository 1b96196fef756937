/**
 * How the customer feels: lexicon cues, read in context (negation, intensifiers, capitals,
 * punctuation), combined per emotion. Anger, frustration and the rest are scored separately; the
 * strongest names the message, the others stay visible for the panel.
 */
import type { LexiconHits } from './lexicon-hits';
import type { EmotionEntry } from './lexicon';
import type { PhraseMatch } from './phrase-matcher';
import { isClauseEnd, type Token } from './tokenize';
import type {
  EmotionCue,
  EmotionReading,
  EmotionScore,
  FeltEmotion,
  IntensitySignals,
  Polarity,
  TextSpan,
} from './types';
import { FELT_EMOTIONS } from './types';

/** How far back (in words) a negator or intensifier reaches. */
const NEGATION_REACH = 3;
const INTENSIFIER_REACH = 2;
/** Weights never reach 1: one word is never complete certainty. */
const MAX_CUE_WEIGHT = 0.95;
/** Below this the message reads as neutral. */
export const EMOTION_FLOOR = 0.25;
const POLARITY_FLOOR = 0.3;
const POLARITY_MARGIN = 0;

/**
 * Negated evaluative words turn over ("not bad" is mild praise); stronger negated feelings just go,
 * and so do weak cues ("not ... still") that are no judgement on their own.
 */
const NEGATED_NEGATIVE_TURNS_POSITIVE_UP_TO = 0.6;
const NEGATED_NEGATIVE_TURNS_POSITIVE_FROM = 0.3;
const NEGATED_POSITIVE_FACTOR = 0.85;
const NEGATED_NEGATIVE_FACTOR = 0.5;

/** How much shouting, "!!!", "?!" and stretched words raise every feeling present. */
const AMPLIFY = { caps: 0.2, punctuation: 0.1, interrobang: 0.1, elongated: 0.05, max: 1.4 } as const;

/** Evidence other parts of the analysis lend to emotions (a repeat contact is frustrating). */
export const BORROWED_EVIDENCE = { repeatToFrustration: 0.55, escalationToAnger: 0.5, problemToFrustration: 0.3 } as const;
/** What a feeling word inside a question counts for. */
const QUESTION_FACTOR = 0.6;
/** A satisfaction cue this strong, besides a formulaic thank-you, makes the thanks genuine gratitude. */
const GENUINE_SATISFACTION = 0.3;
/** Shouting (two or more words in capitals) is anger even without an angry word. */
const SHOUTING_ANGER = 0.3;
/** A sentence that opens with a bare "No" ("No, that's wrong", "No!") disagrees. */
const OPENING_NO_FRUSTRATION = 0.35;

const NEGATIVE: readonly FeltEmotion[] = ['anger', 'frustration', 'disappointment', 'anxiety'];

export interface EmotionResult {
  reading: EmotionReading;
  scores: EmotionScore[];
  cues: EmotionCue[];
  signals: IntensitySignals;
  polarity: Polarity;
  sentiment: number;
  /** Noisy-or of the negative feelings: used by the complaint reading. */
  negative: number;
  positive: number;
}

export interface BorrowedCue {
  emotion: FeltEmotion;
  weight: number;
  span: TextSpan;
}

function isNegatorToken(token: Token): boolean {
  return token.text.endsWith("n't") || token.text === 'cannot';
}

/** Per token: is a negator / intensity factor / contrast word there. */
interface ModifierMap {
  negator: Uint8Array;
  contrast: Uint8Array;
  /** Factor of an intensifier or downtoner that ends at this token index (exclusive end - 1). */
  factorEndingAt: Float64Array;
  /** Factor of a post-modifier ("at all") starting at this token index. */
  factorStartingAt: Float64Array;
  /** Token ranges of the intensifiers and downtoners, to tell "pretty good" from "so pretty". */
  degree: Array<{ from: number; to: number }>;
}

/**
 * The per-token arrays are reused from call to call (analysis is synchronous and never re-entered),
 * grown when a message is longer: allocating four typed arrays per message cost more than reading it.
 * Entries up to and including index `n` are reset, so a look-up one past the last token reads as
 * "nothing there", as it did with arrays of exactly `n`.
 */
let scratch: ModifierMap = newModifierMap(256);

function newModifierMap(size: number): ModifierMap {
  return { negator: new Uint8Array(size), contrast: new Uint8Array(size), factorEndingAt: new Float64Array(size), factorStartingAt: new Float64Array(size), degree: [] };
}

function mapModifiers(tokens: readonly Token[], hits: LexiconHits): ModifierMap {
  const n = tokens.length;
  if (scratch.negator.length < n + 1) scratch = newModifierMap(Math.max(n + 1, scratch.negator.length * 2));
  const map = scratch;
  map.negator.fill(0, 0, n + 1);
  map.contrast.fill(0, 0, n + 1);
  map.factorEndingAt.fill(1, 0, n + 1);
  map.factorStartingAt.fill(1, 0, n + 1);
  map.degree = [];
  for (let i = 0; i < n; i++) if (isNegatorToken(tokens[i] as Token)) map.negator[i] = 1;
  for (const m of hits.modifier) {
    const { role, factor } = m.payload;
    if (role === 'negator') for (let i = m.from; i < m.to; i++) map.negator[i] = 1;
    else if (role === 'contrast') map.contrast[m.from] = 1;
    else {
      map.factorEndingAt[m.to - 1] = factor;
      map.factorStartingAt[m.from] = factor;
      map.degree.push({ from: m.from, to: m.to });
    }
  }
  return map;
}

/**
 * A word that is both a praise (or puzzlement) word and a degree word is the degree word when
 * another word follows it in the clause: "pretty obvious", "really want" modify the next word,
 * while "so pretty" keeps its praise. A word inside a longer degree phrase ("kind of", "sort of")
 * is never a feeling. Swearing used as a degree word ("the fucking mess") still shows annoyance,
 * so negative words are not passed here.
 */
function isDegreeUse(tokens: readonly Token[], mods: ModifierMap, match: PhraseMatch<EmotionEntry>): boolean {
  for (const d of mods.degree) {
    if (d.from > match.from || d.to < match.to) continue;
    if (d.to - d.from > match.to - match.from) return true;
    const next = tokens[match.to];
    if (next !== undefined && next.kind === 'word') return true;
  }
  return false;
}

/** Words that may stand beside a formulaic thank-you without making it gratitude for something. */
const COURTESY_FILLER = new Set([
  'again', 'all', 'guys', 'team', 'folks', 'everyone', 'in', 'advance', 'a', 'lot', 'very', 'much', 'so', 'and',
  'regards', 'kind', 'best', 'hi', 'hello', 'hey', 'dear',
]);

/** Per token, 1 when its sentence ends with a question mark (undefined when the text asks nothing). */
function questionSentences(text: string, tokens: readonly Token[]): Uint8Array | undefined {
  let asked: Uint8Array | undefined;
  let inQuestion = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct') inQuestion = t.text !== '!';
    else if (t.kind === 'break' && text[t.start] !== ',') inQuestion = false;
    if (inQuestion) (asked ??= new Uint8Array(tokens.length))[i] = 1;
  }
  return asked;
}

/**
 * Which satisfaction cues are politeness, not a feeling (by token range). A courteous request
 * ("any help would be appreciated", "thanks in advance") is politeness wherever it stands. A plain
 * thank-you is politeness when it stands alone in its clause (with courtesy filler or a name) and
 * the rest of the message asks something, makes a request or reports a problem ("Could you tell me
 * where my order is? Thanks."). If anything else in the message shows the customer pleased, the
 * caller keeps the thanks as gratitude: "thanks so much, that fixed it" stays satisfaction.
 */
function politeRanges(text: string, tokens: readonly Token[], hits: LexiconHits): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  // Outside the thank-you's own clause, the message asks something or reports a problem.
  const asks = (from: number, to: number): boolean =>
    tokens.some((t, i) => (i < from || i >= to) && t.kind === 'punct' && t.text !== '!') ||
    hits.politeness.some((m) => m.payload.role === 'request' && (m.to <= from || m.from >= to)) ||
    hits.complaint.some((m) => m.payload.signal === 'problem' && (m.to <= from || m.from >= to));
  for (const m of hits.politeness) {
    if (m.payload.role === 'courtesy') {
      out.push({ from: m.from, to: m.to });
      continue;
    }
    if (m.payload.role !== 'thanks') continue;
    // The clause the thank-you stands in holds nothing but courtesy filler or a name.
    let from = m.from;
    while (from > 0 && !isClauseEnd(tokens[from - 1] as Token)) from--;
    let to = m.to;
    while (to < tokens.length && !isClauseEnd(tokens[to] as Token)) to++;
    let alone = true;
    for (let i = from; i < to && alone; i++) {
      if (i >= m.from && i < m.to) continue;
      const t = tokens[i] as Token;
      const capitalised = t.kind === 'word' && /^\p{Lu}/u.test(text.slice(t.start, t.end)) && i > m.from;
      if (!COURTESY_FILLER.has(t.text) && !capitalised) alone = false;
    }
    if (alone && asks(from, to)) out.push({ from: m.from, to: m.to });
  }
  return out;
}

function isNegated(tokens: readonly Token[], mods: ModifierMap, from: number): boolean {
  for (let j = from - 1; j >= 0 && j >= from - NEGATION_REACH; j--) {
    const token = tokens[j] as Token;
    // An emoji or emoticon ends what a negator can reach: "not 😀 glad" is not "not glad".
    if (isClauseEnd(token) || mods.contrast[j] || token.kind === 'emoji' || token.kind === 'emoticon') return false;
    if (mods.negator[j]) return true;
  }
  return false;
}

function intensityFactor(tokens: readonly Token[], mods: ModifierMap, from: number, to: number): number {
  let factor = 1;
  for (let j = from - 1, words = 0; j >= 0 && words < INTENSIFIER_REACH; j--, words++) {
    const token = tokens[j] as Token;
    if (isClauseEnd(token)) break;
    const f = mods.factorEndingAt[j] ?? 1;
    if (f !== 1) {
      factor *= f;
      break;
    }
  }
  // "not bad at all", "no help whatsoever"
  const after = mods.factorStartingAt[to] ?? 1;
  if (after > 1) factor *= after;
  return factor;
}

function allCaps(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!(tokens[i] as Token).caps) return false;
  return true;
}

function readCue(
  text: string,
  tokens: readonly Token[],
  mods: ModifierMap,
  match: PhraseMatch<EmotionEntry>,
): EmotionCue | undefined {
  const { emotion, weight } = match.payload;
  let label: FeltEmotion = emotion;
  let w = weight * intensityFactor(tokens, mods, match.from, match.to);
  if (allCaps(tokens, match.from, match.to)) w *= 1.3;
  const term = match.payload.term;
  const negated = term !== 'not' && !term.startsWith('not ') && isNegated(tokens, mods, match.from);
  if (negated) {
    if (emotion === 'satisfaction') {
      label = 'disappointment';
      w *= NEGATED_POSITIVE_FACTOR;
    } else if (
      (emotion === 'frustration' || emotion === 'anger' || emotion === 'disappointment') &&
      weight <= NEGATED_NEGATIVE_TURNS_POSITIVE_UP_TO &&
      weight >= NEGATED_NEGATIVE_TURNS_POSITIVE_FROM
    ) {
      label = 'satisfaction';
      w *= NEGATED_NEGATIVE_FACTOR;
    } else {
      return undefined;
    }
  }
  const start = tokens[match.from]?.start ?? 0;
  const end = tokens[match.to - 1]?.end ?? start;
  const cue: EmotionCue = { start, end, text: text.slice(start, end), emotion: label, weight: round(Math.min(MAX_CUE_WEIGHT, w)) };
  if (negated) cue.negated = true;
  return cue;
}

function readSignals(text: string, tokens: readonly Token[], cues: readonly EmotionCue[]): IntensitySignals {
  const signals: IntensitySignals = { caps: [], punctuation: [], emoji: [], elongated: [] };
  const capsWords: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'word' && token.caps) capsWords.push(token);
    else if (token.kind === 'punct' && (token.stretched || token.text === '?!')) signals.punctuation.push(tokenSpan(text, token));
    else if (token.kind === 'emoji' || token.kind === 'emoticon') signals.emoji.push(tokenSpan(text, token));
    if (token.kind === 'word' && token.stretched) signals.elongated.push(tokenSpan(text, token));
  }
  if (capsWords.length === 0) return signals;
  // Three-letter capitals are usually acronyms (NYT, USB); shouting is longer words, or several.
  const long = capsWords.filter((t) => t.end - t.start >= 4);
  const capsCue = cues.some((c) => capsWords.some((t) => t.start >= c.start && t.end <= c.end));
  if (long.length >= 2 || capsCue) for (const t of capsWords) signals.caps.push(tokenSpan(text, t));
  return signals;
}

function tokenSpan(text: string, token: Token): TextSpan {
  return { start: token.start, end: token.end, text: text.slice(token.start, token.end) };
}

function noisyOr(weights: Iterable<number>): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - w;
  return 1 - miss;
}

export function readEmotion(
  text: string,
  tokens: readonly Token[],
  hits: LexiconHits,
  borrowed: readonly BorrowedCue[],
): EmotionResult {
  const mods = mapModifiers(tokens, hits);
  const cues: EmotionCue[] = [];
  const polite = hits.politeness.length > 0 ? politeRanges(text, tokens, hits) : [];
  const politeCues: Array<{ cue: EmotionCue; from: number; to: number }> = [];
  const asked = questionSentences(text, tokens);
  for (const match of hits.emotion) {
    if (mods.degree.length > 0 && !NEGATIVE.includes(match.payload.emotion) && isDegreeUse(tokens, mods, match)) continue;
    const cue = readCue(text, tokens, mods, match);
    if (!cue) continue;
    // A feeling word inside a question is often asked about, not felt ("Was it true?", "Are you happy
    // with it?"): it counts less. Puzzlement is what a question shows, so confusion keeps its weight.
    if (asked !== undefined && asked[match.from] === 1 && cue.emotion !== 'confusion') cue.weight = round(cue.weight * QUESTION_FACTOR);
    if (cue.emotion === 'satisfaction' && polite.length > 0 && polite.some((r) => r.from <= match.from && r.to >= match.to)) {
      politeCues.push({ cue, from: match.from, to: match.to });
      continue;
    }
    cues.push(cue);
  }
  // A thank-you is politeness unless something else shows the customer pleased: then it is gratitude.
  if (politeCues.length > 0 && cues.some((c) => c.emotion === 'satisfaction' && c.weight >= GENUINE_SATISFACTION)) {
    for (const p of politeCues) cues.push(p.cue);
    cues.sort((a, b) => a.start - b.start);
  }
  const signals = readSignals(text, tokens, cues);
  const amplify = Math.min(
    AMPLIFY.max,
    1 +
      (signals.caps.length > 0 ? AMPLIFY.caps : 0) +
      (signals.punctuation.length > 0 ? AMPLIFY.punctuation : 0) +
      (signals.punctuation.length > 0 && signals.punctuation.some((s) => s.text.includes('?') && s.text.includes('!')) ? AMPLIFY.interrobang : 0) +
      (signals.elongated.length > 0 ? AMPLIFY.elongated : 0),
  );

  // Per emotion (FELT_EMOTIONS order): the product of (1 - weight) over its evidence, and where it showed.
  const misses = new Float64Array(FELT_EMOTIONS.length).fill(1);
  const spans: Array<TextSpan[] | undefined> = new Array<TextSpan[] | undefined>(FELT_EMOTIONS.length);
  for (const cue of cues) addEvidence(misses, spans, cue.emotion, cue.weight, { start: cue.start, end: cue.end, text: cue.text });
  for (const cue of borrowed) addEvidence(misses, spans, cue.emotion, cue.weight, cue.span);
  if (signals.caps.length >= 2) {
    const first = signals.caps[0] as TextSpan;
    const last = signals.caps[signals.caps.length - 1] as TextSpan;
    addEvidence(misses, spans, 'anger', SHOUTING_ANGER, { start: first.start, end: last.end, text: text.slice(first.start, last.end) });
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.text !== 'no') continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if ((before === undefined || isClauseEnd(before)) && (after === undefined || isClauseEnd(after))) {
      addEvidence(misses, spans, 'frustration', OPENING_NO_FRUSTRATION, tokenSpan(text, token));
    }
  }

  const scores: EmotionScore[] = [];
  for (let k = 0; k < FELT_EMOTIONS.length; k++) {
    const where = spans[k];
    if (where === undefined) continue;
    const label = FELT_EMOTIONS[k] as FeltEmotion;
    const intensity = Math.min(1, (1 - (misses[k] as number)) * amplify);
    if (where.length > 1) where.sort(byStart);
    scores.push({ label, intensity: round(intensity), spans: dedupeSpans(where) });
  }
  if (scores.length > 1) scores.sort(byIntensityThenOrder);

  const top = scores[0];
  const reading: EmotionReading =
    top && top.intensity >= EMOTION_FLOOR
      ? { label: top.label, intensity: top.intensity, spans: top.spans }
      : { label: 'neutral', intensity: 0, spans: [] };

  const positive = intensityOf(scores, 'satisfaction');
  let negativeMiss = 1;
  for (const label of NEGATIVE) negativeMiss *= 1 - intensityOf(scores, label);
  const negative = 1 - negativeMiss;
  const sentiment = round(positive - negative);
  let polarity: Polarity = 'neutral';
  if (Math.max(positive, negative) >= POLARITY_FLOOR) {
    if (positive - negative > POLARITY_MARGIN) polarity = 'positive';
    else if (negative - positive > POLARITY_MARGIN) polarity = 'negative';
  }
  return { reading, scores, cues, signals, polarity, sentiment, negative, positive };
}

const EMOTION_INDEX = new Map<FeltEmotion, number>(FELT_EMOTIONS.map((e, i) => [e, i]));

function addEvidence(misses: Float64Array, spans: Array<TextSpan[] | undefined>, emotion: FeltEmotion, weight: number, where: TextSpan): void {
  const k = EMOTION_INDEX.get(emotion) as number;
  misses[k] = (misses[k] as number) * (1 - weight);
  const list = spans[k];
  if (list) list.push(where);
  else spans[k] = [where];
}

function intensityOf(scores: readonly EmotionScore[], label: FeltEmotion): number {
  for (const s of scores) if (s.label === label) return s.intensity;
  return 0;
}

function byStart(a: TextSpan, b: TextSpan): number {
  return a.start - b.start;
}

function byIntensityThenOrder(a: EmotionScore, b: EmotionScore): number {
  return b.intensity - a.intensity || (EMOTION_INDEX.get(a.label) as number) - (EMOTION_INDEX.get(b.label) as number);
}

function dedupeSpans(list: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of list) {
    const last = out[out.length - 1];
    if (last && last.start === s.start && last.end === s.end) continue;
    out.push(s);
  }
  return out;
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export { noisyOr };
