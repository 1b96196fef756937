import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { initialPanelState, usePanelStore } from '@/components/sidepanel/store';
import { createController, type PanelController } from '@/entrypoints/sidepanel/controller';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import type { PageState } from '@/lib/panel';

/** The panel counts the pack phrases the agent inserts, and how much they edit them before sending. */

const snapshot: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  conversationId: '7',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  messages: [{ id: '1', role: 'customer', text: 'My parcel still has not arrived.' }],
  composer: { found: true, kind: 'textarea' },
  confidence: 0.95,
};
const conversation = (snap: ConversationSnapshot): PageState => ({ kind: 'conversation', tabId: 3, snapshot: snap, adapter: 'rt', ms: 1, errors: [] });

let db: TactfulDatabase;
let controller: PanelController;
let insertOk: boolean;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`phrase-use-${++n}`);
  await db.open();
  usePanelStore.setState(initialPanelState(), true);
  insertOk = true;
  controller = createController({
    db,
    tab: {
      insert: async () => (insertOk ? { ok: true } : { ok: false, reason: 'The editor is read-only.' }),
      mark: async () => {},
      select: async () => ({ ok: true }),
      replace: async () => ({ ok: true }),
      expand: async () => ({ pressed: 0 }),
    },
    follow: null,
    clock: () => new Date(Date.UTC(2026, 10, 23, 8)),
  });
});
afterEach(async () => {
  controller.stop();
  db.close();
  await db.delete();
});

it('counts an inserted pack phrase and measures the edit when the reply appears, even at a new address', async () => {
  controller.showPage(conversation(snapshot));
  const phrase = "I'm sorry your parcel is late; I'll find out where it is today.";
  expect((await controller.actions.insert(phrase, 'acme/late-1')).ok).toBe(true);
  await vi.waitFor(async () => expect((await db.phraseStats.get('acme/late-1'))?.inserted).toBe(1));
  controller.showDraft({ found: true, kind: 'textarea', text: `Hi Dana,\n\n${phrase.replace('today', 'this morning')}` });
  controller.showDraft({ found: true, kind: 'textarea', text: '' }); // sent: the editor empties
  // RT shows the ticket again at another address after a reply.
  const sent = { id: '2', role: 'agent' as const, text: `Hi Dana,\n\n${phrase.replace('today', 'this morning')}\n\nAna` };
  controller.showPage(conversation({ ...snapshot, url: `${snapshot.url}&results=abc`, messages: [...snapshot.messages, sent] }));
  await vi.waitFor(async () => expect((await db.phraseStats.get('acme/late-1'))?.measured).toBe(1));
  const row = (await db.phraseStats.get('acme/late-1'))!;
  // 13 words; the closest run ends "…where it is this": one word replaced ("morning" follows it).
  expect(row.editTotal).toBeCloseTo(1 / 13);
  expect(row).toMatchObject({ packId: 'acme', phraseId: 'late-1', inserted: 1, unedited: 0 });
  expect(JSON.stringify(row)).not.toMatch(/parcel|Dana/);
});

it('counts nothing for text that is not a pack phrase, or an insertion the editor refused', async () => {
  controller.showPage(conversation(snapshot));
  await controller.actions.insert('Typed in the draft box.');
  insertOk = false;
  await controller.actions.insert('Refused.', 'acme/late-1');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await db.phraseStats.count()).toBe(0);
});
