/**
 * Whether a promise was kept: a later message from the agent in the same conversation, sent after
 * the promise was made and no later than it was due, keeps it (the customer heard back in time);
 * a due time that passes with none missed it. Pure: the conversation and the time are arguments.
 */
import type { PromiseRecord, PromiseState } from '../db';
import { normalizePromise } from './found';

export interface AgentMessage {
  /** ISO 8601; a message without a time says nothing about when the customer heard back. */
  at?: string;
  text: string;
}

export interface PromiseChange {
  id: string;
  state: Extract<PromiseState, 'kept' | 'missed'>;
  /** When it was kept (the message's time) or missed (its due time). */
  settledAt: string;
}

/** Does this message itself make the promise (the message it was found in, or a copy quoting it)? */
function makes(message: AgentMessage, promise: PromiseRecord): boolean {
  return normalizePromise(message.text).includes(normalizePromise(promise.text));
}

/**
 * Open promises that became kept or missed. `messages`: the agent's messages in the promise's
 * conversation (pass `undefined` to check due times only, as the background does).
 */
export function settlePromises(promises: readonly PromiseRecord[], messages: readonly AgentMessage[] | undefined, now: Date): PromiseChange[] {
  const changes: PromiseChange[] = [];
  const nowMs = now.getTime();
  for (const p of promises) {
    if (p.state !== 'open') continue;
    const made = Date.parse(p.madeAt);
    const due = p.dueAt ? Date.parse(p.dueAt) : undefined;
    const reply = messages?.find((m) => {
      if (!m.at) return false;
      const at = Date.parse(m.at);
      return at > made && (due === undefined || at <= due) && !makes(m, p);
    });
    if (reply?.at) changes.push({ id: p.id, state: 'kept', settledAt: new Date(reply.at).toISOString() });
    else if (due !== undefined && due <= nowMs) changes.push({ id: p.id, state: 'missed', settledAt: new Date(due).toISOString() });
  }
  return changes;
}
