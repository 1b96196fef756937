/**
 * Is the message a complaint, and how severe (the X-CI scale: 0 none, 1 no explicit reproach,
 * 2 disapproval, 3 accusation, 4 blame)? A complaint is something gone wrong with a product or
 * service, said calmly or not; a bad mood about something else is not one.
 */
import { noisyOr } from './emotion';
import type { EmotionResult } from './emotion';
import type { LexiconHits } from './lexicon-hits';
import type { Token } from './tokenize';
import type { ComplaintSeverity, EscalationFlag, TextSpan } from './types';

/**
 * How much each kind of evidence (each 0..1) counts towards calling a message a complaint, as a
 * logistic score. The weights were fitted by logistic regression on the odd rows of the X-CI
 * development split (ten features, not words, so nothing row-specific can be learnt) and rounded;
 * the even rows confirm them. The service context counts on its own: customers complain about
 * orders, apps and deliveries, not about the weather. Repeat contact and escalation threats are
 * rare in tweets, so their weights are set by hand to what they mean to an agent.
 */
const WEIGHTS = {
  bias: -1.8,
  problem: 2.0,
  accusation: 0.85,
  blame: 0.6,
  service: 1.65,
  negative: 1.25,
  positive: -1.0,
  question: 0.4,
  repeat: 0.5,
  escalation: 1.0,
} as const;
/** Probability 0.35: complaints are what an agent must not miss, so recall is favoured a little. */
export const COMPLAINT_THRESHOLD = Math.log(0.35 / 0.65);

export interface ComplaintResult {
  complaint: boolean;
  severity: ComplaintSeverity;
  score: number;
  spans: TextSpan[];
  problem: number;
  /** The evidence, for measuring and explaining. */
  features: Record<string, number>;
}

export function readComplaint(
  text: string,
  tokens: readonly Token[],
  hits: LexiconHits,
  feeling: EmotionResult,
  repeat: number,
  escalation: readonly EscalationFlag[],
): ComplaintResult {
  const weights = { problem: [] as number[], accusation: [] as number[], blame: [] as number[], service: [] as number[] };
  const spans: TextSpan[] = [];
  for (const m of hits.complaint) {
    const { signal, weight } = m.payload;
    weights[signal].push(weight);
    if (signal !== 'service') {
      const start = tokens[m.from]?.start ?? 0;
      const end = tokens[m.to - 1]?.end ?? start;
      spans.push({ start, end, text: text.slice(start, end) });
    }
  }
  const problem = noisyOr(weights.problem);
  const accusation = noisyOr(weights.accusation);
  const blame = noisyOr(weights.blame);
  const service = noisyOr(weights.service);
  let escalationMiss = 1;
  for (const e of escalation) escalationMiss *= 1 - e.weight;
  const escalated = 1 - escalationMiss;
  const negative = feeling.negative;
  let anger = 0;
  for (const s of feeling.scores) {
    if (s.label === 'anger') {
      anger = s.intensity;
      break;
    }
  }

  let question = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' && t.text.includes('?')) {
      question = 1;
      break;
    }
  }
  const score =
    WEIGHTS.bias +
    WEIGHTS.problem * problem +
    WEIGHTS.accusation * accusation +
    WEIGHTS.blame * blame +
    WEIGHTS.service * service +
    WEIGHTS.negative * negative +
    WEIGHTS.positive * feeling.positive +
    WEIGHTS.question * question +
    WEIGHTS.repeat * repeat +
    WEIGHTS.escalation * escalated;
  const complaint = score >= COMPLAINT_THRESHOLD;

  let severity: ComplaintSeverity = 0;
  if (complaint) {
    if (blame >= 0.7 || escalated >= 0.6 || anger >= 0.75) severity = 4;
    else if (accusation >= 0.5 || blame >= 0.45 || anger >= 0.5 || repeat >= 0.7 || feeling.signals.caps.length > 0) severity = 3;
    else if (negative >= 0.35) severity = 2;
    else severity = 1;
  }
  if (spans.length > 1) spans.sort(byStart);
  return { complaint, severity, score: Math.round(score * 1000) / 1000, spans, problem, features: { problem, accusation, blame, service, negative, positive: feeling.positive, repeat, escalated } };
}

function byStart(a: TextSpan, b: TextSpan): number {
  return a.start - b.start;
}
