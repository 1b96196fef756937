import { create } from 'zustand';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import type { DraftMark, DraftSpan, DraftState, InsertResult, ReadResult } from '@/lib/messaging';

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

/** What the panel can ask of the followed tab's content script. */
export interface TabActions {
  /** Write text into the reply editor. */
  insert(text: string): Promise<InsertResult>;
  /** Underline the guard's findings in the editor. */
  mark(marks: DraftMark[]): Promise<void>;
  select(span: DraftSpan): Promise<InsertResult>;
  replace(span: DraftSpan, text: string): Promise<InsertResult>;
}

const NOT_CONNECTED: InsertResult = { ok: false, reason: 'Tactful is not connected to a helpdesk tab.' };

interface PanelStore {
  page: PageState;
  history: HistoryState;
  /** The agent's draft in the followed tab's reply editor, as last reported. */
  draft?: DraftState;
  setDraft(draft: DraftState | undefined): void;
  tab: TabActions;
  setTab(tab: TabActions): void;
  setPage(page: PageState): void;
  setHistory(history: HistoryState): void;
  /** Read the followed tab again (after the agent turned Tactful on for its site). */
  refresh(): void;
  setRefresh(refresh: () => void): void;
}

/** A cache of what the panel shows; the page and the database are the truth. */
export const usePanelStore = create<PanelStore>((set) => ({
  page: { kind: 'loading' },
  history: {},
  setPage: (page) =>
    set((state) => {
      const same = samePerson(state.page, page);
      return { page, history: same ? state.history : {}, draft: same || page.kind === 'loading' ? state.draft : undefined };
    }),
  setHistory: (history) => set({ history }),
  refresh: () => {},
  setRefresh: (refresh) => set({ refresh }),
  setDraft: (draft) => set({ draft }),
  tab: { insert: async () => NOT_CONNECTED, mark: async () => {}, select: async () => NOT_CONNECTED, replace: async () => NOT_CONNECTED },
  setTab: (tab) => set({ tab }),
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
