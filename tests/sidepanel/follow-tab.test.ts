import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DraftState } from '@/lib/conversation/draft';
import type { ReadResult } from '@/lib/conversation/reading';
import type { PageState } from '@/lib/panel';

/**
 * The panel's tab-following logic, with WXT's fake browser for tabs and windows and a fake of
 * Tactful's own messaging (which content script answers, and what it says).
 */
const answers = new Map<number, ReadResult | Error>();
let pageChanged: ((message: { data: ReadResult; sender: { tab?: { id?: number } } }) => void) | undefined;
let draftChanged: ((message: { data: DraftState; sender: { tab?: { id?: number } } }) => void) | undefined;

vi.mock('@/lib/messaging', () => ({
  sendMessage: vi.fn(async (_type: string, _data: unknown, tabId: number) => {
    const answer = answers.get(tabId);
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (answer instanceof Error) throw answer;
    return answer;
  }),
  onMessage: vi.fn((type: string, listener: typeof pageChanged) => {
    if (type === 'pageChanged') pageChanged = listener;
    if (type === 'draftChanged') draftChanged = listener as unknown as typeof draftChanged;
    return () => undefined;
  }),
}));

const { followTab } = await import('@/entrypoints/sidepanel/follow-tab');

function reading(subject: string): ReadResult {
  return {
    adapter: 'rt',
    ms: 1,
    errors: [],
    snapshot: { helpdesk: 'rt', url: `https://rt.example.com/${subject}`, subject, customer: {}, messages: [], composer: { found: false }, confidence: 0.9 },
  };
}

const subjectOf = (state: PageState | undefined) => (state?.kind === 'conversation' ? state.snapshot.subject : state?.kind);

let executeScript: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  answers.clear();
  pageChanged = undefined;
  await fakeBrowser.windows.create({ focused: true });
  executeScript = vi.fn(async () => [{}]);
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
});

/** Open a tab; the fake browser cannot mark a new tab active, so the first active one is stubbed. */
async function openTab(url: string, active: boolean) {
  const tab = await fakeBrowser.tabs.create({ url });
  if (active) vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
  return tab;
}

async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('followTab', () => {
  it('reads the active tab and follows the agent to another tab', async () => {
    const first = await openTab('https://rt.example.com/1', true);
    const second = await openTab('https://rt.example.com/2', false);
    answers.set(first.id!, reading('first ticket'));
    answers.set(second.id!, reading('second ticket'));
    const states: PageState[] = [];
    const { stop } = followTab({ onState: (s) => states.push(s) });
    await settle();
    expect(states.map(subjectOf)).toEqual(['loading', 'first ticket']);

    await fakeBrowser.tabs.onActivated.trigger({ tabId: second.id!, windowId: second.windowId! });
    await settle();
    expect(states.map(subjectOf)).toEqual(['loading', 'first ticket', 'loading', 'second ticket']);
    stop();
  });

  it('takes updates pushed by the followed tab and ignores other tabs', async () => {
    const tab = await openTab('https://rt.example.com/1', true);
    answers.set(tab.id!, reading('before'));
    const states: PageState[] = [];
    followTab({ onState: (s) => states.push(s) });
    await settle();
    pageChanged?.({ data: reading('from another tab'), sender: { tab: { id: tab.id! + 100 } } });
    pageChanged?.({ data: reading('after'), sender: { tab: { id: tab.id! } } });
    expect(states.map(subjectOf)).toEqual(['loading', 'before', 'after']);
  });

  it('stays on a pinned tab whatever the agent activates', async () => {
    const pinned = await openTab('https://rt.example.com/1', false);
    const other = await openTab('https://rt.example.com/2', true);
    answers.set(pinned.id!, reading('pinned'));
    answers.set(other.id!, reading('other'));
    const states: PageState[] = [];
    followTab({ pinnedTabId: pinned.id!, onState: (s) => states.push(s) });
    await settle();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId: other.windowId! });
    await settle();
    expect(states.map(subjectOf)).toEqual(['loading', 'pinned']);
  });

  it('injects the content script once when none answers, then reads', async () => {
    const tab = await openTab('https://help.example.com/ticket/9', true);
    executeScript.mockImplementation(async () => {
      answers.set(tab.id!, reading('after injection'));
      return [{}];
    });
    const states: PageState[] = [];
    followTab({ onState: (s) => states.push(s) });
    await settle();
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
    expect(states.map(subjectOf)).toEqual(['loading', 'after injection']);
  });

  it('explains when the browser will not let Tactful read the page', async () => {
    await openTab('chrome://settings', true);
    executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const states: PageState[] = [];
    followTab({ onState: (s) => states.push(s) });
    await settle();
    const last = states.at(-1);
    expect(last?.kind).toBe('unreachable');
    expect(last?.kind === 'unreachable' && last.reason).toMatch(/no access to this page/);
  });

  it('re-reads the page when the followed tab finishes loading', async () => {
    const tab = await openTab('https://rt.example.com/1', true);
    answers.set(tab.id!, reading('first load'));
    const states: PageState[] = [];
    followTab({ onState: (s) => states.push(s) });
    await settle();
    answers.set(tab.id!, reading('after reload'));
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
    await settle();
    expect(states.map(subjectOf)).toEqual(['loading', 'first load', 'loading', 'after reload']);
  });

  it("passes on the followed tab's draft, and only that tab's", async () => {
    const tab = await openTab('https://rt.example.com/1', true);
    answers.set(tab.id!, reading('ticket'));
    const drafts: DraftState[] = [];
    followTab({ onState: () => {}, onDraft: (d) => drafts.push(d) });
    await settle();
    draftChanged?.({ data: { found: true, kind: 'textarea', text: 'from another tab' }, sender: { tab: { id: tab.id! + 1 } } });
    draftChanged?.({ data: { found: true, kind: 'textarea', text: 'Hi Dana' }, sender: { tab: { id: tab.id! } } });
    expect(drafts.map((d) => d.text)).toEqual(['Hi Dana']);
  });
});
