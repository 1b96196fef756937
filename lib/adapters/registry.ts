import type { ReadRequest, ReadResult } from '../messaging';
import { generic } from './generic';
import { ALL_NAMED_ADAPTERS } from './lists';
import { readPage as readWith } from './read-page';
import type { Adapter } from './types';

export { FALLBACK_MIN_CONFIDENCE } from './read-page';

/**
 * Every named adapter, in the order they are tried (a test fails when a file in this folder is
 * missing here). The content scripts carry only their share (lists.ts); the panel, the CLI and
 * the tests see them all.
 */
export const NAMED_ADAPTERS: Adapter[] = ALL_NAMED_ADAPTERS;

/** The reader for pages no named adapter reads: custom and in-house helpdesks. */
export const FALLBACK_ADAPTER: Adapter = generic;

export const ADAPTERS: readonly Adapter[] = [...NAMED_ADAPTERS, FALLBACK_ADAPTER];

export function adapterById(id: string): Adapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}

/** Read a page with every adapter (lib/adapters/read-page.ts says how the reader is chosen). */
export function readPage(doc: Document, url: URL, request: ReadRequest = {}, now?: () => number): ReadResult {
  return readWith(doc, url, NAMED_ADAPTERS, FALLBACK_ADAPTER, request, now);
}
