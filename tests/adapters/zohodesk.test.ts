import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { zohodesk } from '../../lib/adapters/zohodesk';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from what is known of Zoho Desk's markup; see tests/fixtures/helpdesks/zohodesk/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/zohodesk');
const TICKET_URL = 'https://desk.zoho.com/agent/examplesupport/support/tickets/details/84211000004471042';
const LIST_URL = 'https://desk.zoho.com/agent/examplesupport/support/tickets/list/all-tickets';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const TICKET: ConversationSnapshot = {
  helpdesk: 'zohodesk',
  url: TICKET_URL,
  conversationId: '1042',
  subject: 'Smart plug keeps disconnecting',
  customer: { name: 'Ruth Adeyemi', email: 'ruth.adeyemi@example.com' },
  messages: [
    {
      id: 'thread_84211000004475101',
      role: 'customer',
      author: 'Ruth Adeyemi',
      at: '2026-11-22T20:05:00.000Z',
      text: "My smart plug disconnects from the app every few hours and the schedule stops working.\n\nIt is the third one I've bought from you.",
    },
    {
      id: 'thread_84211000004475160',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-23T09:12:00.000Z',
      text: "Hi Ruth,\n\nSorry for the trouble. Could you try connecting the plug to your router's 2.4 GHz network instead?\n\nSam",
    },
    {
      id: 'thread_84211000004475188',
      role: 'note',
      author: 'Sam Rivera',
      at: '2026-11-23T09:30:00.000Z',
      text: 'Firmware 2.1.4 has a known Wi-Fi drop on 5 GHz routers. Fix due in 2.1.5.',
    },
    {
      id: 'thread_84211000004475210',
      role: 'customer',
      author: 'Ruth Adeyemi',
      at: '2026-11-23T10:41:00.000Z',
      text: 'Tried that, it dropped off the network again within the hour.',
    },
  ],
  composer: { found: true, kind: 'contenteditable' },
  channel: 'email',
  confidence: 0.8,
};

describe('zohodesk adapter', () => {
  it('reads the shown sub-tab, newest-first threads put oldest first', () => {
    expect(zohodesk.read(load('ticket.html', TICKET_URL), new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('reads the draft from the editor its composer selector names', () => {
    expect(draftIn(load('ticket.html', TICKET_URL), zohodesk)).toBe('Hi Ruth,');
  });

  it('falls back to the ticket id in the sub-tab when no number is shown', () => {
    const doc = load('ticket.html', TICKET_URL);
    doc.querySelectorAll('[data-id="ticketNumber"]').forEach((el) => el.remove());
    expect(zohodesk.read(doc, new URL(TICKET_URL))?.conversationId).toBe('84211000004471042');
  });

  it('returns null on the ticket list', () => {
    const doc = load('list.html', LIST_URL);
    expect(zohodesk.read(doc, new URL(LIST_URL))).toBeNull();
    expect(zohodesk.composer(doc)).toEqual({ found: false });
  });

  it('detects Zoho Desk, also on a local copy, and matches its regional hosts', () => {
    const local = 'http://127.0.0.1:8080/zohodesk/ticket.html';
    expect(zohodesk.detect(load('ticket.html', local), new URL(local))).toBe(true);
    expect(zohodesk.detect(load('list.html', LIST_URL), new URL(LIST_URL))).toBe(false);
    expect(zohodesk.matches(new URL(TICKET_URL))).toBe(true);
    expect(zohodesk.matches(new URL('https://desk.zoho.eu/agent/example/support/tickets/details/1'))).toBe(true);
    expect(zohodesk.matches(new URL('https://www.zoho.com/desk/'))).toBe(false);
  });
});
