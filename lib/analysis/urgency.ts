/**
 * How time-critical the message is: a deadline in the customer's life ("my flight is tomorrow"),
 * health or safety, a business that has stopped, or a plea for speed. Anxiety adds a little.
 */
import { noisyOr } from './emotion';
import type { LexiconHits } from './lexicon-hits';
import type { Token } from './tokenize';
import type { UrgencyCue, UrgencyReading } from './types';

const ANXIETY_SHARE = 0.3;

export function readUrgency(text: string, tokens: readonly Token[], hits: LexiconHits, anxiety: number): UrgencyReading {
  const cues: UrgencyCue[] = hits.urgency.map((m) => {
    const start = tokens[m.from]?.start ?? 0;
    const end = tokens[m.to - 1]?.end ?? start;
    return { start, end, text: text.slice(start, end), kind: m.payload.cue, weight: m.payload.weight };
  });
  const score = noisyOr([...cues.map((c) => c.weight), anxiety * ANXIETY_SHARE]);
  return { score: Math.round(Math.min(1, score) * 1000) / 1000, cues };
}
