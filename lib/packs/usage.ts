/**
 * Which pack phrases the agent inserted, and how much they changed them before sending. Pure: no
 * storage, no DOM; the side panel feeds it what it sees and writes the counts (lib/packs/usage-db.ts).
 *
 * The measure (the "edit ratio" of one insertion), from 0 to 1:
 * - the phrase as inserted and the text it ended up in are split into words (letters and digits,
 *   case and punctuation ignored);
 * - the edit distance in words (insert, delete or replace one word costs 1) between the phrase and
 *   the run of words in the final text closest to it (a semi-global alignment: the agent's own
 *   words before and after the phrase cost nothing);
 * - divided by the phrase's word count, at most 1. 0: sent word for word; 0.25: about one word in
 *   four changed; 1: rewritten or removed.
 *
 * "The text it ended up in" is the conversation's next agent message (the reply as sent). When no
 * new agent message shows up while the panel is open (the panel closed, or an hour passed), the
 * last draft seen is used; when that draft is empty the outcome is unknown and nothing is measured
 * (the insertion still counts as used).
 */

/** The longest stretches compared: a phrase is a sentence or two, a reply a few hundred words. */
const MAX_PHRASE_WORDS = 200;
const MAX_TEXT_WORDS = 5000;

/** After this long without a new agent message, the insertion is measured against the last draft. */
export const MEASURE_AFTER_MS = 60 * 60 * 1000;

/** Letters and digits, with inner apostrophes ("don't"); linear (each repeat starts with an apostrophe). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function words(text: string, max: number = MAX_TEXT_WORDS): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    out.push(match[0].toLowerCase().replace(/’/g, "'"));
    if (out.length >= max) break;
  }
  return out;
}

/** Word edit distance from `phrase` to the closest run of words in `text` (free before and after). */
export function closestRunDistance(phrase: readonly string[], text: readonly string[]): number {
  const m = phrase.length;
  if (m === 0) return 0;
  // prev[j]: cost of the first i phrase words ending at text word j; row 0 is free everywhere.
  let prev = new Array<number>(text.length + 1).fill(0);
  let next = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    next[0] = i;
    const word = phrase[i - 1];
    for (let j = 1; j <= text.length; j++) {
      const replace = prev[j - 1]! + (word === text[j - 1] ? 0 : 1);
      next[j] = Math.min(replace, prev[j]! + 1, next[j - 1]! + 1);
    }
    [prev, next] = [next, prev];
  }
  return Math.min(...prev);
}

/** The edit ratio (see above) of a phrase inserted as `inserted` that ended up in `final`. */
export function editRatio(inserted: string, final: string): number {
  const phrase = words(inserted, MAX_PHRASE_WORDS);
  if (phrase.length === 0) return 0;
  return Math.min(1, closestRunDistance(phrase, words(final)) / phrase.length);
}

/** Where the agent is: one conversation (by helpdesk and its id or address) and its agent messages. */
export interface UseContext {
  conversation: string;
  /** The agent's messages in the conversation, oldest first. */
  agentMessages: readonly string[];
}

interface Pending {
  key: string;
  text: string;
  conversation: string;
  /** Agent messages already there when the phrase was inserted. */
  agentCount: number;
  at: number;
  lastDraft?: string;
}

export interface PhraseUseEvents {
  inserted(key: string, at: Date): void;
  measured(key: string, ratio: number): void;
}

/**
 * Follows insertions until they can be measured. Feed it every insertion, every draft and every
 * reading of the conversation; it calls `measured` once per insertion (or never, when unknown).
 */
export class PhraseUseTracker {
  private pending: Pending[] = [];

  constructor(
    private readonly events: PhraseUseEvents,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The agent inserted phrase `key` as `text` into the reply of `where`. */
  inserted(key: string, text: string, where: UseContext): void {
    const at = this.clock();
    this.events.inserted(key, at);
    this.pending.push({ key, text, conversation: where.conversation, agentCount: where.agentMessages.length, at: at.getTime() });
    this.expire();
  }

  /** The draft of `conversation` is now `text`. */
  draft(conversation: string, text: string): void {
    for (const p of this.pending) if (p.conversation === conversation) p.lastDraft = text;
    this.expire();
  }

  /** A reading of the conversation: a new agent message is the reply as sent. */
  read(where: UseContext): void {
    this.pending = this.pending.filter((p) => {
      if (p.conversation !== where.conversation) return true;
      if (where.agentMessages.length < p.agentCount) {
        p.agentCount = where.agentMessages.length; // the page shows fewer (a shorter view): follow it
        return true;
      }
      const sent = where.agentMessages[p.agentCount];
      if (sent === undefined) return true;
      this.events.measured(p.key, editRatio(p.text, sent));
      return false;
    });
    this.expire();
  }

  /** Measure what is left against the last draft seen (the panel is closing). */
  flush(): void {
    for (const p of this.pending) this.fromDraft(p);
    this.pending = [];
  }

  /** Insertions still waiting for the reply to be sent. */
  get waiting(): number {
    return this.pending.length;
  }

  private expire(): void {
    const now = this.clock().getTime();
    this.pending = this.pending.filter((p) => {
      if (now - p.at < MEASURE_AFTER_MS) return true;
      this.fromDraft(p);
      return false;
    });
  }

  private fromDraft(p: Pending): void {
    if (p.lastDraft && words(p.lastDraft).length > 0) this.events.measured(p.key, editRatio(p.text, p.lastDraft));
  }
}
