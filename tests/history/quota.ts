import { vi } from 'vitest';

/**
 * A full disk, as IndexedDB reports it: either the write itself fails with QuotaExceededError, or
 * (as Chromium does when the quota runs out at commit) the whole transaction aborts with that
 * error and every request in it fails with AbortError. Starts after `after` successful writes.
 */
export function fillDiskAfter(after: number, how: 'write' | 'abort'): () => void {
  const store = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (this: IDBObjectStore, ...args: unknown[]) => IDBRequest>;
  const originals = { put: store.put, add: store.add };
  let writes = 0;
  for (const method of ['put', 'add'] as const) {
    vi.spyOn(store, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (writes++ < after) return originals[method].apply(this, args);
      if (how === 'write') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const request = originals[method].apply(this, args);
      (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
  }
  return () => vi.restoreAllMocks();
}
