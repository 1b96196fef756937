import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialPanelState, usePanelStore } from '@/components/sidepanel/store';
import { createController, type PanelController } from '@/entrypoints/sidepanel/controller';
import { analyzeConversation, type Insight } from '@/lib/analysis';
import type { ConversationSnapshot, Message } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import { builtinPacks } from '@/lib/packs/builtin';
import { analyserOver, conversationChars, createPanelModel, isFailed, serveAnalysis, type PageState, type PanelInputs } from '@/lib/panel';
import { forPanel, SENT_MESSAGE_READINGS, type Endpoint } from '@/lib/panel/off-thread';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { emptyPreferences } from '@/lib/suggest/preferences';

/** Long conversations are read off the panel's main thread; short ones at once, here. */

const complaint = 'My order still has not arrived after three weeks and nobody answers my emails, which is really frustrating. ';
const message = (i: number, length: number): Message => ({ id: String(i), role: i % 2 ? 'agent' : 'customer', text: complaint.repeat(Math.ceil(length / complaint.length)).slice(0, length) });
const snapshotOf = (messages: Message[]): ConversationSnapshot => ({
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  conversationId: '7',
  subject: 'Order not here',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  messages,
  composer: { found: true, kind: 'textarea' },
  channel: 'email',
  confidence: 0.9,
});
const short = snapshotOf([message(0, 300)]);
const long = snapshotOf(Array.from({ length: 9 }, (_, i) => message(i, 5_000)));
const pageOf = (snapshot: ConversationSnapshot): PageState => ({ kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 1, errors: [] });
const inputs = (snapshot: ConversationSnapshot, change: Partial<PanelInputs> = {}): PanelInputs => ({
  page: pageOf(snapshot),
  settings: DEFAULT_SETTINGS,
  preferences: emptyPreferences(),
  packs: builtinPacks(),
  history: {},
  now: 0,
  ...change,
});

/** Two ends of a channel, like a Worker and its page, delivering asynchronously. */
function channel(): { page: Endpoint & { terminate(): void; terminated: boolean }; worker: Endpoint } {
  const listeners = { page: [] as ((event: { data: unknown }) => void)[], worker: [] as ((event: { data: unknown }) => void)[] };
  const errors: ((event: unknown) => void)[] = [];
  const end = (mine: 'page' | 'worker', other: 'page' | 'worker') => ({
    postMessage: (data: unknown) => void setTimeout(() => listeners[other].forEach((l) => l({ data: structuredClone(data) }))),
    addEventListener: (type: 'message' | 'error', listener: (event: never) => void) => {
      if (type === 'message') listeners[mine].push(listener as (event: { data: unknown }) => void);
      else if (mine === 'page') errors.push(listener as (event: unknown) => void);
    },
  });
  const page = Object.assign(end('page', 'worker') as Endpoint, { terminated: false, terminate: () => void (page.terminated = true) });
  return { page, worker: end('worker', 'page') as Endpoint };
}

describe('the analysis Worker protocol', () => {
  it('answers each conversation with what the analysis finds, in order of asking', async () => {
    const { page, worker } = channel();
    serveAnalysis(worker);
    const analyser = analyserOver(() => page, () => Promise.reject(new Error('not here')));
    const [a, b] = await Promise.all([analyser.analyse(long), analyser.analyse(short)]);
    expect(a).toEqual(forPanel(analyzeConversation(long)));
    expect(b).toEqual(forPanel(analyzeConversation(short)));
  });

  it('passes on why the Worker could not read a conversation', async () => {
    const { page, worker } = channel();
    serveAnalysis(worker, () => {
      throw new Error('unreadable');
    });
    const analyser = analyserOver(() => page, () => Promise.reject(new Error('not here')));
    await expect(analyser.analyse(short)).rejects.toThrow('unreadable');
  });

  it('reads here instead when the Worker cannot start, or fails while readings wait', async () => {
    const here = vi.fn(async (snapshot: ConversationSnapshot) => analyzeConversation(snapshot));
    const unstartable = analyserOver(() => {
      throw new Error('Workers are not allowed here');
    }, here);
    expect(await unstartable.analyse(short)).toEqual(analyzeConversation(short));

    // A Worker that never answers, then reports an error: the waiting reading is done here.
    let fail: (event: unknown) => void = () => undefined;
    const silent = { postMessage: () => undefined, addEventListener: (type: string, listener: (event: never) => void) => void (type === 'error' && (fail = listener as never)), terminate: vi.fn() };
    const analyser = analyserOver(() => silent as unknown as Endpoint & { terminate(): void }, here);
    const waiting = analyser.analyse(long);
    fail(new Event('error'));
    expect(await waiting).toEqual(analyzeConversation(long));
    expect(silent.terminate).toHaveBeenCalled();
    expect(here).toHaveBeenCalledTimes(2);
  });
});

