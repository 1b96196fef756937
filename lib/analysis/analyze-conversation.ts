/**
 * The conversation → one Insight. Only the customer's messages count, and recent ones weigh more:
 * someone who was furious three messages ago and now says "thanks, sorted" is satisfied, while the
 * earlier anger still shows in the history. Each message is analysed once and kept in a cache keyed
 * by its text, so when one message arrives only that one is analysed.
 */
import type { ConversationSnapshot } from '../conversation/types';
import { MAX_CONVERSATION_CHARS, MAX_MESSAGE_CHARS } from '../language/limits';
import { analyzeMessage } from './analyze-message';
import { addressCustomer } from './customer-name';
import { EMOTION_FLOOR } from './emotion';
import { restatement, restateQuestion } from './restate';
import type {
  AnalysedMessage,
  AnalyzeMessageOptions,
  ComplaintSeverity,
  ConversationSpan,
  FeltEmotion,
  Insight,
  IssueCategory,
  MessageAnalysis,
  MessageKind,
  Polarity,
} from './types';
import { FELT_EMOTIONS } from './types';

/** Remembers message analyses by text. Bounded: the oldest entries go first. */
export interface AnalysisCache {
  get(key: string): MessageAnalysis | undefined;
  set(key: string, analysis: MessageAnalysis): void;
  readonly size: number;
}

export function createAnalysisCache(limit = 2000): AnalysisCache {
  const map = new Map<string, MessageAnalysis>();
  return {
    get(key) {
      return map.get(key);
    },
    set(key, analysis) {
      if (map.has(key)) map.delete(key);
      map.set(key, analysis);
      if (map.size > limit) {
        const oldest = map.keys().next();
        if (!oldest.done) map.delete(oldest.value);
      }
    },
    get size() {
      return map.size;
    },
  };
}

/** Used when the caller passes no cache: the panel gets incremental updates without wiring. */
const sharedCache = createAnalysisCache();

export interface AnalyzeConversationOptions extends AnalyzeMessageOptions {
  /** The insight from the last snapshot: its message analyses are reused by text. */
  previous?: Insight;
  cache?: AnalysisCache;
  /** Weight kept per newer customer message (default 0.5: the one before the latest counts half). */
  decay?: number;
  /** Phrases to mirror across the conversation (default 3). */
  maxMirror?: number;
}

const EMOTION_INDEX = new Map<FeltEmotion, number>(FELT_EMOTIONS.map((e, i) => [e, i]));

/** Words that say something is done, in a thank-you with no problem in it ("that fixed it", "it arrived"). */
const RESOLVED = /\b(?:sorted|fixed|resolved|solved|works|working|arrived|received|got it|came|come through|went through|refunded|done|helped|all good)\b/i;
/** A message counts towards "is this a complaint" while its weight is at least this (the last 3). */
const RECENT_WEIGHT = 0.25;
const POLARITY_BAND = 0.12;
const MAX_SPANS = 8;

function cacheKey(text: string, opts: AnalyzeMessageOptions): string {
  return opts.maxMirrorPhrases === undefined ? text : `${opts.maxMirrorPhrases}\u0000${text}`;
}

