/**
 * The inputs and outputs of suggestions. The insight is read structurally: the analysis' full
 * `Insight` fits `SuggestInsight` (checked below), and tests can pass just the fields that matter.
 */
import type { EmotionLabel, FeltEmotion, Insight, IssueCategory, MessageKind } from '../analysis/types';
import type { Channel } from '../conversation/types';
import type { ConversationStage, Pack, Phrase, PhraseKind } from '../packs/schema';
import type { TemplateGap } from '../packs/template';

/** What suggestions need to know about the customer (a subset of lib/analysis' `Insight`). */
export interface SuggestInsight {
  emotion: { label: EmotionLabel; intensity: number };
  /** Every felt emotion with evidence, strongest first: a phrase for a secondary feeling can fit too. */
  emotions?: readonly { label: FeltEmotion; intensity: number }[];
  category: { label: IssueCategory; confidence: number };
  /** Their complaint in their words, turned to the agent's side; `source.text` is what they wrote. */
  mirror?: readonly { text: string; source?: { text: string } }[];
  /** Cues that they have had to get in touch before ("third time", "still"). */
  repeatContact?: readonly unknown[];
  complaint?: boolean;
  urgency?: { score: number; cues?: readonly { kind: string }[] };
  customer?: { firstName?: string; fullName?: string };
  /** What the latest message is; phrases declaring `messageKinds` are offered only for those, and the draft takes its shape from it. */
  kind?: MessageKind;
  /** Their question restated as an embedded clause, for "You asked …". */
  question?: { text: string };
  /** The customer says it is sorted (or thanks us for something done). */
  resolved?: boolean;
  /** The customer's messages (the latest last): how much detail they gave. */
  messages?: readonly { text: string }[];
}

// The analysis' Insight must stay usable as it is: this stops compiling if the shapes drift apart.
const insightFits = (insight: Insight): SuggestInsight => insight;
void insightFits;

/** Counts of what this agent picked; stored by the panel, updated with `recordPick`. */
export interface PhrasePreferences {
  version: 1;
  /** Picks per phrase key (`packId/phraseId`). */
  picks: Record<string, number>;
  /** Picks per kind. */
  kinds: Partial<Record<PhraseKind, number>>;
  total: number;
}

export interface SuggestContext {
  /** The agent's packs, the team's first: an earlier pack wins a tie. */
  packs: readonly Pack[];
  channel?: Channel;
  /** Where the conversation is; derived from `insight.repeatContact` when not given (see `conversationStage`). */
  stage?: ConversationStage;
  /** Overrides what the analysis found (the helpdesk's own customer record is better). */
  customer?: { firstName?: string; name?: string };
  agent?: { firstName?: string; name?: string };
  company?: string;
  ticketId?: string;
  /** A concrete time from the timescale engine, reading after a verb: "by 3pm on Wednesday". */
  timescale?: string;
  /** The problem restated; defaults to the analysis' first mirror phrase. */
  issue?: string;
  preferences?: PhrasePreferences;
  /** Only these kinds (default: all). */
  kinds?: readonly PhraseKind[];
  /** At most this many suggestions (default 12) … */
  limit?: number;
  /** … and this many of one kind (default 3). */
  perKind?: number;
  /** Phrase keys to leave out (already used in this reply). */
  exclude?: readonly string[];
  /** How many earlier conversations the history database holds for this customer (phrases that require `earlier-contact`). */
  earlierContacts?: number;
  /** An agent has already replied in this conversation (also implied by `stage: 'followup'`). */
  agentReplied?: boolean;
}

/** A visible gap in a suggestion or draft ("[when: date and time]") the agent must fill before inserting. */
export interface Placeholder {
  /** The template variable, or `answer` / `reply` for the slot where the agent writes their answer. */
  variable: string;
  /** Where the marker is in `text` (UTF-16 offsets): select it to type over it. */
  start: number;
  end: number;
}

export interface Suggestion {
  /** `packId/phraseId`: what `recordPick` and `exclude` take. */
  key: string;
  packId: string;
  phrase: Phrase;
  kind: PhraseKind;
  /** Rendered, ready to insert once `missing` is empty. */
  text: string;
  /** Variables the agent must fill first (no value and no fallback). */
  missing: string[];
  /** Where each missing value goes in `text`: at the start of its visible placeholder. */
  gaps: TemplateGap[];
  /** The visible markers standing for missing values in `text` ("[when: date and time]"). */
  placeholders: Placeholder[];
  score: number;
  /** Why this phrase, in a few words for the agent. */
  why: string;
}

/** The four things every reply answers (docs/principles.md §1). */
export type ReplyPoint = 'heard' | 'timescale' | 'owner' | 'updates';

export interface DraftPart {
  point: ReplyPoint;
  text: string;
  /** Keys of the phrases used, for `recordPick` once the agent sends it. */
  keys: string[];
}

export interface DraftReply {
  /** The whole reply: greeting, the four points, closing (and sign-off on e-mail). */
  text: string;
  parts: DraftPart[];
  greeting?: string;
  closing?: string;
  /** Variables (and `answer`/`reply` slots) the agent must fill before sending, each once. */
  missing: string[];
  /** Where each missing value goes in `text`: at the start of its visible placeholder. */
  gaps: TemplateGap[];
  /** The visible markers in `text` ("[when: date and time]", "[your answer here]"): Insert stays blocked while any is left. */
  placeholders: Placeholder[];
  /** The kind of message the draft was shaped for. */
  shape: MessageKind;
  /** Keys of every phrase used. */
  keys: string[];
}
