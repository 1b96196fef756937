import { writeTransaction } from './tx';
import type { ContactRecord, CustomerRecord, PhraseUsageRecord, TactfulDatabase } from '../db';
import { HistoryActionError } from './errors';
import { keptApart, keyRank } from './identity';
import { absorbCustomer, historyTables, withoutUndefined } from './record';
import { t } from '../i18n';

/**
 * What the agent decides about identity by hand: two records are one person (merge, with undo), or
 * one record is two people (split). Each is one transaction over every history table, so it
 * happens completely or not at all, and a decision to keep two apart is stored on both records
 * (`apart`) so recording never joins them again on its own.
 */

/** Everything needed to take a merge back: both records as they were and what moved. */
export interface MergeUndo {
  into: CustomerRecord;
  other: CustomerRecord;
  contacts: string[];
  notes: string[];
  promises: string[];
  /** The merged-away customer's phrase counts as they were (they were added to the kept one's). */
  phraseUsage: PhraseUsageRecord[];
}

export interface MergeResult {
  customer: CustomerRecord;
  /** Absent when there was nothing to do (the two were already one). */
  undo?: MergeUndo;
}

/**
 * The agent says two records are one person: everything of `otherId` (conversations, notes,
 * promises, phrase counts, identifiers) joins `intoId`, and `otherId` leads to `intoId` from then
 * on. Idempotent: asked again once merged, nothing changes. Refused when the two have different
 * e-mail addresses (say which), or were split apart by hand before (merging them again undoes
 * that: `force`).
 */
export async function mergeCustomers(db: TactfulDatabase, intoId: string, otherId: string, { force = false } = {}): Promise<MergeResult> {
  if (intoId === otherId) throw new HistoryActionError(t('lib.history.manual.sameCustomer'));
  return writeTransaction(db, historyTables(db), async () => {
    const [into, other] = await Promise.all([db.customers.get(intoId), db.customers.get(otherId)]);
    if (into && !other && into.keys.includes(otherId)) return { customer: into };
    if (!into || !other) throw new HistoryActionError(t('lib.history.manual.oneGone'));
    if (into.email && other.email && into.email !== other.email) {
      throw new HistoryActionError(t('lib.history.manual.differentEmails', { first: into.email, second: other.email }));
    }
    if (keptApart(into, other) && !force) throw new HistoryActionError(t('lib.history.manual.keptApart'));
    const [contacts, notes, promises, phraseUsage] = await Promise.all([
      db.contacts.where('customerId').equals(otherId).primaryKeys(),
      db.notes.where('customerId').equals(otherId).primaryKeys(),
      db.promises.where('customerId').equals(otherId).primaryKeys(),
      db.phraseUsage.where('customerId').equals(otherId).toArray(),
    ]);
    const clean = (c: CustomerRecord) => ({ ...c, apart: (c.apart ?? []).filter((k) => !into.keys.includes(k) && !other.keys.includes(k)) });
    const joined = await absorbCustomer(db, clean(into), clean(other));
    if (joined.apart?.length === 0) delete joined.apart;
    await db.customers.put(joined);
    return { customer: joined, undo: { into, other, contacts, notes, promises, phraseUsage } };
  });
}

/**
 * Take a merge back: the merged-away customer returns with its own conversations, notes, promises
 * and phrase counts. What was recorded for the kept customer since the merge stays with it.
 * Idempotent: once undone, undoing again changes nothing.
 */
export async function undoMerge(db: TactfulDatabase, undo: MergeUndo): Promise<void> {
  const { into, other } = undo;
  await writeTransaction(db, historyTables(db), async () => {
    const [current, already] = await Promise.all([db.customers.get(into.id), db.customers.get(other.id)]);
    if (already && (!current || !current.keys.includes(other.id))) return;
    if (!current) throw new HistoryActionError(t('lib.history.manual.undoGone'));
    const otherOnly = new Set(other.keys.filter((k) => !into.keys.includes(k)));
    const restored: CustomerRecord = withoutUndefined({
      ...current,
      name: into.name,
      email: into.email,
      keys: current.keys.filter((k) => !otherOnly.has(k)),
      seenOn: current.seenOn.filter((s) => into.seenOn.includes(s) || !other.seenOn.includes(s)),
      firstSeenAt: into.firstSeenAt,
      apart: into.apart,
    });
    await db.customers.put(restored);
    await db.customers.put(other);
    const back = { customerId: other.id };
    await db.contacts.where('id').anyOf(undo.contacts).and((c) => c.customerId === into.id).modify(back);
    await db.notes.where('id').anyOf(undo.notes).and((n) => n.customerId === into.id).modify(back);
    await db.promises.where('id').anyOf(undo.promises).and((p) => p.customerId === into.id).modify(back);
    for (const usage of undo.phraseUsage) {
      const mergedId = `${into.id}|${usage.phrase}`;
      const merged = await db.phraseUsage.get(mergedId);
      if (merged) {
        const count = merged.count - usage.count;
        if (count > 0) await db.phraseUsage.put({ ...merged, count });
        else await db.phraseUsage.delete(mergedId);
      }
      await db.phraseUsage.put(usage);
    }
  });
}

export interface SplitOptions {
  /** Identifiers (keys other than the customer's own id) that belong to the new customer. */
  keys?: string[];
}

