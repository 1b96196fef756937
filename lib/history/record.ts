import { writeTransaction } from './tx';
import type { EmotionLabel, Insight, IssueCategory } from '../analysis/types';
import { originOf } from '../conversation/identity';
import type { ConversationSnapshot } from '../conversation/types';
import type { ContactRecord, CustomerRecord, TactfulDatabase } from '../db';
import { contactKey, keptApart, keyRank, resolveSnapshot, snapshotKeys } from './identity';

export interface RecordedContact {
  customerId: string;
  contactId: string;
  /** Records found to be the same person and merged into this customer. */
  merged?: string[];
}

/** What the analysis and the agent add to a contact (never message text). */
export interface ContactDetails {
  category?: IssueCategory;
  emotion?: EmotionLabel;
  intensity?: number;
  resolved?: boolean;
  /** When the conversation was resolved (ISO 8601); its resolution time is measured to it. */
  resolvedAt?: string;
}

/** The labels a conversation's insight contributes to its contact. */
export function detailsFromInsight(insight: Pick<Insight, 'category' | 'emotion'>): ContactDetails {
  return {
    category: insight.category.label,
    emotion: insight.emotion.label,
    intensity: Math.round(insight.emotion.intensity * 100) / 100,
  };
}

/** Every table a merge touches: recording runs in one transaction over all of them. */
export function historyTables(db: TactfulDatabase) {
  return [db.customers, db.contacts, db.notes, db.promises, db.phraseUsage];
}

/**
 * Remember that this conversation was seen. Idempotent: the same conversation read again (a
 * reload, a re-render, another tab at the same moment) updates its one record and never adds a
 * second; the read and the write are one IndexedDB transaction, so tabs writing at once take
 * turns. Records that turn out to be the same person (first known by name, later by address) are
 * merged. Returns undefined when the snapshot names no customer Tactful can identify.
 */
export async function recordConversation(db: TactfulDatabase, snapshot: ConversationSnapshot, now: Date, details: ContactDetails = {}): Promise<RecordedContact | undefined> {
  const keys = snapshotKeys(snapshot);
  if (!keys.strongest) return undefined;
  const contactId = contactKey(snapshot);
  const at = now.toISOString();
  const origin = originOf(snapshot.url);
  const lastMessageAt = snapshot.messages.reduce<string | undefined>((latest, m) => (m.at && (!latest || m.at > latest) ? m.at : latest), undefined);
  const firstResponseMs = firstResponse(snapshot);
  const strongest = keys.strongest;

  return writeTransaction(db, historyTables(db), async () => {
    const { primary, absorb, seen } = await resolveSnapshot(db, keys);
    // The record is named by the strongest key known: a customer first known by name becomes
    // `email:…` once an address is seen (the old id stays one of its keys).
    let targetId = primary && keyRank(primary.id) >= keyRank(strongest) ? primary.id : strongest;
    const merged: string[] = [];
    let customer: CustomerRecord | undefined = targetId === primary?.id ? primary : await db.customers.get(targetId);
    for (const other of [...(primary && primary.id !== targetId ? [primary] : []), ...absorb]) {
      customer = customer ? await absorbCustomer(db, customer, other) : await renameCustomer(db, other, targetId);
      merged.push(other.id);
    }

    // A conversation the agent moved to another customer stays where they put it.
    const existing = await db.contacts.get(contactId);
    let movedByHand = false;
    if (existing && existing.customerId !== targetId) {
      const owner = await db.customers.get(existing.customerId);
      if (owner && customer && keptApart(owner, customer)) {
        targetId = owner.id;
        customer = owner;
        movedByHand = true;
      }
    }

    const seenOn = `${snapshot.helpdesk}@${origin}`;
    const keySet = new Set(customer?.keys ?? []);
    keySet.add(targetId);
    // A key another record holds, one the agent split from this customer, stays with that record:
    // the page showing both does not undo the split.
    const current = customer;
    const heldApart = (k: string) => !!current && seen.some((other) => other.id !== targetId && other.keys.includes(k) && keptApart(other, current));
    if (!movedByHand) for (const k of [keys.email, keys.helpdeskId, keys.name]) if (k && !keySet.has(k) && !heldApart(k)) keySet.add(k);
    const nextCustomer: CustomerRecord = {
      ...customer,
      id: targetId,
      name: (!movedByHand && snapshot.customer.name?.trim()) || customer?.name,
      email: (!movedByHand && !(keys.email && heldApart(keys.email)) && snapshot.customer.email?.trim().toLowerCase()) || customer?.email,
      seenOn: customer?.seenOn.includes(seenOn) ? customer.seenOn : [...(customer?.seenOn ?? []), seenOn],
      firstSeenAt: customer?.firstSeenAt ?? at,
      lastSeenAt: at,
      keys: [...keySet],
    };
    await db.customers.put(withoutUndefined(nextCustomer));

    const resolved = details.resolved ?? existing?.resolved;
    const firstCustomerAt = snapshot.messages.find((m) => m.role === 'customer' && m.at)?.at;
    const resolutionMs = details.resolvedAt && firstCustomerAt ? Math.max(0, Date.parse(details.resolvedAt) - Date.parse(firstCustomerAt)) : existing?.resolutionMs;
    const nextContact: ContactRecord = {
      ...existing,
      id: contactId,
      customerId: targetId,
      seenAs: existing?.seenAs ?? strongest,
      helpdesk: snapshot.helpdesk,
      origin,
      url: snapshot.url,
      conversationId: snapshot.conversationId,
      subject: snapshot.subject ?? existing?.subject,
      channel: snapshot.channel ?? existing?.channel,
      // A page that shows no messages (a reply form) says nothing about how many there are.
      messageCount: snapshot.messages.length || existing?.messageCount || 0,
      lastMessageAt: lastMessageAt ?? existing?.lastMessageAt,
      firstSeenAt: existing?.firstSeenAt ?? at,
      lastSeenAt: at,
      category: details.category ?? existing?.category,
      emotion: details.emotion ?? existing?.emotion,
      intensity: details.intensity ?? existing?.intensity,
      firstResponseMs: firstResponseMs ?? existing?.firstResponseMs,
      resolutionMs: Number.isFinite(resolutionMs) ? resolutionMs : undefined,
      resolved,
    };
    await db.contacts.put(withoutUndefined(nextContact));
    return merged.length > 0 ? { customerId: targetId, contactId, merged } : { customerId: targetId, contactId };
  });
}

