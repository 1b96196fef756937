import { create } from 'zustand';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import type { ReadResult } from '@/lib/messaging';

/** What the panel knows about the tab it follows. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'conversation'; tabId: number; snapshot: ConversationSnapshot; adapter: string; ms: number; errors: ReadResult['errors'] }
  /** The page was read, but holds no conversation Tactful recognises. */
  | { kind: 'no-conversation'; tabId: number; errors: ReadResult['errors'] }
  /** Tactful cannot run on this page at all (browser pages, the web store, no permission). */
  | { kind: 'unreachable'; tabId?: number; reason: string };

/** The conversation's place in the customer's history, once recorded. */
export interface HistoryState {
  customerId?: string;
  contactId?: string;
  /** Recording failed (full disk, …): shown, never fatal. */
  error?: string;
}

interface PanelStore {
  page: PageState;
  history: HistoryState;
  setPage(page: PageState): void;
  setHistory(history: HistoryState): void;
}

/** A cache of what the panel shows; the page and the database are the truth. */
export const usePanelStore = create<PanelStore>((set) => ({
  page: { kind: 'loading' },
  history: {},
  setPage: (page) => set((state) => ({ page, history: samePerson(state.page, page) ? state.history : {} })),
  setHistory: (history) => set({ history }),
}));

function samePerson(a: PageState, b: PageState): boolean {
  return a.kind === 'conversation' && b.kind === 'conversation' && a.tabId === b.tabId && a.snapshot.url === b.snapshot.url;
}

export function pageStateFrom(tabId: number, result: ReadResult): PageState {
  if (result.snapshot && result.adapter) {
    return { kind: 'conversation', tabId, snapshot: result.snapshot, adapter: result.adapter, ms: result.ms, errors: result.errors };
  }
  return { kind: 'no-conversation', tabId, errors: result.errors };
}
