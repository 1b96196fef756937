/**
 * One customer message → what Tactful understands about it. Pure and synchronous: the lexicons are
 * compiled once when the module loads, and each call only walks the message's tokens.
 */
import { readCategory } from './category';
import { readComplaint } from './complaint';
import { readMessageKind } from './kind';
import { signedName as customerNameFromSignature } from './customer-name';
import { BORROWED_EVIDENCE, EMOTION_FLOOR, readEmotion, type BorrowedCue, type EmotionResult } from './emotion';
import { findLexiconHits } from './lexicon-hits';
import { findMirrorPhrases } from './mirror';
import { readLength, tokenize, type Token } from './tokenize';
import type { AnalyzeMessageOptions, EscalationFlag, MessageAnalysis, TextSpan } from './types';
import { readUrgency } from './urgency';

function spanOf(text: string, tokens: readonly Token[], from: number, to: number): TextSpan {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? start;
  return { start, end, text: text.slice(start, end) };
}

export function analyzeMessage(message: string, opts: AnalyzeMessageOptions = {}): MessageAnalysis {
  // A message is read up to MAX_MESSAGE_CHARS (lib/language/limits.ts).
  const text = message.length === readLength(message) ? message : message.slice(0, readLength(message));
  const tokens = tokenize(text);
  const hits = findLexiconHits(tokens);

  const escalation: EscalationFlag[] = [];
  for (const m of hits.escalation) {
    const s = spanOf(text, tokens, m.from, m.to);
    escalation.push({ start: s.start, end: s.end, text: s.text, risk: m.payload.risk, weight: m.payload.weight });
  }
  const repeatContact: TextSpan[] = [];
  let repeatMiss = 1;
  for (const m of hits.repeat) {
    repeatContact.push(spanOf(text, tokens, m.from, m.to));
    repeatMiss *= 1 - m.payload.weight;
  }
  const repeat = 1 - repeatMiss;

  // Having to ask again frustrates, threats come with anger, and a reported fault is at least a
  // mild frustration: the emotion reading borrows that evidence with the words that showed it.
  const borrowed: BorrowedCue[] = [];
  for (const m of hits.repeat) {
    borrowed.push({ emotion: 'frustration', weight: m.payload.weight * BORROWED_EVIDENCE.repeatToFrustration, span: spanOf(text, tokens, m.from, m.to) });
  }
  for (const e of escalation) {
    borrowed.push({ emotion: 'anger', weight: e.weight * BORROWED_EVIDENCE.escalationToAnger, span: { start: e.start, end: e.end, text: e.text } });
  }
  for (const m of hits.complaint) {
    if (m.payload.signal !== 'problem') continue;
    borrowed.push({ emotion: 'frustration', weight: m.payload.weight * BORROWED_EVIDENCE.problemToFrustration, span: spanOf(text, tokens, m.from, m.to) });
  }

  const feeling = readEmotion(text, tokens, hits, borrowed);
  let complaint = readComplaint(text, tokens, hits, feeling, repeat, escalation);
  const kind = readMessageKind(text, tokens, hits, feeling, complaint, repeat);
  if (kind.praiseWithProblem && withoutSatisfaction(feeling, kind.kind === 'problem' ? 'neutral' : 'negative')) {
    complaint = readComplaint(text, tokens, hits, feeling, repeat, escalation);
  }
  const category = readCategory(text, tokens, hits);
  let anxiety = 0;
  for (const s of feeling.scores) {
    if (s.label === 'anxiety') {
      anxiety = s.intensity;
      break;
    }
  }
  const urgency = readUrgency(text, tokens, hits, anxiety);
  const mirror = findMirrorPhrases(text, tokens, hits, feeling.cues, opts.maxMirrorPhrases ?? 2);
  const signedName = customerNameFromSignature(text);

  return {
    emotion: feeling.reading,
    emotions: feeling.scores,
    cues: feeling.cues,
    signals: feeling.signals,
    polarity: feeling.polarity,
    sentiment: feeling.sentiment,
    complaint: complaint.complaint,
    severity: complaint.severity,
    complaintSpans: complaint.spans,
    category: category.reading,
    categories: category.scores,
    urgency,
    escalation,
    repeatContact,
    mirror,
    ...(signedName ? { signedName } : {}),
    kind: kind.kind,
    asks: kind.asks,
    requests: kind.requests,
    praiseWithProblem: kind.praiseWithProblem,
    kindSpans: kind.spans,
  };
}

/**
 * Thanks or praise beside a problem is irony ("Great, another week with no internet. Thanks a lot.")
 * or manners, never satisfaction: the reading is made again from the other feelings.
 */
function withoutSatisfaction(feeling: EmotionResult, polarityIfPositive: 'neutral' | 'negative'): boolean {
  const scores = feeling.scores.filter((s) => s.label !== 'satisfaction');
  if (scores.length === feeling.scores.length) return false;
  feeling.scores = scores;
  feeling.cues = feeling.cues.filter((c) => c.emotion !== 'satisfaction');
  const top = scores[0];
  feeling.reading = top && top.intensity >= EMOTION_FLOOR ? { label: top.label, intensity: top.intensity, spans: top.spans } : { label: 'neutral', intensity: 0, spans: [] };
  feeling.positive = 0;
  feeling.sentiment = Math.round(-feeling.negative * 1000) / 1000;
  if (feeling.polarity === 'positive') feeling.polarity = feeling.negative >= 0.3 ? 'negative' : polarityIfPositive;
  return true;
}