/**
 * Add what the analysis found (topic, feeling) to a recorded contact once the panel has it. A
 * contact no longer stored (erased meanwhile) is left alone.
 */
export async function updateContactDetails(db: TactfulDatabase, contactId: string, details: ContactDetails): Promise<boolean> {
  const change = withoutUndefined({ category: details.category, emotion: details.emotion, intensity: details.intensity, resolved: details.resolved });
  return (await writeTransaction(db, [db.contacts], () => db.contacts.update(contactId, change))) > 0;
}

/** From the customer's first message to the first agent reply after it, when the page gives times. */
function firstResponse(snapshot: ConversationSnapshot): number | undefined {
  const first = snapshot.messages.findIndex((m) => m.role === 'customer' && m.at);
  const asked = snapshot.messages[first]?.at;
  if (first < 0 || !asked) return undefined;
  const reply = snapshot.messages.slice(first + 1).find((m) => m.role === 'agent' && m.at);
  if (!reply?.at) return undefined;
  const ms = Date.parse(reply.at) - Date.parse(asked);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** Move everything of `other` onto `into` and delete `other`. Run inside a transaction over `historyTables`. */
export async function absorbCustomer(db: TactfulDatabase, into: CustomerRecord, other: CustomerRecord): Promise<CustomerRecord> {
  await reassign(db, other.id, into.id);
  const joined: CustomerRecord = {
    ...into,
    name: into.name ?? other.name,
    email: into.email ?? other.email,
    seenOn: [...new Set([...into.seenOn, ...other.seenOn])],
    firstSeenAt: into.firstSeenAt < other.firstSeenAt ? into.firstSeenAt : other.firstSeenAt,
    lastSeenAt: into.lastSeenAt > other.lastSeenAt ? into.lastSeenAt : other.lastSeenAt,
    keys: [...new Set([...into.keys, ...other.keys])],
  };
  const apart = [...new Set([...(into.apart ?? []), ...(other.apart ?? [])])];
  if (apart.length) joined.apart = apart;
  await db.customers.delete(other.id);
  await db.customers.put(joined);
  return joined;
}

/** Give a customer a stronger id; the old one stays among its keys. */
async function renameCustomer(db: TactfulDatabase, customer: CustomerRecord, id: string): Promise<CustomerRecord> {
  const renamed: CustomerRecord = { ...customer, id, keys: [...new Set([id, ...customer.keys])] };
  await reassign(db, customer.id, id);
  await db.customers.delete(customer.id);
  await db.customers.put(renamed);
  return renamed;
}

async function reassign(db: TactfulDatabase, from: string, to: string): Promise<void> {
  await db.contacts.where('customerId').equals(from).modify({ customerId: to });
  await db.notes.where('customerId').equals(from).modify({ customerId: to });
  await db.promises.where('customerId').equals(from).modify({ customerId: to });
  const usage = await db.phraseUsage.where('customerId').equals(from).toArray();
  for (const u of usage) {
    const id = `${to}|${u.phrase}`;
    const there = await db.phraseUsage.get(id);
    await db.phraseUsage.delete(u.id);
    await db.phraseUsage.put({
      id,
      customerId: to,
      phrase: u.phrase,
      count: u.count + (there?.count ?? 0),
      lastUsedAt: there && there.lastUsedAt > u.lastUsedAt ? there.lastUsedAt : u.lastUsedAt,
    });
  }
}

export { HistoryActionError } from './errors';

export function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
