import type { DraftState } from '@/lib/conversation/draft';
import type { ReadResult } from '@/lib/conversation/reading';
import { onMessage, sendMessage } from '@/lib/messaging';
import { pageStateFrom, type PageState } from '@/lib/panel';
import { contentScriptFor } from '@/lib/sites';
import { i18n } from '#i18n';

export interface FollowOptions {
  /** Follow this tab instead of the window's active one (`sidepanel.html?tabId=N`). */
  pinnedTabId?: number;
  onState(state: PageState): void;
  /** The agent's draft in the followed tab changed. */
  onDraft?(draft: DraftState): void;
}

/**
 * Keeps the panel on the tab beside it: the active tab of the panel's window, or a pinned one.
 * Asks that tab's content script for the conversation, listens for its updates, and when no
 * content script answers (a page loaded before Tactful was installed or updated, or a site the
 * agent opened Tactful on with the toolbar button) injects it once, which `activeTab` or a granted
 * host permission allows. Returns a function that stops following.
 */
export interface Following {
  /** Read the followed tab again now. */
  refresh(): void;
  stop(): void;
}

export function followTab({ pinnedTabId, onState, onDraft }: FollowOptions): Following {
  let windowId: number | undefined;
  let tabId: number | undefined = pinnedTabId;
  let generation = 0;

  const show = async (targetTabId: number) => {
    const mine = ++generation;
    const result = await readTab(targetTabId);
    if (mine !== generation || targetTabId !== tabId) return; // the agent moved on meanwhile
    const tabUrl = await tabUrlOf(targetTabId);
    if (mine !== generation) return;
    onState(typeof result === 'string' ? { kind: 'unreachable', tabId: targetTabId, tabUrl, reason: result } : pageStateFrom(targetTabId, result, tabUrl));
  };

  const switchTo = (nextTabId: number) => {
    tabId = nextTabId;
    onState({ kind: 'loading' });
    void show(nextTabId);
  };

  const removePageChanged = onMessage('pageChanged', ({ data, sender }) => {
    if (sender.tab?.id === undefined || sender.tab.id !== tabId) return;
    generation++; // a pushed update is newer than any read still in flight
    onState(pageStateFrom(sender.tab.id, data));
  });

  const removeDraftChanged = onMessage('draftChanged', ({ data, sender }) => {
    if (sender.tab?.id !== undefined && sender.tab.id === tabId) onDraft?.(data);
  });

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (pinnedTabId === undefined && info.windowId === windowId) switchTo(info.tabId);
  };
  const onUpdated = (updatedTabId: number, change: { status?: string }) => {
    if (updatedTabId !== tabId) return;
    if (change.status === 'loading') onState({ kind: 'loading' });
    if (change.status === 'complete') void show(updatedTabId);
  };
  const onRemoved = (removedTabId: number) => {
    if (removedTabId === tabId && pinnedTabId !== undefined) onState({ kind: 'unreachable', reason: i18n.t('panel.tab.closed') });
  };

  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);

  void (async () => {
    const current = await browser.windows.getCurrent();
    windowId = current.id;
    if (pinnedTabId !== undefined) return switchTo(pinnedTabId);
    const [active] = await browser.tabs.query({ active: true, windowId });
    if (active?.id !== undefined) switchTo(active.id);
    else onState({ kind: 'unreachable', reason: i18n.t('panel.tab.noTab') });
  })();

  return {
    refresh() {
      if (tabId !== undefined) switchTo(tabId);
    },
    stop() {
      removePageChanged();
      removeDraftChanged();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    },
  };
}

/** The tab's address, when the browser lets Tactful see it (a site it runs on, or after a toolbar click). */
async function tabUrlOf(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId))?.url;
  } catch {
    return undefined;
  }
}

/** The tab's reading, or why Tactful cannot read it. */
async function readTab(tabId: number): Promise<ReadResult | string> {
  try {
    return await sendMessage('readPage', {}, tabId);
  } catch {
    // No content script in the tab: inject it, if the browser lets us, and ask once more.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${contentScriptFor(await tabUrlOf(tabId))}`] });
    return await sendMessage('readPage', {}, tabId);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /cannot (access|be scripted)|permission|extensions gallery|chrome:\/\/|about:/i.test(message)
      ? i18n.t('panel.tab.noAccess')
      : i18n.t('panel.tab.readFailed', { error: message });
  }
}
