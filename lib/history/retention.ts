import { writeTransaction } from './tx';
import { storage } from 'wxt/utils/storage';
import type { TactfulDatabase } from '../db';
import { historyTables } from './record';

/**
 * Erasing: one customer (the right to erasure), everything, or what is older than the retention
 * period the agent chose. Each is one transaction: it happens completely or not at all.
 */

/** Forget every customer, conversation, note, promise and phrase count. */
export async function eraseHistory(db: TactfulDatabase): Promise<void> {
  await writeTransaction(db, historyTables(db), async () => {
    await Promise.all(historyTables(db).map((t) => t.clear()));
  });
}

/** Forget one customer and everything about them. Returns how many conversations went with them. */
export async function eraseCustomer(db: TactfulDatabase, customerId: string): Promise<number> {
  return writeTransaction(db, historyTables(db), async () => {
    const contacts = await db.contacts.where('customerId').equals(customerId).delete();
    await db.notes.where('customerId').equals(customerId).delete();
    await db.promises.where('customerId').equals(customerId).delete();
    await db.phraseUsage.where('customerId').equals(customerId).delete();
    await db.customers.delete(customerId);
    return contacts;
  });
}

export interface RetentionResult {
  contacts: number;
  customers: number;
}

/**
 * Delete conversations last seen more than `days` days before `now`, with the promises made in
 * them; a customer with no conversation left goes too, with their notes. `days` ≤ 0 keeps all.
 */
export async function applyRetention(db: TactfulDatabase, now: Date, days: number): Promise<RetentionResult> {
  if (!(days > 0)) return { contacts: 0, customers: 0 };
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return writeTransaction(db, historyTables(db), async () => {
    const old = await db.contacts.where('lastSeenAt').below(cutoff).toArray();
    const oldIds = old.map((c) => c.id);
    await db.contacts.bulkDelete(oldIds);
    await db.promises.where('contactId').anyOf(oldIds).delete();
    let customers = 0;
    // A customer last seen before the cutoff has no conversation after it either.
    for (const customer of await db.customers.where('lastSeenAt').below(cutoff).toArray()) {
      if ((await db.contacts.where('customerId').equals(customer.id).count()) > 0) continue;
      await db.notes.where('customerId').equals(customer.id).delete();
      await db.promises.where('customerId').equals(customer.id).delete();
      await db.phraseUsage.where('customerId').equals(customer.id).delete();
      await db.customers.delete(customer.id);
      customers++;
    }
    return { contacts: oldIds.length, customers };
  });
}

/** Days to keep history; null keeps it until the agent erases it. */
export const retentionDays = storage.defineItem<number | null>('local:historyRetentionDays', { fallback: null });

export const RETENTION_ALARM = 'tactful-history-retention';

/** Run from the background's alarm: apply the retention period the agent chose, if any. */
export async function runRetention(db: TactfulDatabase, now: Date): Promise<RetentionResult> {
  const days = await retentionDays.getValue();
  return days ? applyRetention(db, now, days) : { contacts: 0, customers: 0 };
}

/** How much the browser lets Tactful keep, how much it uses, and whether it may be evicted. */
export interface StorageState {
  usedBytes?: number;
  quotaBytes?: number;
  persisted?: boolean;
}

export async function storageState(): Promise<StorageState> {
  const manager = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!manager) return {};
  const [estimate, persisted] = await Promise.all([manager.estimate?.().catch(() => undefined), manager.persisted?.().catch(() => undefined)]);
  return { usedBytes: estimate?.usage, quotaBytes: estimate?.quota, persisted };
}

/** Ask the browser not to evict Tactful's data under storage pressure (what protects it in Firefox). */
export async function requestPersistence(): Promise<boolean> {
  const manager = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!manager?.persist) return false;
  return manager.persist().catch(() => false);
}
