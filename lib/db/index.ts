import Dexie, { type EntityTable } from 'dexie';
import { declareVersions, type ContactRecord, type CustomerRecord, type NoteRecord, type PhraseStatRecord, type PhraseUsageRecord, type PromiseRecord } from './schema';

/**
 * Tactful's database, in the extension's own IndexedDB (never the helpdesk's: the content script
 * does not import this). Its versions and record types are declared in `schema.ts`.
 */

export type {
  ContactRecord,
  ContactRecordV1,
  CustomerRecord,
  CustomerRecordV1,
  NoteRecord,
  PhraseStatRecord,
  PhraseUsageRecord,
  PromiseRecord,
  PromiseRecordV2,
  PromiseSource,
  PromiseState,
} from './schema';
export { SCHEMA_VERSION } from './schema';

export type TactfulDatabase = Dexie & {
  customers: EntityTable<CustomerRecord, 'id'>;
  contacts: EntityTable<ContactRecord, 'id'>;
  notes: EntityTable<NoteRecord, 'id'>;
  promises: EntityTable<PromiseRecord, 'id'>;
  phraseUsage: EntityTable<PhraseUsageRecord, 'id'>;
  phraseStats: EntityTable<PhraseStatRecord, 'id'>;
};

export const DATABASE_NAME = 'tactful';

export interface OpenOptions {
  /**
   * Another tab holds an older version open and will not let the upgrade run. Dexie waits for it;
   * the page tells the agent which tab to close.
   */
  onBlocked?: () => void;
}

export function openDatabase(name: string = DATABASE_NAME, options: OpenOptions = {}): TactfulDatabase {
  const db = new Dexie(name) as TactfulDatabase;
  declareVersions(db);
  if (options.onBlocked) db.on('blocked', options.onBlocked);
  return db;
}

let shared: TactfulDatabase | undefined;

/** The database the extension's pages use; opened on first use. */
export function database(): TactfulDatabase {
  shared ??= openDatabase();
  return shared;
}