describe('the panel model with a Worker', () => {
  it('counts a conversation’s text only as far as it needs to', () => {
    expect(conversationChars(short)).toBe(300);
    expect(conversationChars(long, 12_000)).toBe(15_000); // stopped after the third message
  });

  it('reads a short conversation at once, and leaves a long one waiting with nothing advised', () => {
    const model = createPanelModel({ mainThreadChars: 30_000 });
    const shortView = model(inputs(short)).conversation!;
    expect(shortView.analysing).toBe(false);
    expect(isFailed(shortView.insight)).toBe(false);

    const longView = model(inputs(long)).conversation!;
    expect(longView.analysing).toBe(true);
    expect(longView.advice).toBe(false);
    // The draft is still checked while the conversation is read.
    const checking = model(inputs(long, { draft: { found: true, kind: 'textarea', text: 'It was our fault, I guarantee it will not happen again.' } })).conversation!;
    expect(checking.check).toMatchObject({ state: 'checked' });
    expect(checking.marks.length).toBeGreaterThan(0);
  });

  it('advises exactly the same from the reading sent to the panel as from the whole reading', () => {
    // Customers chasing again and again, in messages of different kinds: the reading sent keeps
    // only the newest messages' own readings, and nothing the panel shows may change for it.
    const chases = ['Still nothing, this is the third time I have asked.', 'Can you tell me when it will arrive?', 'I am really upset, I was promised a refund again.'];
    const mixed = snapshotOf(Array.from({ length: 40 }, (_, i) => ({ id: String(i), role: i % 2 ? 'agent' : 'customer', text: `${chases[i % 3]} ${complaint.repeat(8)}` })));
    const full = analyzeConversation(mixed);
    const sent = forPanel(full);
    expect(sent.messages.length).toBe(SENT_MESSAGE_READINGS);
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(full).length / 2);
    const view = (insight: Insight) => {
      const { conversation } = createPanelModel({ mainThreadChars: 0 })(inputs(mixed, { analysed: { snapshot: mixed, insight } }));
      return { suggestions: conversation!.suggestions, reply: conversation!.reply, estimate: conversation!.estimate, advice: conversation!.advice };
    };
    expect(view(sent)).toEqual(view(full));
  });

  it('uses the reading of this snapshot when it arrives, and not one of another', () => {
    const model = createPanelModel({ mainThreadChars: 30_000 });
    const insight = analyzeConversation(long);
    const ready = model(inputs(long, { analysed: { snapshot: long, insight } })).conversation!;
    expect(ready.analysing).toBe(false);
    expect(ready.advice).toBe(true);
    expect(ready.insight).toBe(insight);
    expect(isFailed(ready.suggestions) || ready.suggestions.list.length).toBeTruthy();

    const grown = snapshotOf([...long.messages, message(9, 2_000)]);
    expect(model(inputs(grown, { analysed: { snapshot: long, insight } })).conversation!.analysing).toBe(true);
  });
});

describe('the controller with a Worker', () => {
  let db: TactfulDatabase;
  let controller: PanelController | undefined;
  let n = 0;
  beforeEach(async () => {
    db = openDatabase(`off-thread-test-${++n}`);
    await db.open();
    usePanelStore.setState(initialPanelState(), true);
  });
  afterEach(async () => {
    controller?.stop();
    db.close();
    await db.delete();
  });

  it('asks once for a long conversation, shows its reading, and records it with what was found', async () => {
    let release: (insight: Insight) => void = () => undefined;
    const analyse = vi.fn((_snapshot: ConversationSnapshot) => new Promise<Insight>((resolve) => (release = resolve)));
    const model = createPanelModel({ mainThreadChars: 30_000 });
    controller = createController({ db, follow: null, model, analyse });
    controller.showPage(pageOf(long));
    controller.showDraft({ found: true, kind: 'textarea', text: 'Hello' });
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(model(usePanelStore.getState()).conversation!.analysing).toBe(true);
    // Not recorded before it is read: the contact carries the topic and feeling found.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.contacts.count()).toBe(0);

    release(analyzeConversation(long));
    await vi.waitFor(() => expect(model(usePanelStore.getState()).conversation!.advice).toBe(true));
    await vi.waitFor(async () => expect(await db.contacts.count()).toBe(1));
    const [contact] = await db.contacts.toArray();
    expect(contact).toMatchObject({ category: expect.any(String), emotion: expect.any(String) });
  });

  it('drops a reading that arrives after the page moved on', async () => {
    let release: (insight: Insight) => void = () => undefined;
    const analyse = vi.fn(() => new Promise<Insight>((resolve) => (release = resolve)));
    const model = createPanelModel({ mainThreadChars: 30_000 });
    controller = createController({ db, follow: null, model, analyse });
    controller.showPage(pageOf(long));
    controller.showPage(pageOf(short));
    release(analyzeConversation(long));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(usePanelStore.getState().analysed).toBeUndefined();
    expect(model(usePanelStore.getState()).conversation!.insight).toMatchObject({ messages: expect.any(Array) });
  });
});