/**
 * The agent says some of a customer's conversations (and identifiers: an address, a helpdesk id, a
 * name) are someone else's: those move to a new customer, with the promises made in them, and the
 * two are kept apart from then on, so recording the conversations again (or a page showing those
 * identifiers) does not join them back. Notes stay with the original.
 */
export async function splitCustomer(db: TactfulDatabase, customerId: string, contactIds: string[], now: Date, options: SplitOptions = {}): Promise<CustomerRecord> {
  return writeTransaction(db, historyTables(db), async () => {
    const original = await db.customers.get(customerId);
    if (!original) throw new HistoryActionError(t('lib.history.manual.customerGone'));
    const chosenKeys = (options.keys ?? []).filter((k) => k !== original.id && original.keys.includes(k));
    const contacts = (await db.contacts.bulkGet(contactIds)).filter((c): c is ContactRecord => !!c && c.customerId === customerId);
    if (contacts.length === 0 && chosenKeys.length === 0) throw new HistoryActionError(t('lib.history.manual.chooseSomething'));
    const all = await db.contacts.where('customerId').equals(customerId).toArray();
    if (contacts.length > 0 && all.length === contacts.length) throw new HistoryActionError(t('lib.history.manual.keepOne'));

    // The keys that only the moved conversations were recorded under go with them.
    const moved = new Set(contacts.map((c) => c.id));
    const stay = new Set(all.filter((c) => !moved.has(c.id)).map((c) => c.seenAs ?? customerId));
    const derived = contacts.map((c) => c.seenAs ?? customerId).filter((k) => !stay.has(k) && original.keys.includes(k) && k !== original.id && !(original.email && k === `email:${original.email}`));
    const moving = [...new Set([...chosenKeys, ...derived])];
    const first = contacts[0]?.id ?? moving[0] ?? original.id;
    const id = [...moving].sort((a, b) => keyRank(b) - keyRank(a))[0] ?? `split:${now.getTime().toString(36)}:${first}`;
    const at = now.toISOString();
    const split: CustomerRecord = {
      id,
      seenOn: [...new Set(contacts.map((c) => `${c.helpdesk}@${c.origin}`))],
      firstSeenAt: contacts.length ? contacts.map((c) => c.firstSeenAt).reduce((a, b) => (a < b ? a : b)) : at,
      lastSeenAt: contacts.length ? contacts.map((c) => c.lastSeenAt).reduce((a, b) => (a > b ? a : b)) : at,
      keys: [...new Set([id, ...moving])],
      apart: [original.id],
    };
    const email = moving.find((k) => k.startsWith('email:'));
    if (email) split.email = email.slice('email:'.length);
    const name = contacts.length ? undefined : nameOf(moving);
    if (name) split.name = name;
    const left: CustomerRecord = { ...original, keys: original.keys.filter((k) => !moving.includes(k)), apart: [...new Set([...(original.apart ?? []), id])] };
    if (email && left.email === split.email) delete left.email;
    await db.customers.put(left);
    await db.customers.put(split);
    for (const c of contacts) {
      await db.contacts.update(c.id, { customerId: id });
      await db.promises.where('contactId').equals(c.id).modify({ customerId: id });
    }
    return split;
  });
}

function nameOf(keys: string[]): string | undefined {
  const key = keys.find((k) => k.startsWith('name:'));
  return key?.slice(key.lastIndexOf(':') + 1);
}

export interface CustomerMatch {
  id: string;
  name?: string;
  email?: string;
  lastSeenAt: string;
  seenOn: string[];
}

/**
 * Known customers whose name or address contains the query (case-insensitive), most recently seen
 * first: what the agent picks from to merge with. Reads customers newest first and stops at
 * `limit` matches, so a common query answers at once and a rare one reads each customer once.
 */
export async function searchCustomers(db: TactfulDatabase, query: string, { exclude, limit = 8 }: { exclude?: string; limit?: number } = {}): Promise<CustomerMatch[]> {
  const q = query.trim().replace(/\s+/g, ' ').toLowerCase();
  if (q.length < 2) return [];
  const found = await db.customers
    .orderBy('lastSeenAt')
    .reverse()
    .filter((c) => c.id !== exclude && ((c.name?.toLowerCase().includes(q) ?? false) || (c.email?.includes(q) ?? false)))
    .limit(limit)
    .toArray();
  return found.map((c) => withoutUndefined({ id: c.id, name: c.name, email: c.email, lastSeenAt: c.lastSeenAt, seenOn: c.seenOn }));
}

export interface CustomerIdentity {
  customer: CustomerRecord;
  /** The customer's conversations, newest first. */
  contacts: ContactRecord[];
}

/** A customer with their conversations, for the merge and split controls. */
export async function customerIdentity(db: TactfulDatabase, customerId: string): Promise<CustomerIdentity | undefined> {
  return db.transaction('r', [db.customers, db.contacts], async () => {
    const customer = (await db.customers.get(customerId)) ?? (await db.customers.where('keys').equals(customerId).first());
    if (!customer) return undefined;
    const contacts = await db.contacts.where('[customerId+lastSeenAt]').between([customer.id, ''], [customer.id, '\uffff']).reverse().toArray();
    return { customer, contacts };
  });
}
