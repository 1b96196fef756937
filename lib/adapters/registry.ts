import type { ReadRequest, ReadResult } from '../messaging';
import { rt } from './rt';
import type { Adapter } from './types';

/** Every named adapter, in the order they are tried. A test fails when a file here is missing. */
export const ADAPTERS: readonly Adapter[] = [rt];

export function adapterById(id: string): Adapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}

/**
 * Read the conversation on a page. Each adapter runs in isolation: one that throws is reported in
 * `errors` and the next is tried, so a broken adapter never breaks the page or the panel.
 */
export function readPage(doc: Document, url: URL, request: ReadRequest = {}, now: () => number = () => performance.now()): ReadResult {
  const started = now();
  const errors: ReadResult['errors'] = [];
  const candidates = request.adapter ? ADAPTERS.filter((a) => a.id === request.adapter) : rankedAdapters(doc, url, errors);
  if (request.adapter && candidates.length === 0) {
    errors.push({ adapter: request.adapter, message: `No adapter called "${request.adapter}". Known: ${ADAPTERS.map((a) => a.id).join(', ')}` });
  }
  for (const adapter of candidates) {
    try {
      const snapshot = adapter.read(doc, url);
      if (snapshot) return { snapshot, adapter: adapter.id, ms: now() - started, errors };
    } catch (error) {
      errors.push({ adapter: adapter.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { snapshot: null, adapter: candidates[0]?.id, ms: now() - started, errors };
}

/** Adapters whose own markers are on the page, those whose URL pattern also matches first. */
function rankedAdapters(doc: Document, url: URL, errors: ReadResult['errors']): Adapter[] {
  const detected: { adapter: Adapter; byUrl: boolean }[] = [];
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.detect(doc, url)) detected.push({ adapter, byUrl: adapter.matches(url) });
    } catch (error) {
      errors.push({ adapter: adapter.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return detected.sort((a, b) => Number(b.byUrl) - Number(a.byUrl)).map((d) => d.adapter);
}
