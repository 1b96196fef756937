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

function span(text: string, tokens: readonly Token[], from: number, to: number): TextSpan {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? start;
  return { start, end, text: text.slice(start, end) };
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
}

function mapModifiers(tokens: readonly Token[], hits: LexiconHits): ModifierMap {
  const n = tokens.length;
  const map: ModifierMap = {
    negator: new Uint8Array(n),
    contrast: new Uint8Array(n),
    factorEndingAt: new Float64Array(n).fill(1),
    factorStartingAt: new Float64Array(n).fill(1),
  };
  for (let i = 0; i < n; i++) if (isNegatorToken(tokens[i] as Token)) map.negator[i] = 1;
  for (const m of hits.modifier) {
    const { role, factor } = m.payload;
    if (role === 'negator') for (let i = m.from; i < m.to; i++) map.negator[i] = 1;
    else if (role === 'contrast') map.contrast[m.from] = 1;
    else {
      map.factorEndingAt[m.to - 1] = factor;
      map.factorStartingAt[m.from] = factor;
    }
  }
  return map;
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
  const negated = match.payload.term.split(' ')[0] !== 'not' && isNegated(tokens, mods, match.from);
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
  const s = span(text, tokens, match.from, match.to);
  return { ...s, emotion: label, weight: round(Math.min(MAX_CUE_WEIGHT, w)), ...(negated ? { negated: true } : {}) };
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
  for (const match of hits.emotion) {
    const cue = readCue(text, tokens, mods, match);
    if (cue) cues.push(cue);
  }
  const signals = readSignals(text, tokens, cues);
  const amplify = Math.min(
    AMPLIFY.max,
    1 +
      (signals.caps.length > 0 ? AMPLIFY.caps : 0) +
      (signals.punctuation.length > 0 ? AMPLIFY.punctuation : 0) +
      (signals.punctuation.some((s) => s.text.includes('?') && s.text.includes('!')) ? AMPLIFY.interrobang : 0) +
      (signals.elongated.length > 0 ? AMPLIFY.elongated : 0),
  );

  const misses = new Map<FeltEmotion, number>();
  const spans = new Map<FeltEmotion, TextSpan[]>();
  const add = (emotion: FeltEmotion, weight: number, where: TextSpan): void => {
    misses.set(emotion, (misses.get(emotion) ?? 1) * (1 - weight));
    const list = spans.get(emotion);
    if (list) list.push(where);
    else spans.set(emotion, [where]);
  };
  for (const cue of cues) add(cue.emotion, cue.weight, { start: cue.start, end: cue.end, text: cue.text });
  for (const cue of borrowed) add(cue.emotion, cue.weight, cue.span);
  if (signals.caps.length >= 2) {
    const first = signals.caps[0] as TextSpan;
    const last = signals.caps[signals.caps.length - 1] as TextSpan;
    add('anger', SHOUTING_ANGER, { start: first.start, end: last.end, text: text.slice(first.start, last.end) });
  }
  tokens.forEach((token, i) => {
    if (token.text !== 'no') return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if ((before === undefined || isClauseEnd(before)) && (after === undefined || isClauseEnd(after))) {
      add('frustration', OPENING_NO_FRUSTRATION, tokenSpan(text, token));
    }
  });

  const scores: EmotionScore[] = [];
  for (const label of FELT_EMOTIONS) {
    const miss = misses.get(label);
    if (miss === undefined) continue;
    const intensity = Math.min(1, (1 - miss) * amplify);
    const where = (spans.get(label) ?? []).sort((a, b) => a.start - b.start);
    scores.push({ label, intensity: round(intensity), spans: dedupeSpans(where) });
  }
  scores.sort((a, b) => b.intensity - a.intensity || FELT_EMOTIONS.indexOf(a.label) - FELT_EMOTIONS.indexOf(b.label));

  const top = scores[0];
  const reading: EmotionReading =
    top && top.intensity >= EMOTION_FLOOR
      ? { label: top.label, intensity: top.intensity, spans: top.spans }
      : { label: 'neutral', intensity: 0, spans: [] };

  const byLabel = (label: FeltEmotion): number => scores.find((s) => s.label === label)?.intensity ?? 0;
  const positive = byLabel('satisfaction');
  const negative = noisyOr(NEGATIVE.map(byLabel));
  const sentiment = round(positive - negative);
  let polarity: Polarity = 'neutral';
  if (Math.max(positive, negative) >= POLARITY_FLOOR) {
    if (positive - negative > POLARITY_MARGIN) polarity = 'positive';
    else if (negative - positive > POLARITY_MARGIN) polarity = 'negative';
  }
  return { reading, scores, cues, signals, polarity, sentiment, negative, positive };
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
