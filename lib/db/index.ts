import Dexie, { type EntityTable } from 'dexie';
import type { Channel } from '../conversation/types';

/**
 * Tactful's database, in the extension's own IndexedDB (never the helpdesk's: the content script
 * does not import this). Versions are history: never edit a shipped version; add a new one with an
 * upgrade and a test that opens the old schema, writes rows, and reads them through the new one.
 * Index only what is queried; never index message text.
 */

export interface CustomerRecord {
  /** From `customerKey`: `email:…`, `id:helpdesk@origin:…` or `name:helpdesk@origin:…`. */
  id: string;
  name?: string;
  email?: string;
  /** Every helpdesk (adapter id @ origin) this customer was seen on. */
  seenOn: string[];
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface ContactRecord {
  /** From `conversationKey`: one record per conversation, however often it is opened. */
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

export type TactfulDatabase = Dexie & {
  customers: EntityTable<CustomerRecord, 'id'>;
  contacts: EntityTable<ContactRecord, 'id'>;
};

export const DATABASE_NAME = 'tactful';

export function openDatabase(name: string = DATABASE_NAME): TactfulDatabase {
  const db = new Dexie(name) as TactfulDatabase;
  db.version(1).stores({
    customers: 'id, email, lastSeenAt',
    contacts: 'id, customerId, lastSeenAt, [customerId+lastSeenAt]',
  });
  return db;
}

let shared: TactfulDatabase | undefined;

/** The database the extension's pages use; opened on first use. */
export function database(): TactfulDatabase {
  shared ??= openDatabase();
  return shared;
}