export function analyzeConversation(snapshot: ConversationSnapshot, opts: AnalyzeConversationOptions = {}): Insight {
  const cache = opts.cache ?? sharedCache;
  const decay = opts.decay ?? 0.5;
  const messageOpts: AnalyzeMessageOptions = opts.maxMirrorPhrases === undefined ? {} : { maxMirrorPhrases: opts.maxMirrorPhrases };
  const reusable = new Map<string, MessageAnalysis>();
  if (opts.previous && opts.maxMirrorPhrases === undefined) {
    for (const m of opts.previous.messages) reusable.set(m.text, m.analysis);
  }

  const all = snapshot.messages;
  const customerIndexes: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i] as (typeof all)[number];
    if (m.role === 'customer' && m.text.trim()) customerIndexes.push(i);
  }
  // Read at most MAX_CONVERSATION_CHARS, newest messages first; each message up to MAX_MESSAGE_CHARS.
  let budget = MAX_CONVERSATION_CHARS;
  let first = customerIndexes.length;
  let cut = 0;
  while (first > 0) {
    const length = (all[customerIndexes[first - 1] as number] as (typeof all)[number]).text.length;
    if (length > budget) break;
    budget -= Math.min(length, MAX_MESSAGE_CHARS);
    if (length > MAX_MESSAGE_CHARS) cut++;
    first--;
  }
  const skipped = first;
  if (skipped > 0) customerIndexes.splice(0, skipped);
  const n = customerIndexes.length;
  const messages: AnalysedMessage[] = new Array<AnalysedMessage>(n);
  for (let k = 0; k < n; k++) {
    const index = customerIndexes[k] as number;
    const message = all[index] as (typeof all)[number];
    const text = message.text;
    const key = cacheKey(text, messageOpts);
    let analysis = reusable.get(text) ?? cache.get(key);
    if (!analysis) {
      analysis = analyzeMessage(text, messageOpts);
    }
    cache.set(key, analysis);
    const weight = Math.round(Math.pow(decay, n - 1 - k) * 1e6) / 1e6;
    // The same fields in the same order as before, without building spread objects for the usual
    // message that has neither id nor time.
    messages[k] =
      message.id === undefined && message.at === undefined
        ? { index, text, weight, analysis }
        : {
            index,
            ...(message.id !== undefined ? { id: message.id } : {}),
            ...(message.at !== undefined ? { at: message.at } : {}),
            text,
            weight,
            analysis,
          };
  }
  const insight = combine(snapshot, messages, opts.maxMirror ?? 3);
  if (skipped > 0 || cut > 0) insight.read = { messagesSkipped: skipped, messagesCut: cut, maxMessageChars: MAX_MESSAGE_CHARS, maxConversationChars: MAX_CONVERSATION_CHARS };
  return insight;
}

function combine(snapshot: ConversationSnapshot, messages: readonly AnalysedMessage[], maxMirror: number): Insight {
  let totalWeight = 0;
  // Per emotion (FELT_EMOTIONS order): the weighted sum, and whether any message showed it.
  const emotionSums = new Float64Array(FELT_EMOTIONS.length);
  const emotionSeen = new Uint8Array(FELT_EMOTIONS.length);
  let sentiment = 0;
  let complaint = false;
  let severity: ComplaintSeverity = 0;
  const categoryVotes = new Map<IssueCategory, number>();
  let categoryWeight = 0;
  let urgency = 0;

  for (const m of messages) {
    const a = m.analysis;
    totalWeight += m.weight;
    for (const e of a.emotions) {
      const k = EMOTION_INDEX.get(e.label) as number;
      emotionSums[k] = (emotionSums[k] as number) + m.weight * e.intensity;
      emotionSeen[k] = 1;
    }
    sentiment += m.weight * a.sentiment;
    if (m.weight >= RECENT_WEIGHT && a.complaint) {
      complaint = true;
      if (a.severity > severity) severity = a.severity;
    }
    if (a.category.label !== 'other') {
      categoryVotes.set(a.category.label, (categoryVotes.get(a.category.label) ?? 0) + m.weight * a.category.confidence);
      categoryWeight += m.weight;
    }
    // A deadline said earlier still stands; it only fades a little.
    urgency = Math.max(urgency, a.urgency.score * (0.6 + 0.4 * m.weight));
  }

  const emotions: Insight['emotions'] = [];
  for (let k = 0; k < FELT_EMOTIONS.length; k++) {
    if (emotionSeen[k]) emotions.push({ label: FELT_EMOTIONS[k] as FeltEmotion, intensity: round((emotionSums[k] as number) / (totalWeight || 1)) });
  }
  emotions.sort((a, b) => b.intensity - a.intensity);
  const top = emotions[0];
  const label = top && top.intensity >= EMOTION_FLOOR ? top.label : 'neutral';
  const spans: ConversationSpan[] = [];
  if (label !== 'neutral') {
    for (let i = messages.length - 1; i >= 0 && spans.length < MAX_SPANS; i--) {
      const m = messages[i] as AnalysedMessage;
      const score = m.analysis.emotions.find((e) => e.label === label);
      for (const s of score?.spans ?? []) if (spans.length < MAX_SPANS) spans.push({ ...s, messageIndex: m.index });
    }
  }

  const meanSentiment = sentiment / (totalWeight || 1);
  const polarity: Polarity = meanSentiment > POLARITY_BAND ? 'positive' : meanSentiment < -POLARITY_BAND ? 'negative' : 'neutral';

  let category: Insight['category'] = { label: 'other', confidence: 0.2 };
  let best = 0;
  for (const [c, vote] of categoryVotes) {
    if (vote > best) {
      best = vote;
      category = { label: c, confidence: round(vote / (categoryWeight || 1)) };
    }
  }

  const newestFirst = [...messages].reverse();
  const kind = conversationKind(snapshot, messages);
  const question = askedQuestion(snapshot, messages);
  const urgencyCues: Insight['urgency']['cues'] = [];
  const escalation: Insight['escalation'] = [];
  const repeatContact: Insight['repeatContact'] = [];
  for (const m of newestFirst) {
    const a = m.analysis;
    for (const c of a.urgency.cues) urgencyCues.push({ ...c, messageIndex: m.index });
    for (const e of a.escalation) escalation.push({ ...e, messageIndex: m.index });
    for (const s of a.repeatContact) repeatContact.push({ ...s, messageIndex: m.index });
  }
  return {
    emotion: { label, intensity: label === 'neutral' ? 0 : (top?.intensity ?? 0), spans },
    emotions,
    polarity,
    complaint,
    severity,
    category,
    urgency: {
      score: round(urgency),
      cues: urgencyCues,
    },
    escalation,
    repeatContact,
    mirror: mirrorPhrases(newestFirst, maxMirror),
    customer: addressCustomer(
      snapshot.customer,
      messages.map((m) => m.analysis.signedName),
    ),
    kind,
    ...(question ? { question } : {}),
    resolved: kind === 'thanks' && RESOLVED.test(messages[messages.length - 1]?.text ?? ''),
    messages: [...messages],
  };
}

