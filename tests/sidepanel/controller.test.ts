import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialPanelState, usePanelStore } from '@/components/sidepanel/store';
import { createController, type PanelController, type TabPort } from '@/entrypoints/sidepanel/controller';
import type { DraftMark } from '@/lib/conversation/draft';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import type { PageState } from '@/lib/panel';

/** The controller without React: what it records, and what it sends to the tab. */

const snapshot: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  conversationId: '7',
  subject: 'Parcel still not here',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  messages: [{ id: '1', role: 'customer', text: 'My parcel still has not arrived.' }],
  composer: { found: true, kind: 'ckeditor4' },
  confidence: 0.95,
};
const conversation = (snap: ConversationSnapshot): PageState => ({ kind: 'conversation', tabId: 3, snapshot: snap, adapter: 'rt', ms: 1, errors: [] });

let db: TactfulDatabase;
let controller: PanelController;
let marks: DraftMark[][];
/** The tabs asked to open their folded messages, and what the next one answers. */
let expanded: number[];
let expandAnswer: () => Promise<{ pressed: number }>;
let minute: number;
let n = 0;

beforeEach(async () => {
  db = openDatabase(`controller-test-${++n}`);
  await db.open();
  usePanelStore.setState(initialPanelState(), true);
  marks = [];
  expanded = [];
  expandAnswer = async () => ({ pressed: 4 });
  minute = 0;
  const tab: TabPort = {
    insert: async () => ({ ok: true }),
    mark: async (_tabId, next) => void marks.push(next),
    select: async () => ({ ok: true }),
    replace: async () => ({ ok: true }),
    expand: async (tabId) => {
      expanded.push(tabId);
      return expandAnswer();
    },
  };
  controller = createController({ db, tab, follow: null, clock: () => new Date(Date.UTC(2026, 10, 23, 8, minute++)) });
});
afterEach(async () => {
  controller.stop();
  db.close();
  await db.delete();
});

const lastSeen = async () => (await db.contacts.toArray()).map((c) => c.lastSeenAt);

describe('the panel controller', () => {
  it('shows where a conversation is recorded again after the tab reloads, without writing again', async () => {
    controller.showPage(conversation(snapshot));
    await vi.waitFor(() => expect(usePanelStore.getState().history.customerId).toBeTruthy());
    const { customerId, contactId } = usePanelStore.getState().history;
    const seen = await lastSeen();
    controller.showPage({ kind: 'loading' });
    expect(usePanelStore.getState().history.customerId).toBeUndefined();
    controller.showPage(conversation(snapshot));
    expect(usePanelStore.getState().history).toMatchObject({ customerId, contactId });
    expect(await lastSeen()).toEqual(seen);
  });

  it('records the conversation once, not again when only the editor changed', async () => {
    controller.showPage(conversation(snapshot));
    await vi.waitFor(async () => expect(await lastSeen()).toHaveLength(1));
    const first = await lastSeen();
    controller.showPage(conversation({ ...snapshot, composer: { found: true, kind: 'ckeditor4' } }));
    controller.showDraft({ found: true, kind: 'ckeditor4', text: 'Hi Dana, it was our fault.' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await lastSeen()).toEqual(first);
    // A new message is a change to the conversation: recorded.
    controller.showPage(conversation({ ...snapshot, messages: [...snapshot.messages, { id: '2', role: 'customer', text: 'Any news?' }] }));
    await vi.waitFor(async () => expect(await lastSeen()).not.toEqual(first));
  });

  it('keeps the contact count current from the database', async () => {
    controller.showPage(conversation(snapshot));
    await vi.waitFor(() => expect(usePanelStore.getState().history).toMatchObject({ earlier: 0 }));
    controller.showPage(conversation({ ...snapshot, conversationId: '3', url: 'https://help.example.com/Ticket/Display.html?id=3' }));
    await vi.waitFor(() => expect(usePanelStore.getState().history).toMatchObject({ contactId: expect.stringContaining('#3'), earlier: 1 }));
  });

  it('underlines the findings of each new draft, once per draft, and clears them', async () => {
    controller.showPage(conversation(snapshot));
    expect(marks).toEqual([[]]);
    const draft = { found: true, kind: 'ckeditor4' as const, text: 'Hi Dana, it was our fault.' };
    controller.showDraft(draft);
    expect(marks).toHaveLength(2);
    expect(marks[1]!.map((m) => draft.text.slice(m.start, m.end))).toContain('our fault');
    // The same draft again, or another change to the store, sends nothing new.
    controller.showDraft({ ...draft });
    usePanelStore.setState({ now: 1 });
    expect(marks).toHaveLength(2);
    controller.showDraft({ ...draft, text: 'Hi Dana, thanks for waiting.' });
    expect(marks.at(-1)).toEqual([]);
  });

  it('asks the followed tab to open its folded messages, and says why when it cannot', async () => {
    // No conversation followed: nothing to ask.
    expect(await controller.actions.expandMessages()).toEqual({ ok: false, reason: 'Tactful is not connected to a helpdesk tab.' });
    expect(expanded).toEqual([]);
    controller.showPage(conversation(snapshot));
    expect(await controller.actions.expandMessages()).toEqual({ ok: true, pressed: 4 });
    expect(expanded).toEqual([3]);
    expandAnswer = async () => ({ pressed: 0 });
    expect(await controller.actions.expandMessages()).toEqual({ ok: true, pressed: 0 });
    // The tab's content script is gone (reloaded, closed): said, never thrown.
    expandAnswer = async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await controller.actions.expandMessages()).toEqual({ ok: false, reason: "Tactful can't reach the helpdesk tab. Reload it and try again." });
  });
});
