import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { freshdesk } from '../../lib/adapters/freshdesk';
import type { ConversationSnapshot } from '../../lib/conversation/types';

// Built from what is known of Freshdesk's markup; see tests/fixtures/helpdesks/freshdesk/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/freshdesk');
const TICKET_URL = 'https://example.freshdesk.com/a/tickets/5123';
const LIST_URL = 'https://example.freshdesk.com/a/tickets/filters/all_tickets';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const TICKET: ConversationSnapshot = {
  helpdesk: 'freshdesk',
  url: TICKET_URL,
  conversationId: '5123',
  subject: 'Subscription box missing two items',
  customer: { name: 'Hannah Cole', email: 'hannah.cole@example.com' },
  messages: [
    {
      id: '61000123401',
      role: 'customer',
      author: 'Hannah Cole',
      at: '2026-11-22T07:55:12.000Z',
      text:
        "Hello,\n\nThis month's box arrived without the candle and the notebook, both listed on the packing slip.\n\n" +
        'Third time something has been missing. I am close to cancelling.\n\nHannah Cole',
    },
    {
      id: '61000123455',
      role: 'note',
      author: 'Sam Rivera',
      at: '2026-11-22T09:10:40.000Z',
      text: 'Warehouse confirms the November kits were packed short. Offer a partial refund or resend.',
    },
    {
      id: '61000123460',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-22T09:18:03.000Z',
      text: "Hi Hannah,\n\nI'm sorry, the missing candle and notebook are on their way to you today, at no charge.\n\nKind regards,\nSam",
    },
    { id: '61000123502', role: 'customer', author: 'Hannah Cole', at: '2026-11-23T08:02:55.000Z', text: "Got them, thanks. Please make sure next month's box is complete." },
  ],
  composer: { found: true, kind: 'contenteditable' },
  channel: 'email',
  confidence: 0.8,
};

describe('freshdesk adapter', () => {
  it('reads a ticket: the description is the requester’s, replies by author, private notes by their marks', () => {
    expect(freshdesk.read(load('ticket.html', TICKET_URL), new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('takes the subject from the newer ticket page heading when that is what the page has', () => {
    const doc = load('ticket.html', TICKET_URL);
    const heading = doc.querySelector('.ticket-subject-heading')!;
    heading.className = 'sentiment-ticket-heading';
    expect(freshdesk.detect(doc, new URL(TICKET_URL))).toBe(true);
    expect(freshdesk.read(doc, new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('takes the requester from the description when the contact sidebar is closed, and keeps oldest first', () => {
    const doc = load('ticket.html', TICKET_URL);
    doc.querySelector('[data-test-id="requester-info"]')?.remove();
    const list = doc.querySelector('.ticket-details-list')!;
    Array.from(list.children).reverse().forEach((item) => list.appendChild(item));
    const snapshot = freshdesk.read(doc, new URL(TICKET_URL));
    expect(snapshot?.customer).toEqual({ name: 'Hannah Cole' });
    expect(snapshot?.messages).toEqual(TICKET.messages);
  });

  it('has no composer until Reply is clicked', () => {
    const doc = load('ticket.html', TICKET_URL);
    doc.querySelector('.reply-editor-container')?.remove();
    expect(freshdesk.composer(doc)).toEqual({ found: false });
  });

  it('returns null on the ticket list', () => {
    const doc = load('list.html', LIST_URL);
    expect(freshdesk.read(doc, new URL(LIST_URL))).toBeNull();
  });

  it('detects a ticket page, also on a local copy, and matches Freshdesk URLs', () => {
    const local = 'http://127.0.0.1:8080/freshdesk/ticket.html';
    expect(freshdesk.detect(load('ticket.html', local), new URL(local))).toBe(true);
    expect(freshdesk.detect(load('list.html', LIST_URL), new URL(LIST_URL))).toBe(false);
    expect(freshdesk.matches(new URL(TICKET_URL))).toBe(true);
    expect(freshdesk.matches(new URL('https://example.freshdesk.com/support/home'))).toBe(false);
  });
});
