/**
 * Promises in the history database (`db.promises`): storing the ones found in sent messages and
 * the ones the agent confirms from their draft, settling them, and reading what the panel and the
 * reminders need. Each write is one transaction; the time is always an argument.
 */
import Dexie from 'dexie';
import type { ConversationSnapshot } from '../conversation/types';
import type { PromiseRecord, PromiseSource, PromiseState, TactfulDatabase } from '../db';
import { resolveCustomerId } from '../history/identity';
import { HistoryActionError } from '../history/record';
import { writeTransaction } from '../history/tx';
import { originOf } from '../conversation/identity';
import { promiseId, promisesInSnapshot, type PromiseContext } from './found';
import { settlePromises, type PromiseChange } from './settle';
import { t } from '../i18n';

/** Where a conversation was recorded (what `recordConversation` returned). */
export interface PromiseHome {
  customerId: string;
  contactId: string;
  url: string;
  /** `adapter@origin`. */
  helpdesk: string;
}

export function homeOf(snapshot: ConversationSnapshot, recorded: { customerId: string; contactId: string }): PromiseHome {
  return { ...recorded, url: snapshot.url, helpdesk: `${snapshot.helpdesk}@${originOf(snapshot.url)}` };
}

export interface NewPromise {
  text: string;
  dueAt: string;
  madeAt: string;
  source: PromiseSource;
}

/**
 * Store promises unless already stored (by conversation and wording): a message read again adds
 * nothing, and a promise already settled or dismissed stays as it is. Returns the ones added.
 */
export async function addPromises(db: TactfulDatabase, home: PromiseHome, promises: readonly NewPromise[]): Promise<PromiseRecord[]> {
  if (promises.length === 0) return [];
  return writeTransaction(db, [db.promises], async () => {
    const ids = promises.map((p) => promiseId(home.contactId, p.text));
    const existing = await db.promises.bulkGet(ids);
    const added: PromiseRecord[] = [];
    promises.forEach((p, i) => {
      if (existing[i] || added.some((a) => a.id === ids[i])) return;
      added.push({
        id: ids[i]!,
        customerId: home.customerId,
        contactId: home.contactId,
        url: home.url,
        helpdesk: home.helpdesk,
        text: p.text,
        dueAt: p.dueAt,
        madeAt: p.madeAt,
        state: 'open',
        source: p.source,
      });
    });
    await db.promises.bulkAdd(added);
    return added;
  });
}

/** The agent confirmed a promise in their draft: remember it, made now. */
export async function confirmPromise(db: TactfulDatabase, home: PromiseHome, promise: { text: string; dueAt: string }, now: Date): Promise<PromiseRecord> {
  const text = promise.text.trim();
  if (!text) throw new HistoryActionError(t('lib.promises.noWords'));
  const [added] = await addPromises(db, home, [{ text, dueAt: promise.dueAt, madeAt: now.toISOString(), source: 'confirmed' }]);
  if (added) return added;
  const stored = await db.promises.get(promiseId(home.contactId, text));
  if (!stored) throw new HistoryActionError(t('lib.promises.gone'));
  return stored;
}

async function applyChanges(db: TactfulDatabase, changes: readonly PromiseChange[]): Promise<void> {
  for (const c of changes) await db.promises.update(c.id, { state: c.state, settledAt: c.settledAt });
}

/**
 * What a new reading of a conversation says about its promises: the promises in the agent's sent
 * messages are stored (once), and open ones are settled — kept by a later agent message, missed
 * when their time passed. Returns what changed, so the caller can re-arm the reminders.
 */
export async function trackConversation(
  db: TactfulDatabase,
  snapshot: ConversationSnapshot,
  home: PromiseHome,
  now: Date,
  ctx: PromiseContext,
): Promise<{ added: number; settled: PromiseChange[] }> {
  const found = promisesInSnapshot(snapshot, ctx);
  const added = await addPromises(
    db,
    home,
    found.map((p) => ({ text: p.text, dueAt: p.dueAt, madeAt: p.madeAt, source: 'sent' as const })),
  );
  const agent = snapshot.messages.filter((m) => m.role === 'agent').map((m) => ({ text: m.text, ...(m.at ? { at: m.at } : {}) }));
  const settled = await writeTransaction(db, [db.promises], async () => {
    const mine = await db.promises.where('contactId').equals(home.contactId).toArray();
    const changes = settlePromises(mine, agent, now);
    await applyChanges(db, changes);
    return changes;
  });
  return { added: added.length, settled };
}

/** Open promises whose time passed become missed (the background's check). */
export async function markMissed(db: TactfulDatabase, now: Date): Promise<PromiseChange[]> {
  return writeTransaction(db, [db.promises], async () => {
    const open = await openPromises(db);
    const changes = settlePromises(open, undefined, now);
    await applyChanges(db, changes);
    return changes;
  });
}

/** The agent's own word on a promise: done (kept), dismissed, or back to open. */
export async function setPromiseStatus(db: TactfulDatabase, id: string, state: PromiseState, now: Date): Promise<void> {
  const changed = await db.promises.update(id, state === 'open' ? { state, settledAt: undefined } : { state, settledAt: now.toISOString() });
  if (!changed) throw new HistoryActionError(t('lib.promises.gone'));
}

export async function markReminded(db: TactfulDatabase, id: string, now: Date): Promise<void> {
  await db.promises.update(id, { remindedAt: now.toISOString() });
}

/** Every open promise, soonest due first (by the `[state+dueAt]` index). */
export async function openPromises(db: TactfulDatabase): Promise<PromiseRecord[]> {
  return db.promises.where('[state+dueAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).toArray();
}

/** What the reminders are planned from: open promises, and missed ones due since `since`. */
export async function promisesToSchedule(db: TactfulDatabase, since: Date): Promise<PromiseRecord[]> {
  return db.transaction('r', [db.promises], async () => {
    const [open, missed] = await Promise.all([
      openPromises(db),
      db.promises.where('[state+dueAt]').between(['missed', since.toISOString()], ['missed', Dexie.maxKey]).toArray(),
    ]);
    return [...open, ...missed];
  });
}

/**
 * The customer's promises the agent still has to act on (open, or missed and not dismissed),
 * soonest due first. A merged customer's old id still works.
 */
export async function activePromisesFor(db: TactfulDatabase, customerId: string): Promise<PromiseRecord[]> {
  const id = (await resolveCustomerId(db, customerId)) ?? customerId;
  const all = await db.promises.where('customerId').equals(id).toArray();
  return all
    .filter((p) => p.state === 'open' || p.state === 'missed')
    .sort((a, b) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff'));
}

