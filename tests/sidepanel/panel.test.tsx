import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/components/sidepanel/App';
import { PanelProvider } from '@/components/sidepanel/context';
import { initialPanelState, setDraft, setHistory, setPage, usePanelStore } from '@/components/sidepanel/store';
import { createController, type PanelController, type TabPort } from '@/entrypoints/sidepanel/controller';
import type { DraftMark, DraftSpan, InsertResult } from '@/lib/conversation/draft';
import type { ConversationSnapshot, Message } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import { recordConversation } from '@/lib/history';

const messages: Message[] = [
  { id: '1', role: 'customer', author: 'Dana Whitfield', at: '2026-11-20T09:00:00.000Z', text: 'My parcel still has not arrived.' },
  { id: '2', role: 'system', author: 'RT_System', at: '2026-11-20T09:05:00.000Z', text: "Status changed from 'new' to 'open'" },
  { id: '3', role: 'agent', author: 'Sam Rivera', at: '2026-11-20T10:00:00.000Z', text: "I'm sorry about the wait, Dana." },
  { id: '4', role: 'note', author: 'Sam Rivera', at: '2026-11-20T10:01:00.000Z', text: 'Courier says it is in the depot.' },
  { id: '5', role: 'customer', author: 'Dana Whitfield', at: '2026-11-21T08:00:00.000Z', text: 'Any news?' },
];

const snapshot: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  conversationId: '7',
  subject: 'Parcel still not here',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  messages,
  composer: { found: false },
  channel: 'email',
  confidence: 0.95,
};

/** What the panel asked of the followed tab, as the views ask it (the controller adds the tab). */
interface TabCalls {
  insert(text: string): Promise<InsertResult>;
  mark(marks: DraftMark[]): Promise<void>;
  select(span: DraftSpan): Promise<InsertResult>;
  replace(span: DraftSpan, text: string): Promise<InsertResult>;
  expand(): Promise<{ pressed: number }>;
}
const NOT_CONNECTED: InsertResult = { ok: false, reason: 'Tactful is not connected to a helpdesk tab.' };
let tab: TabCalls;
let refresh: () => void;
const port: TabPort = {
  insert: (_tabId, text) => tab.insert(text),
  mark: (_tabId, marks) => tab.mark(marks),
  select: (_tabId, span) => tab.select(span),
  replace: (_tabId, span, text) => tab.replace(span, text),
  expand: () => tab.expand(),
};
/** Answer the panel's requests to the tab with these. */
function useTab(calls: Partial<TabCalls>) {
  tab = { ...tab, ...calls };
}

let db: TactfulDatabase;
let controller: PanelController;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`panel-test-${++n}`);
  await db.open();
  usePanelStore.setState(initialPanelState(), true);
  tab = { insert: async () => NOT_CONNECTED, mark: async () => {}, select: async () => NOT_CONNECTED, replace: async () => NOT_CONNECTED, expand: async () => ({ pressed: 0 }) };
  refresh = () => {};
  // The real controller, with the tab's content script and the tab-following faked.
  controller = createController({ db, tab: port, follow: () => ({ refresh: () => refresh(), stop() {} }) });
});
afterEach(async () => {
  controller.stop();
  db.close();
  await db.delete();
});

function Panel() {
  return (
    <PanelProvider wiring={controller}>
      <App />
    </PanelProvider>
  );
}