/**
 * The first `max` mirror phrases that can be said back grammatically (see restate.ts), newest
 * message first: only as many are checked and copied as are kept.
 */
function mirrorPhrases(newestFirst: readonly AnalysedMessage[], max: number): Insight['mirror'] {
  const out: Insight['mirror'] = [];
  const limit = Number.isInteger(max) && max >= 0 ? max : Infinity;
  for (const m of newestFirst) {
    for (const p of m.analysis.mirror) {
      if (out.length >= limit) return out;
      const text = restatement(p.text);
      if (text) out.push({ text, source: p.source, messageIndex: m.index });
    }
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * What the conversation asks of the agent now: the latest customer message's kind, except that a
 * bare nudge ("Hello??", "Any news?") after their own unanswered problem or request is a chase.
 */
function conversationKind(snapshot: ConversationSnapshot, messages: readonly AnalysedMessage[]): MessageKind {
  const latest = messages[messages.length - 1];
  if (!latest) return 'no-request';
  const kind = latest.analysis.kind;
  if (kind !== 'no-request' && kind !== 'question') return kind;
  const earlier = messages[messages.length - 2];
  if (!earlier) return kind;
  const answered = snapshot.messages.slice(earlier.index + 1, latest.index).some((m) => m.role === 'agent');
  if (answered) return kind;
  const before = earlier.analysis;
  if (before.kind === 'problem' || before.kind === 'complaint' || before.kind === 'chase') return kind === 'question' && latest.text.length > 60 ? kind : 'chase';
  if (before.kind === 'question' && kind === 'no-request') return 'chase';
  return kind;
}

/** The latest customer message's question, restated for "You asked …", when it can be. */
function askedQuestion(snapshot: ConversationSnapshot, messages: readonly AnalysedMessage[]): Insight['question'] {
  const latest = messages[messages.length - 1];
  if (!latest || !latest.analysis.asks) return undefined;
  const restated = restateQuestion(latest.text);
  void snapshot;
  return restated ? { ...restated, messageIndex: latest.index } : undefined;
}
