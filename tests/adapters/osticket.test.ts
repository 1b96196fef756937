import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { osticket } from '../../lib/adapters/osticket';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from osTicket's staff templates; see tests/fixtures/helpdesks/osticket/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/osticket');
const TICKET_URL = 'https://support.example.com/scp/tickets.php?id=52';
const QUEUE_URL = 'https://support.example.com/scp/tickets.php?queue=1';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const TICKET: ConversationSnapshot = {
  helpdesk: 'osticket',
  url: TICKET_URL,
  conversationId: '461162',
  subject: 'Invoice charged twice for the March subscription',
  customer: { name: 'Marco Bellini', email: 'marco.bellini@example.com', id: '14' },
  messages: [
    {
      id: '201',
      role: 'customer',
      author: 'Marco Bellini',
      at: '2024-05-02T08:15:22.000Z',
      text: 'Hi,\n\nI was charged twice for March (invoice INV-2024-0311). Please refund the duplicate charge.\n\nThanks,\nMarco',
    },
    { role: 'system', author: 'Priya Nair', at: '2024-05-02T09:01:05.000Z', text: 'Priya Nair assigned this to Priya Nair' },
    { id: '203', role: 'note', author: 'Priya Nair', at: '2024-05-02T09:05:00.000Z', text: 'Stripe shows two captures on 1 March. Refund ch_3Nx…88 only.' },
    {
      id: '204',
      role: 'agent',
      author: 'Priya Nair',
      at: '2024-05-02T09:20:41.000Z',
      text: "Hello Marco,\n\nYou're right, you were charged twice. I have refunded the duplicate payment; it will show on your statement within 5 business days.\n\nPriya\nBilling team",
    },
  ],
  composer: { found: true, kind: 'redactor' },
  channel: 'email',
  confidence: 0.9,
};

describe('osticket adapter', () => {
  it('reads the ticket thread with entries and events, times from time[datetime]', () => {
    const doc = load('ticket.html', TICKET_URL);
    expect(osticket.read(doc, new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('keeps oldest first when the agent sorts the thread newest first', () => {
    const doc = load('ticket.html', TICKET_URL);
    const items = doc.getElementById('thread-items')!;
    Array.from(items.children).reverse().forEach((entry) => items.appendChild(entry));
    expect(osticket.read(doc, new URL(TICKET_URL))?.messages).toEqual(TICKET.messages);
  });

  it('reads the Redactor draft, and the internal note when that tab is the one shown', () => {
    const doc = load('ticket.html', TICKET_URL);
    doc.querySelector('.redactor-in')!.innerHTML = '<p>Hello Marco,</p><p>The refund is on its way.</p>';
    expect(osticket.composer(doc)).toEqual({ found: true, kind: 'redactor' });
    expect(draftIn(doc, osticket)).toBe('Hello Marco,\nThe refund is on its way.');

    doc.getElementById('reply')!.setAttribute('style', 'display: none;');
    doc.getElementById('note')!.removeAttribute('style');
    doc.querySelector<HTMLTextAreaElement>('#internal_note')!.value = 'Refund issued in Stripe.';
    expect(osticket.composer(doc)).toEqual({ found: true, kind: 'textarea' });
    expect(draftIn(doc, osticket)).toBe('Refund issued in Stripe.');
  });

  it('returns null on a queue, detects the staff panel, and matches ticket URLs', () => {
    const doc = load('queue.html', QUEUE_URL);
    expect(osticket.detect(doc, new URL(QUEUE_URL))).toBe(true);
    expect(osticket.read(doc, new URL(QUEUE_URL))).toBeNull();
    expect(osticket.composer(doc)).toEqual({ found: false });
    expect(osticket.matches(new URL(TICKET_URL))).toBe(true);
    expect(osticket.matches(new URL(QUEUE_URL))).toBe(false);
    expect(osticket.detect(new JSDOM('<body><h2>Ticket #1</h2></body>').window.document, new URL(TICKET_URL))).toBe(false);
  });
});