describe('the side panel', () => {
  it('says it is reading while the page loads', () => {
    render(<Panel />);
    expect(screen.getByRole('status')).toHaveTextContent('Reading the page…');
  });

  it('explains what to do when the page holds no conversation', () => {
    setPage({ kind: 'no-conversation', tabId: 1, errors: [] });
    render(<Panel />);
    expect(screen.getByRole('heading', { name: "Tactful can't see a conversation on this page" })).toBeInTheDocument();
    expect(screen.getByText(/Open a ticket or conversation in your helpdesk/)).toBeInTheDocument();
    expect(screen.getByText(/reload the tab/)).toBeInTheDocument();
  });

  it('names an adapter that failed instead of showing nothing', () => {
    setPage({ kind: 'no-conversation', tabId: 1, errors: [{ adapter: 'rt', message: 'boom' }] });
    render(<Panel />);
    expect(screen.getByRole('note')).toHaveTextContent('The rt adapter failed: boom');
  });

  it('says why when Tactful cannot reach the page at all', () => {
    setPage({ kind: 'unreachable', reason: 'Tactful has no access to this page.' });
    render(<Panel />);
    expect(screen.getByRole('heading', { name: "Tactful can't see a conversation on this page" })).toBeInTheDocument();
    expect(screen.getByText('Tactful has no access to this page.')).toBeInTheDocument();
  });

  it('shows the helpdesk, the customer, the subject and the newest messages, older ones folded', async () => {
    setPage({ kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 2, errors: [] });
    render(<Panel />);

    expect(screen.getByLabelText('Where this came from')).toHaveTextContent('Request Tracker · read by the rt adapter · 95% sure');
    const customer = screen.getByLabelText('Customer');
    expect(customer).toHaveTextContent('Dana Whitfield');
    expect(customer).toHaveTextContent('dana.whitfield@example.com');
    expect(screen.getByRole('heading', { name: '#7 Parcel still not here' })).toBeInTheDocument();

    const list = screen.getByRole('list', { name: 'Messages' });
    expect(within(list).getAllByRole('listitem').map((li) => li.dataset.role)).toEqual(['agent', 'note', 'customer']);
    expect(within(list).getByText('Internal note')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show 2 earlier messages' }));
    expect(within(list).getAllByRole('listitem').map((li) => li.dataset.role)).toEqual(['customer', 'system', 'agent', 'note', 'customer']);
    expect(screen.queryByRole('button', { name: /earlier messages/ })).not.toBeInTheDocument();
  });

  it('shows "First contact" and then the number of earlier contacts from the database', async () => {
    const recorded = await recordConversation(db, snapshot, new Date('2026-11-23T08:00:00Z'));
    setPage({ kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 2, errors: [] });
    setHistory(recorded ?? {});
    render(<Panel />);
    expect(await screen.findByText('First contact')).toBeInTheDocument();

    // Another ticket from the same customer arrives in the database: the panel follows live.
    await act(async () => {
      await recordConversation(db, { ...snapshot, conversationId: '3', url: 'https://help.example.com/Ticket/Display.html?id=3' }, new Date('2026-11-01T08:00:00Z'));
    });
    expect(await screen.findByText('1 earlier contact')).toBeInTheDocument();
  });

  it('says plainly when history could not be saved, and still shows the conversation', () => {
    setPage({ kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 2, errors: [] });
    setHistory({ error: "History wasn't saved: the browser's storage for Tactful is full." });
    render(<Panel />);
    expect(screen.getByRole('alert')).toHaveTextContent('storage for Tactful is full');
    expect(screen.getByRole('heading', { name: '#7 Parcel still not here' })).toBeInTheDocument();
  });

  it('says when a customer cannot be kept in history', () => {
    setPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, customer: {} }, adapter: 'rt', ms: 2, errors: [] });
    render(<Panel />);
    expect(screen.getByLabelText('Customer')).toHaveTextContent('Unknown customer');
    expect(screen.getByTestId('contact-count')).toHaveTextContent('Not in history');
  });

  it('offers to turn Tactful on for a site it cannot read, and reads again once allowed', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as Record<string, unknown>).permissions = { contains: vi.fn(async () => false), request };
    (fakeBrowser as unknown as Record<string, unknown>).scripting = {
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: vi.fn(async () => undefined),
    };
    const refreshed = vi.fn();
    refresh = refreshed;
    setPage({ kind: 'unreachable', tabId: 4, tabUrl: 'https://help.example.com/tickets/12', reason: 'Tactful has no access to this page.' });
    render(<Panel />);

    await userEvent.click(await screen.findByRole('button', { name: 'Use Tactful on help.example.com' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://help.example.com/*'] });
    await vi.waitFor(() => expect(refreshed).toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: /Use Tactful on/ })).not.toBeInTheDocument();
  });

  it('does not offer site access on browser pages, and says what to do instead', () => {
    setPage({ kind: 'unreachable', tabId: 4, tabUrl: 'chrome://settings', reason: 'Tactful has no access to this page.' });
    render(<Panel />);
    expect(screen.queryByRole('button', { name: /Use Tactful on/ })).not.toBeInTheDocument();
    expect(screen.getByText(/click Tactful's toolbar button/)).toBeInTheDocument();
  });

  it('says when the generic reader stood in for a named adapter', () => {
    setPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, helpdesk: 'generic', confidence: 0.5 }, adapter: 'generic', ms: 2, errors: [], fallbackFrom: 'rt' });
    render(<Panel />);
    expect(screen.getByLabelText('Where this came from')).toHaveTextContent('Request Tracker · read by the generic adapter · 50% sure');
    expect(screen.getByRole('note')).toHaveTextContent("Request Tracker's page changed: reading with the generic reader.");
  });

  it('names the generic reader in the panel language on a helpdesk Tactful has no adapter for', () => {
    setPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, helpdesk: 'generic', confidence: 0.5 }, adapter: 'generic', ms: 2, errors: [] });
    render(<Panel />);
    expect(screen.getByLabelText('Where this came from')).toHaveTextContent('Generic reader · read by the generic adapter · 50% sure');
  });

  it('says in one line when a named adapter read fewer messages than its page shows', () => {
    const degraded = { adapter: 'zendesk', problem: 'readFewer' as const, read: 2, visible: 9 };
    setPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, helpdesk: 'zendesk' }, adapter: 'zendesk', ms: 2, errors: [], degraded });
    render(<Panel />);
    expect(screen.getByLabelText('Where this came from')).toHaveTextContent('Zendesk · read by the zendesk adapter');
    expect(screen.getByRole('note')).toHaveTextContent("Zendesk's page may have changed: read 2 of about 9 messages.");
  });

  it('shows no reader notice when the reading looks whole', () => {
    setPage({ kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 2, errors: [] });
    render(<Panel />);
    expect(within(screen.getByLabelText('Where this came from')).queryByRole('note')).not.toBeInTheDocument();
  });

  it('shows how the customer feels, in their own words, with what else to notice', () => {
    const upset: Message = {
      id: '6',
      role: 'customer',
      author: 'Dana Whitfield',
      at: '2026-11-22T08:00:00.000Z',
      text:
        'This is the THIRD time I have had to chase you and my parcel STILL has not arrived!!! I need it before Saturday. ' +
        'If it is not sorted today I will cancel and dispute the charge with my bank.',
    };
    setPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, messages: [...messages, upset] }, adapter: 'rt', ms: 2, errors: [] });
    render(<Panel />);
    const feel = screen.getByRole('region', { name: 'How they feel' });
    expect(within(feel).getByTestId('emotion').textContent).toMatch(/Angry|Frustrated/);
    const marked = within(within(feel).getByLabelText('Their words')).getAllByText((_, el) => el?.tagName === 'MARK');
    expect(marked.length).toBeGreaterThan(0);
    expect(feel).toHaveTextContent(/Has had to chase this: .*third time/i);
    expect(feel).toHaveTextContent(/Urgent: .*before Saturday/);
    expect(feel).toHaveTextContent(/Escalation risk: .*(cancel|chargeback)/);
  });

  it('calls a calm customer calm and flags nothing', () => {
    const calm: Message = { id: '7', role: 'customer', author: 'Dana Whitfield', text: 'Hi, could you tell me which address my order will be sent to? Thanks.' };
    setPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, messages: [calm] }, adapter: 'rt', ms: 2, errors: [] });
    render(<Panel />);
    const feel = screen.getByRole('region', { name: 'How they feel' });
    expect(within(feel).getByTestId('emotion')).toHaveTextContent('Calm');
    expect(feel).not.toHaveTextContent(/Escalation risk|Has had to chase/);
  });

  it('asks for a reload when Tactful has access to the site but cannot reach the tab (after an update)', async () => {
    (fakeBrowser as unknown as Record<string, unknown>).permissions = { contains: vi.fn(async () => true) };
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Tactful', version: '1' });
    const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined);
    setPage({ kind: 'unreachable', tabId: 9, tabUrl: 'https://help.example.com/tickets/12', reason: 'Tactful has no access to this page.' });
    render(<Panel />);
    await userEvent.click(await screen.findByRole('button', { name: 'Reload the helpdesk tab' }));
    expect(reload).toHaveBeenCalledWith(9);
    expect(screen.queryByRole('button', { name: /Use Tactful on/ })).not.toBeInTheDocument();
  });

  it('suggests phrases that fit, inserts one into the reply, and remembers the pick', async () => {
    const insert = vi.fn(async () => ({ ok: true as const }));
    useTab({ insert });
    const upset: Message = { id: '9', role: 'customer', author: 'Dana Whitfield', text: 'My parcel still has not arrived and nobody has answered my emails. This is really frustrating.' };
    setPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, messages: [upset] }, adapter: 'rt', ms: 2, errors: [] });
    render(<Panel />);

    const say = screen.getByRole('region', { name: 'Say this' });
    const items = within(say).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(2);
    const kinds = new Set(items.map((li) => li.dataset.kind));
    expect(kinds.has('empathy') && (kinds.has('acknowledge') || kinds.has('apology'))).toBe(true);
    expect([...kinds].every((kind) => ['acknowledge', 'empathy', 'apology', 'deescalate'].includes(kind!))).toBe(true);
    for (const li of items) expect(li.textContent).not.toMatch(/\{\{|Hi ,/);

    // Keyboard: focus the list, move down, Enter inserts the focused phrase.
    items[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await userEvent.keyboard('{Enter}');
    expect(insert).toHaveBeenCalledTimes(1);
    const inserted = (insert.mock.calls[0] as unknown as [string])[0];
    expect(items[1]!.querySelector('.suggestion-text')!.textContent).toBe(inserted);
    expect(await within(items[1]!).findByRole('status')).toHaveTextContent('Inserted into your reply.');
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('phrasePreferences')).phrasePreferences).toMatchObject({ total: 1 }));

    await userEvent.click(within(items[0]!).getByRole('button', { name: 'Why this?' }));
    expect(items[0]!.querySelector('.why')?.textContent).toMatch(/\w+/);
  });

  it('puts the phrase on the clipboard and says why when the editor refuses it', async () => {
    useTab({ insert: vi.fn(async () => ({ ok: false as const, reason: "Tactful can't find your reply box." })) });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const upset: Message = { id: '9', role: 'customer', author: 'Dana Whitfield', text: 'My parcel still has not arrived. This is really frustrating.' };
    setPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, messages: [upset] }, adapter: 'rt', ms: 2, errors: [] });
    render(<Panel />);
    const first = within(screen.getByRole('region', { name: 'Say this' })).getAllByRole('listitem')[0]!;
    await userEvent.click(within(first).getByRole('button', { name: 'Insert' }));
    expect(await within(first).findByRole('status')).toHaveTextContent("Tactful can't find your reply box. The phrase is on your clipboard");
    expect(writeText).toHaveBeenCalledWith(first.querySelector('.suggestion-text')!.textContent);
  });

  it('drafts a four-point reply the agent edits before inserting', async () => {
    const insert = vi.fn(async () => ({ ok: true as const }));
    useTab({ insert });
    const upset: Message = { id: '9', role: 'customer', author: 'Dana Whitfield', text: 'My parcel still has not arrived and I need it before Saturday.' };
    setPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, messages: [upset] }, adapter: 'rt', ms: 2, errors: [] });
    render(<Panel />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft a reply' }));
    const box = screen.getByRole('textbox', { name: 'Draft reply text' }) as HTMLTextAreaElement;
    expect(box.value).toMatch(/Dana/);
    expect(box.value).not.toMatch(/\{\{|Hi ,/);
    const points = within(screen.getByRole('list', { name: 'What the draft answers' })).getAllByRole('listitem');
    expect(points.map((li) => li.className)).toEqual(['done', 'done', 'done', 'done']);
    await userEvent.type(box, ' Thanks for your patience.');
    await userEvent.click(screen.getByRole('button', { name: 'Insert into reply' }));
    expect(insert).toHaveBeenCalledWith(expect.stringMatching(/Thanks for your patience\.$/));
  });

  it("checks the agent's draft live: findings underlined, selected and rewritten in the editor, and the checklist", async () => {
    const calls = {
      mark: vi.fn(async () => {}),
      select: vi.fn(async () => ({ ok: true as const })),
      replace: vi.fn(async () => ({ ok: true as const })),
      insert: vi.fn(async () => ({ ok: true as const })),
    };
    useTab(calls);
    setPage({ kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 2, errors: [] });
    const text = 'Hi Dana, it was our fault your order was late. I will look into it.';
    setDraft({ found: true, kind: 'ckeditor4', text });
    render(<Panel />);

    const check = screen.getByRole('region', { name: 'Your draft' });
    const findings = within(within(check).getByRole('list', { name: 'To reconsider' })).getAllByRole('listitem');
    const fault = findings.find((li) => li.textContent?.includes('Admits fault'))!;
    expect(fault).toBeDefined();
    const words = within(fault).getByRole('button', { name: /our fault/ });

    // The editor gets the same findings underlined.
    await vi.waitFor(() => expect(calls.mark).toHaveBeenCalled());
    const marks = (calls.mark.mock.calls.at(-1) as unknown as [{ start: number; end: number; category: string }[]])[0];
    expect(marks.some((m) => m.category === 'fault' && text.slice(m.start, m.end).includes('our fault'))).toBe(true);

    await userEvent.click(words);
    const span = (calls.select.mock.calls[0] as unknown as [{ start: number; end: number; expected: string }])[0];
    expect(span.expected).toBe(text.slice(span.start, span.end));
    expect(span.expected).toMatch(/our fault/);

    await userEvent.click(within(fault).getAllByRole('button', { name: /^Apply: / })[0]!);
    const [replaced, rewrite] = calls.replace.mock.calls[0] as unknown as [{ start: number; end: number; expected: string }, string];
    expect(replaced.expected).toBe(text.slice(replaced.start, replaced.end));
    expect(rewrite).not.toMatch(/fault/i);

    // The checklist: no concrete time yet, and a sentence offered to add.
    const timescale = within(check).getByRole('list', { name: 'Reply checklist' }).querySelector('[data-point="timescale"]')!;
    expect(timescale.className).toBe('todo');
    await userEvent.click(within(timescale as HTMLElement).getByRole('button', { name: /^Add: / }));
    expect(calls.insert).toHaveBeenCalledTimes(1);
  });

  it('says what to do when there is no draft yet, and clears the underlines', async () => {
    const mark = vi.fn(async () => {});
    useTab({ mark });
    setPage({ kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 2, errors: [] });
    setDraft({ found: true, text: '   ' });
    render(<Panel />);
    expect(screen.getByRole('region', { name: 'Your draft' })).toHaveTextContent('Start writing your reply');
    await vi.waitFor(() => expect(mark).toHaveBeenCalledWith([]));
  });
});
