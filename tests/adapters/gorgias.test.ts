import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gorgias } from '../../lib/adapters/gorgias';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Almost nothing of Gorgias's markup is public; see tests/fixtures/helpdesks/gorgias/README.md for what is assumed.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/gorgias');
const TICKET_URL = 'https://example.gorgias.com/app/ticket/88123';
const LIST_URL = 'https://example.gorgias.com/app/tickets';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const TICKET: ConversationSnapshot = {
  helpdesk: 'gorgias',
  url: TICKET_URL,
  conversationId: '88123',
  subject: 'Discount code not applied',
  customer: { name: 'Zoe Park', email: 'zoe.park@example.com' },
  messages: [
    { id: 'm-30011', role: 'customer', author: 'Zoe Park', at: '2026-11-23T15:10:00.000Z', text: "hey i used WELCOME10 at checkout and it didn't take 10% off" },
    { id: 'm-30014', role: 'note', author: 'Sam Rivera', at: '2026-11-23T15:12:00.000Z', text: 'Code expired on the 20th. Refund the 10% as goodwill.' },
    {
      id: 'm-30015',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-23T15:13:00.000Z',
      text: "Hi Zoe! That code ended on the 20th, sorry. I've refunded 10% of your order anyway, you'll see it in 3–5 days.",
    },
  ],
  composer: { found: true, kind: 'draftjs' },
  channel: 'chat',
  confidence: 0.65,
};

describe('gorgias adapter (ticket URL + generic blocks)', () => {
  it('reads a chat ticket with an internal note', () => {
    expect(gorgias.read(load('ticket.html', TICKET_URL), new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('reads the draft from the editor its composer selector names', () => {
    expect(draftIn(load('ticket.html', TICKET_URL), gorgias)).toBe('Anything else I can help with?');
  });

  it('reads a ticket opened from a view (/app/views/<view>/<ticket>) as the same ticket', () => {
    const fromView = 'https://example.gorgias.com/app/views/4410/88123';
    expect(gorgias.detect(load('ticket.html', fromView), new URL(fromView))).toBe(true);
    expect(gorgias.read(load('ticket.html', fromView), new URL(fromView))).toEqual({ ...TICKET, url: fromView });
  });

  it('returns null on the ticket list', () => {
    const doc = load('tickets.html', LIST_URL);
    expect(gorgias.read(doc, new URL(LIST_URL))).toBeNull();
  });

  it('detects a ticket by its URL or header, also on a local copy, and matches Gorgias URLs', () => {
    const local = 'http://127.0.0.1:8080/gorgias/ticket.html';
    expect(gorgias.detect(load('ticket.html', local), new URL(local))).toBe(true);
    expect(gorgias.detect(load('tickets.html', LIST_URL), new URL(LIST_URL))).toBe(false);
    expect(gorgias.matches(new URL(TICKET_URL))).toBe(true);
    expect(gorgias.matches(new URL('https://www.gorgias.com/pricing'))).toBe(false);
  });
});
