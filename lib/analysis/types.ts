/**
 * What Tactful understands about the customer: per message (`MessageAnalysis`) and for the whole
 * conversation (`Insight`). Plain JSON, so an insight can cross contexts and be stored in history.
 */

/** The feelings the panel names. `neutral` is the absence of a clear one. */
export type EmotionLabel =
  | 'anger'
  | 'frustration'
  | 'anxiety'
  | 'confusion'
  | 'disappointment'
  | 'satisfaction'
  | 'neutral';

export type FeltEmotion = Exclude<EmotionLabel, 'neutral'>;

export const FELT_EMOTIONS: readonly FeltEmotion[] = [
  'anger',
  'frustration',
  'anxiety',
  'confusion',
  'disappointment',
  'satisfaction',
];

export type Polarity = 'negative' | 'neutral' | 'positive';

/**
 * What the message is: a question or plain request to answer, a problem report, a complaint (a
 * problem with reproach or a negative feeling), a chase (they have asked before), thanks or praise
 * (often for something resolved), or no request at all. The draft's shape follows it.
 */
export type MessageKind = 'question' | 'problem' | 'complaint' | 'chase' | 'thanks' | 'no-request';

export const MESSAGE_KINDS: readonly MessageKind[] = ['question', 'problem', 'complaint', 'chase', 'thanks', 'no-request'];

/**
 * What the issue is about. `refund` covers returns, `billing` covers payment, `damaged` covers
 * defective goods, `account` covers login, `service` is a complaint about service or staff.
 */
export type IssueCategory =
  | 'delivery'
  | 'order'
  | 'refund'
  | 'billing'
  | 'damaged'
  | 'technical'
  | 'account'
  | 'cancellation'
  | 'service'
  | 'feedback'
  | 'other';

export const ISSUE_CATEGORIES: readonly IssueCategory[] = [
  'delivery',
  'order',
  'refund',
  'billing',
  'damaged',
  'technical',
  'account',
  'cancellation',
  'service',
  'feedback',
  'other',
];

/** A risk beyond this conversation, flagged separately from the emotion. */
export type EscalationRisk = 'cancel' | 'leave' | 'review' | 'chargeback' | 'legal' | 'regulator';

export type UrgencyCueKind = 'deadline' | 'plea' | 'health' | 'safety' | 'business';

/** 0 none, 1 no explicit reproach, 2 disapproval, 3 accusation, 4 blame (the X-CI scale). */
export type ComplaintSeverity = 0 | 1 | 2 | 3 | 4;

/** A piece of the message text: `text === message.slice(start, end)` (UTF-16 offsets). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One cue that showed an emotion, with how much it counted after negation and modifiers. */
export interface EmotionCue extends TextSpan {
  emotion: FeltEmotion;
  weight: number;
  /** The cue was negated and read as this emotion instead ("not happy" → disappointment). */
  negated?: boolean;
}

export interface EmotionReading {
  label: EmotionLabel;
  /** 0..1; 0 for neutral. */
  intensity: number;
  /** The customer's words that showed it. */
  spans: TextSpan[];
}

export interface EmotionScore {
  label: FeltEmotion;
  intensity: number;
  spans: TextSpan[];
}

/** How the text itself raised the intensity: shouting, "!!!", "?!", emoji, "sooo". */
export interface IntensitySignals {
  caps: TextSpan[];
  punctuation: TextSpan[];
  emoji: TextSpan[];
  elongated: TextSpan[];
}

export interface EscalationFlag extends TextSpan {
  risk: EscalationRisk;
  weight: number;
}

export interface UrgencyCue extends TextSpan {
  kind: UrgencyCueKind;
  weight: number;
}

export interface UrgencyReading {
  /** 0..1 */
  score: number;
  cues: UrgencyCue[];
}

export interface CategoryReading {
  label: IssueCategory;
  /** 0..1 */
  confidence: number;
  spans: TextSpan[];
}

export interface CategoryScore {
  label: IssueCategory;
  score: number;
}

