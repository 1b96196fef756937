import { create } from 'zustand';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import type { InsertResult, ReadResult } from '@/lib/messaging';

/** What the panel knows about the tab it follows. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'conversation'; tabId: number; tabUrl?: string; snapshot: ConversationSnapshot; adapter: string; ms: number; errors: ReadResult['errors']; fallbackFrom?: string; fromEarlierView?: boolean }
  /** The page was read, but holds no conversation Tactful recognises. */
  | { kind: 'no-conversation'; tabId: number; tabUrl?: string; errors: ReadResult['errors'] }
  /** Tactful cannot run on this page (browser pages, the web store, a site it has no access to). */
  | { kind: 'unreachable'; tabId?: number; tabUrl?: string; reason: string };

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
  /** Read the followed tab again (after the agent turned Tactful on for its site). */
  refresh(): void;
  setRefresh(refresh: () => void): void;
  /** Write text into the followed tab's reply editor. */
  insert(text: string): Promise<InsertResult>;
  setInsert(insert: (text: string) => Promise<InsertResult>): void;
}

/** A cache of what the panel shows; the page and the database are the truth. */
export const usePanelStore = create<PanelStore>((set) => ({
  page: { kind: 'loading' },
  history: {},
  setPage: (page) => set((state) => ({ page, history: samePerson(state.page, page) ? state.history : {} })),
  setHistory: (history) => set({ history }),
  refresh: () => {},
  setRefresh: (refresh) => set({ refresh }),
  insert: async () => ({ ok: false, reason: 'Tactful is not connected to a helpdesk tab.' }),
  setInsert: (insert) => set({ insert }),
}));

function samePerson(a: PageState, b: PageState): boolean {
  return a.kind === 'conversation' && b.kind === 'conversation' && a.tabId === b.tabId && a.snapshot.url === b.snapshot.url;
}

export function pageStateFrom(tabId: number, result: ReadResult, tabUrl?: string): PageState {
  if (result.snapshot && result.adapter) {
    return {
      kind: 'conversation',
      tabId,
      tabUrl: tabUrl ?? result.snapshot.url,
      snapshot: result.snapshot,
      adapter: result.adapter,
      ms: result.ms,
      errors: result.errors,
      ...(result.fallbackFrom ? { fallbackFrom: result.fallbackFrom } : {}),
    };
  }
  return { kind: 'no-conversation', tabId, tabUrl, errors: result.errors };
}
