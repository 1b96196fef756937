/**
 * What the panel knows about the tab it follows, and how a new reading changes it. Pure: the
 * controller (entrypoints/sidepanel) feeds it readings and draft updates.
 */
import type { ReadHealth, ReadResult } from '../conversation/reading';
import type { DraftState } from '../conversation/draft';
import type { ConversationSnapshot } from '../conversation/types';
import { t } from '../i18n';
import { healthReason } from '../conversation/words';

export type PageState =
  | { kind: 'loading' }
  | {
      kind: 'conversation';
      tabId: number;
      tabUrl?: string;
      snapshot: ConversationSnapshot;
      adapter: string;
      ms: number;
      errors: ReadResult['errors'];
      fallbackFrom?: string;
      /** The named adapter's reading looks incomplete (lib/adapters/health.ts). */
      degraded?: ReadHealth;
      fromEarlierView?: boolean;
    }
  /** The page was read, but holds no conversation Tactful recognises. */
  | { kind: 'no-conversation'; tabId: number; tabUrl?: string; errors: ReadResult['errors'] }
  /** Tactful cannot run on this page (browser pages, the web store, a site it has no access to). */
  | { kind: 'unreachable'; tabId?: number; tabUrl?: string; reason: string };

/** The conversation's place in the customer's history, once recorded. */
export interface HistoryState {
  customerId?: string;
  contactId?: string;
  /** How many earlier contacts the customer has (kept current from the database). */
  earlier?: number;
  /** Recording failed (full disk, …): shown, never fatal. */
  error?: string;
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
      ...(result.degraded ? { degraded: result.degraded } : {}),
    };
  }
  return { kind: 'no-conversation', tabId, tabUrl, errors: result.errors };
}

/**
 * The one plain line that says a named adapter's reading is in doubt, or undefined when it is not:
 * the generic reader stood in for it, or it read less than the page shows. `labelOf` names an
 * adapter as the agent knows its helpdesk.
 */
export function readerNotice(
  { fallbackFrom, degraded }: { fallbackFrom?: string; degraded?: ReadHealth },
  labelOf: (adapterId: string) => string,
): string | undefined {
  if (fallbackFrom) return t('lib.panel.reader.fallback', { adapter: labelOf(fallbackFrom) });
  if (degraded) return t('lib.panel.reader.degraded', { adapter: labelOf(degraded.adapter), reason: healthReason(degraded) });
  return undefined;
}

/** The same conversation on the same tab (the page re-read, or changed in place). */
export function samePerson(a: PageState, b: PageState): boolean {
  return a.kind === 'conversation' && b.kind === 'conversation' && a.tabId === b.tabId && a.snapshot.url === b.snapshot.url;
}

export interface FollowedState {
  page: PageState;
  history: HistoryState;
  draft?: DraftState;
}

/**
 * A new page state: the history found for another conversation no longer applies, and neither
 * does the draft (kept while the same tab merely reloads).
 */
export function pageArrived(state: FollowedState, page: PageState): FollowedState {
  const same = samePerson(state.page, page);
  return { page, history: same ? state.history : {}, draft: same || page.kind === 'loading' ? state.draft : undefined };
}

/**
 * What identifies the conversation's content for history: the snapshot without the editor's
 * state. History is recorded when this changes, never because the agent typed.
 */
export function conversationSignature(snapshot: ConversationSnapshot): string {
  const { composer: _composer, ...conversation } = snapshot;
  return JSON.stringify(conversation);
}
