import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import type { EmotionLabel, IssueCategory } from '../analysis/types';
import type { Channel } from '../conversation/types';

/**
 * Every version of Tactful's database, oldest first. Versions are history: a shipped version is
 * never edited; a change is a new version with its upgrade, and a test that opens the previous
 * version with rows in it, upgrades, and finds every row. Index only what is queried; never a
 * message body (the database keeps counts, labels and times, not what anyone wrote — except the
 * agent's own notes and the promises they made).
 */

// ---------------------------------------------------------------- version 1 (as first shipped)

export interface CustomerRecordV1 {
  /** From `customerKey`: `email:…`, `id:helpdesk@origin:…` or `name:helpdesk@origin:…`. */
  id: string;
  name?: string;
  email?: string;
  /** Every helpdesk (adapter id @ origin) this customer was seen on. */
  seenOn: string[];
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface ContactRecordV1 {
  /** One record per conversation, however often it is opened. */
  id: string;
  customerId: string;
  helpdesk: string;
  origin: string;
  url: string;
  conversationId?: string;
  subject?: string;
  channel?: Channel;
  messageCount: number;
  /** Time of the newest message, when the page gives times. */
  lastMessageAt?: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

export const STORES_V1 = {
  customers: 'id, email, lastSeenAt',
  contacts: 'id, customerId, lastSeenAt, [customerId+lastSeenAt]',
};

// ---------------------------------------------------------------- version 2

export interface CustomerRecord extends CustomerRecordV1 {
  /**
   * Every identity key that leads to this customer: its own id, its e-mail key, the helpdesks' ids
   * for it (`id:helpdesk@origin:…`), the names it was shown under (`name:helpdesk@origin:…`), and
   * the ids of customers merged into it. Looked up by any one of them (multi-entry index).
   */
  keys: string[];
  /** Customers the agent split from this one: never merged back automatically. */
  apart?: string[];
}

export interface ContactRecord extends ContactRecordV1 {
  /** The identity key the conversation was recorded under (kept so a wrong merge can be split). */
  seenAs?: string;
  /** What the conversation is about, from the analysis. */
  category?: IssueCategory;
  /** How the customer felt (the conversation's dominant emotion) and how strongly, 0..1. */
  emotion?: EmotionLabel;
  intensity?: number;
  /** From the customer's first message to the first agent reply after it. */
  firstResponseMs?: number;
  /** From the customer's first message to resolution, when the conversation was resolved. */
  resolutionMs?: number;
  resolved?: boolean;
}

export interface NoteRecord {
  id: string;
  customerId: string;
  /** The conversation the note was written beside, if any. */
  contactId?: string;
  /** The agent's own words about the customer. */
  text: string;
  createdAt: string;
  updatedAt: string;
}

export type PromiseStateV2 = 'open' | 'kept' | 'missed';

/** Something the agent promised the customer ("I'll call you by Friday"), as version 2 stored it. */
export interface PromiseRecordV2 {
  id: string;
  customerId: string;
  /** The contact (conversation) the promise was made in. */
  contactId: string;
  /** The promise as the agent wrote it. */
  text: string;
  /** When it is due (ISO 8601), when it names a time. */
  dueAt?: string;
  madeAt: string;
  state: PromiseStateV2;
}

/** How often a phrase was used with one customer, so it is not offered to them word for word again. */
export interface PhraseUsageRecord {
  /** `customerId|phraseKey`. */
  id: string;
  customerId: string;
  /** `pack/phrase` (see lib/suggest/preferences `phraseKey`). */
  phrase: string;
  count: number;
  lastUsedAt: string;
}

export const STORES_V2 = {
  customers: 'id, email, lastSeenAt, *keys',
  contacts: 'id, customerId, lastSeenAt, [customerId+lastSeenAt]',
  notes: 'id, customerId',
  promises: 'id, customerId, contactId',
  phraseUsage: 'id, customerId',
};

/** v1 → v2: customers learn the keys they are known by; contacts remember theirs. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<CustomerRecord>('customers')
    .toCollection()
    .modify((customer) => {
      const keys = new Set(customer.keys ?? []);
      keys.add(customer.id);
      if (customer.email) keys.add(`email:${customer.email.toLowerCase()}`);
      customer.keys = [...keys];
    });
  await tx
    .table<ContactRecord>('contacts')
    .toCollection()
    .modify((contact) => {
      contact.seenAs ??= contact.customerId;
    });
}

// ---------------------------------------------------------------- version 3

/** `dismissed`: the agent said it no longer needs tracking (no reminder, not counted). */
export type PromiseState = PromiseStateV2 | 'dismissed';

/** Where a promise was learnt: a message the agent sent (read from the page), or their draft, confirmed by them. */
export type PromiseSource = 'sent' | 'confirmed';

/**
 * A promise with what its reminder needs: where the conversation is (to open it from the
 * notification) and whether the reminder was shown (so a restarted browser does not show it twice).
 */
export interface PromiseRecord extends Omit<PromiseRecordV2, 'state'> {
  state: PromiseState;
  /** The conversation's address and helpdesk (`adapter@origin`), copied from its contact. */
  url?: string;
  helpdesk?: string;
  /** Absent on promises stored before version 3. */
  source?: PromiseSource;
  /** When the reminder before its due time was shown. */
  remindedAt?: string;
  /** When it became kept, missed or dismissed. */
  settledAt?: string;
}

export const STORES_V3 = {
  ...STORES_V2,
  // Open promises by due time: what the reminders are scheduled from.
  promises: 'id, customerId, contactId, [state+dueAt]',
};

/** v2 → v3: promises learn their conversation's address and helpdesk from their contact. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const promises = await tx.table<PromiseRecord>('promises').toArray();
  if (promises.length === 0) return;
  const contacts = await tx.table<ContactRecord>('contacts').bulkGet(promises.map((p) => p.contactId));
  const moved = promises.flatMap((promise, i) => {
    const contact = contacts[i];
    return contact && !promise.url ? [{ ...promise, url: contact.url, helpdesk: `${contact.helpdesk}@${contact.origin}` }] : [];
  });
  await tx.table<PromiseRecord>('promises').bulkPut(moved);
}

// ---------------------------------------------------------------- version 4 (phrase use)

/**
 * How the agent used one pack phrase, over all conversations: counts only, never the text (the
 * phrase's words are in its pack; what the agent wrote around it is not kept). See
 * lib/packs/usage.ts for how the edit is measured.
 */
export interface PhraseStatRecord {
  /** `pack/phrase` (lib/suggest/preferences `phraseKey`). */
  id: string;
  packId: string;
  phraseId: string;
  /** Times the agent inserted it from the panel. */
  inserted: number;
  /** Insertions whose edit was measured (the reply was sent, or the agent left the conversation). */
  measured: number;
  /** Sum of the measured edit ratios (0 = sent as inserted, 1 = rewritten or removed). */
  editTotal: number;
  /** Measured insertions sent word for word. */
  unedited: number;
  firstUsedAt: string;
  lastUsedAt: string;
}

/** Every table of version 3, and the new one. */
export const STORES_V4 = {
  ...STORES_V3,
  phraseStats: 'id, packId',
};

/** Declare every version on a Dexie instance. The newest is what the code reads and writes. */
export function declareVersions(db: Dexie): void {
  db.version(1).stores(STORES_V1);
  db.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  db.version(3).stores(STORES_V3).upgrade(upgradeToV3);
  // v3 → v4 adds a table and changes no row, so it needs no upgrade function.
  db.version(4).stores(STORES_V4);
}

export const SCHEMA_VERSION = 4;
