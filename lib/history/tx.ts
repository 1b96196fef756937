import type { Table } from 'dexie';
import type { TactfulDatabase } from '../db';

/**
 * A read-write transaction that fails with its real reason. When IndexedDB aborts a transaction
 * (Chromium does so when the quota runs out as it commits), each pending request fails with a
 * bare AbortError and Dexie reports that; the reason (QuotaExceededError) is on the transaction.
 * This rethrows the transaction's own error, with Dexie's as its cause. Nothing was written either
 * way: IndexedDB rolled the whole transaction back.
 */
export async function writeTransaction<T>(db: TactfulDatabase, tables: Table[], scope: () => Promise<T>): Promise<T> {
  let idb: IDBTransaction | undefined;
  try {
    return await db.transaction('rw', tables, async (tx) => {
      idb = tx.idbtrans;
      return scope();
    });
  } catch (error) {
    let reason: DOMException | null | undefined;
    try {
      reason = idb?.error;
    } catch {
      reason = undefined;
    }
    const name = (error as { name?: string } | null)?.name;
    if (reason && reason.name !== name) throw Object.assign(new Error(reason.message || reason.name, { cause: error }), { name: reason.name });
    throw error;
  }
}
