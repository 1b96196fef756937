import { conversationKey, customerKey, originOf } from '../conversation/identity';
import type { ConversationSnapshot } from '../conversation/types';
import type { ContactRecord, CustomerRecord, TactfulDatabase } from '../db';

export interface RecordedContact {
  customerId: string;
  contactId: string;
}

/**
 * Remember that this conversation was seen. Idempotent: the same conversation read again (a
 * reload, a re-render, another window) updates its one record and never adds a second.
 * Returns undefined when the snapshot names no customer Tactful can identify.
 */
export async function recordConversation(db: TactfulDatabase, snapshot: ConversationSnapshot, now: Date): Promise<RecordedContact | undefined> {
  const customerId = customerKey(snapshot);
  if (!customerId) return undefined;
  const contactId = conversationKey(snapshot);
  const at = now.toISOString();
  const origin = originOf(snapshot.url);
  const seenOn = `${snapshot.helpdesk}@${origin}`;
  const lastMessageAt = snapshot.messages.reduce<string | undefined>((latest, m) => (m.at && (!latest || m.at > latest) ? m.at : latest), undefined);

  await db.transaction('rw', db.customers, db.contacts, async () => {
    const customer = await db.customers.get(customerId);
    const nextCustomer: CustomerRecord = {
      id: customerId,
      name: snapshot.customer.name ?? customer?.name,
      email: snapshot.customer.email?.toLowerCase() ?? customer?.email,
      seenOn: customer?.seenOn.includes(seenOn) ? customer.seenOn : [...(customer?.seenOn ?? []), seenOn],
      firstSeenAt: customer?.firstSeenAt ?? at,
      lastSeenAt: at,
    };
    await db.customers.put(withoutUndefined(nextCustomer));

    const contact = await db.contacts.get(contactId);
    const nextContact: ContactRecord = {
      id: contactId,
      customerId,
      helpdesk: snapshot.helpdesk,
      origin,
      url: snapshot.url,
      conversationId: snapshot.conversationId,
      subject: snapshot.subject ?? contact?.subject,
      channel: snapshot.channel,
      // A page that shows no messages (a reply form) says nothing about how many there are.
      messageCount: snapshot.messages.length || contact?.messageCount || 0,
      lastMessageAt: lastMessageAt ?? contact?.lastMessageAt,
      firstSeenAt: contact?.firstSeenAt ?? at,
      lastSeenAt: at,
    };
    await db.contacts.put(withoutUndefined(nextContact));
  });
  return { customerId, contactId };
}

/** The customer's other conversations, newest first. */
export async function earlierContacts(db: TactfulDatabase, customerId: string, exceptContactId?: string): Promise<ContactRecord[]> {
  const contacts = await db.contacts.where('[customerId+lastSeenAt]').between([customerId, ''], [customerId, '\uffff']).reverse().toArray();
  return contacts.filter((c) => c.id !== exceptContactId);
}

/** IndexedDB refuses writes when the disk or the browser's quota is full: say so plainly. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return "History wasn't saved: the browser's storage for Tactful is full. Free some disk space or erase old history; nothing already saved was lost.";
  }
  return `History wasn't saved: ${error instanceof Error ? error.message : String(error)}`;
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Everything Tactful remembers, as plain JSON the agent can keep. */
export async function exportHistory(db: TactfulDatabase, now: Date): Promise<{ format: 'tactful-history'; version: 1; exportedAt: string; customers: CustomerRecord[]; contacts: ContactRecord[] }> {
  const [customers, contacts] = await Promise.all([db.customers.toArray(), db.contacts.toArray()]);
  return { format: 'tactful-history', version: 1, exportedAt: now.toISOString(), customers, contacts };
}

/** Forget every customer and conversation. */
export async function eraseHistory(db: TactfulDatabase): Promise<void> {
  await db.transaction('rw', db.customers, db.contacts, async () => {
    await db.customers.clear();
    await db.contacts.clear();
  });
}