/** A phrase of the customer's, turned to the agent's side, ready to be said back to them. */
export interface MirrorPhrase {
  /** "your parcel still hasn't arrived" */
  text: string;
  /** Where it came from in the customer's message. */
  source: TextSpan;
}

export interface MessageAnalysis {
  emotion: EmotionReading;
  /** Every emotion with any evidence, strongest first. */
  emotions: EmotionScore[];
  cues: EmotionCue[];
  signals: IntensitySignals;
  polarity: Polarity;
  /** -1..1: positive evidence minus negative evidence. */
  sentiment: number;
  complaint: boolean;
  severity: ComplaintSeverity;
  /** The words that made it a complaint (problems, accusations, blame). */
  complaintSpans: TextSpan[];
  category: CategoryReading;
  categories: CategoryScore[];
  urgency: UrgencyReading;
  escalation: EscalationFlag[];
  /** "third time", "still", "again": the customer has had to ask before. */
  repeatContact: TextSpan[];
  mirror: MirrorPhrase[];
  /** A first name found in the message's sign-off, if any. */
  signedName?: string;
  /** What the message is (question, problem, complaint, chase, thanks, no request). */
  kind: MessageKind;
  /** It asks something: a "?", a question's word order, "I'd like to know". */
  asks: boolean;
  /** It asks for something to be done ("I want to cancel", "please send"). */
  requests: boolean;
  /** Thanks or praise beside a problem (irony, or manners): its satisfaction was not counted. */
  praiseWithProblem: boolean;
  /** The words that made it a chase or a problem report. */
  kindSpans: TextSpan[];
}

export type CustomerNameSource = 'helpdesk' | 'signature' | 'email' | 'none';

export interface CustomerAddress {
  /** The name to greet them by ("Jane"), when known. */
  firstName?: string;
  /** The full name as found. */
  fullName?: string;
  source: CustomerNameSource;
}

/** A span in one of the snapshot's messages. */
export interface ConversationSpan extends TextSpan {
  /** Index into `snapshot.messages`. */
  messageIndex: number;
}

export interface AnalysedMessage {
  /** Index into `snapshot.messages`. */
  index: number;
  id?: string;
  at?: string;
  /** The message text: the key its analysis is reused by on the next update. */
  text: string;
  /** The weight this message had in the conversation reading (latest = 1). */
  weight: number;
  analysis: MessageAnalysis;
}

export interface Insight {
  emotion: { label: EmotionLabel; intensity: number; spans: ConversationSpan[] };
  emotions: { label: FeltEmotion; intensity: number }[];
  polarity: Polarity;
  complaint: boolean;
  severity: ComplaintSeverity;
  category: { label: IssueCategory; confidence: number };
  urgency: { score: number; cues: (UrgencyCue & { messageIndex: number })[] };
  escalation: (EscalationFlag & { messageIndex: number })[];
  repeatContact: ConversationSpan[];
  /** Phrases to mirror, from the most recent messages first. */
  mirror: (MirrorPhrase & { messageIndex: number })[];
  customer: CustomerAddress;
  /** What the customer's latest message is (a chase when they say they are still waiting). */
  kind: MessageKind;
  /** What they asked, restated for "You asked …" ("whether you can send the invoice again"), when it can be said grammatically. */
  question?: MirrorPhrase & { messageIndex: number };
  /** The customer says it is resolved or thanks us for something done (a thank-you with no problem). */
  resolved: boolean;
  /** The customer's messages only, oldest first. */
  messages: AnalysedMessage[];
  /** Present when the analysis did not read everything (lib/language/limits.ts). */
  read?: {
    /** The oldest customer messages left out to stay within `maxConversationChars`. */
    messagesSkipped: number;
    /** Messages read only up to `maxMessageChars`. */
    messagesCut: number;
    maxMessageChars: number;
    maxConversationChars: number;
  };
}

export interface AnalyzeMessageOptions {
  /** How many phrases to offer for mirroring (default 2). */
  maxMirrorPhrases?: number;
}
