import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { zendesk } from '../../lib/adapters/zendesk';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from what is known of Agent Workspace's markup; see tests/fixtures/helpdesks/zendesk/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/zendesk');
const TICKET_URL = 'https://example.zendesk.com/agent/tickets/4215';
const MESSAGING_URL = 'https://example.zendesk.com/agent/tickets/4230';
const VIEWS_URL = 'https://example.zendesk.com/agent/filters/360001';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const TICKET: ConversationSnapshot = {
  helpdesk: 'zendesk',
  url: TICKET_URL,
  conversationId: '4215',
  subject: 'Charged twice for my annual plan',
  customer: { name: 'Maya Brennan', email: 'maya.brennan@example.com' },
  messages: [
    {
      id: '9340',
      role: 'customer',
      author: 'Maya Brennan',
      at: '2026-11-23T08:41:05.000Z',
      text:
        'Hello,\n\n' +
        'I renewed my annual plan on Saturday and my card was charged twice, £96 each time. I only have one account.\n\n' +
        'Please refund the second payment as soon as possible, it has pushed my account into overdraft.\n\n' +
        'Maya',
    },
    {
      id: '9352',
      role: 'note',
      author: 'Sam Rivera',
      at: '2026-11-23T09:02:40.000Z',
      text: 'Two captures in Stripe for the renewal, 09:14 and 09:15 on the 21st. Second one is a duplicate; refund it.',
    },
    {
      id: '9353',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-23T09:05:12.000Z',
      text:
        'Hi Maya,\n\n' +
        "You're right, the renewal went through twice. I've refunded the second £96 payment today; banks usually show it within 3–5 working days.\n\n" +
        'Sam\nBilling Support',
    },
    {
      id: '9361',
      role: 'customer',
      author: 'Maya Brennan',
      at: '2026-11-23T10:17:58.000Z',
      text: 'Thank you. Will I get an e-mail confirming the refund?',
    },
  ],
  composer: { found: true, kind: 'ckeditor5' },
  channel: 'email',
  confidence: 0.9,
};

describe('zendesk adapter', () => {
  it('reads the selected ticket tab, not the hidden one', () => {
    expect(zendesk.read(load('ticket.html', TICKET_URL), new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('keeps the order oldest first when the log is shown newest first', () => {
    const doc = load('ticket.html', TICKET_URL);
    const log = doc.querySelectorAll('[data-test-id="omni-log-container"]')[1]!;
    Array.from(log.children).reverse().forEach((item) => log.appendChild(item));
    expect(zendesk.read(doc, new URL(TICKET_URL))?.messages).toEqual(TICKET.messages);
  });

  it('switches to the other ticket when its tab is selected', () => {
    const doc = load('ticket.html', TICKET_URL);
    const [first, second] = Array.from(doc.querySelectorAll('.workspace'));
    first!.removeAttribute('style');
    second!.setAttribute('style', 'display: none;');
    const url = 'https://example.zendesk.com/agent/tickets/4211';
    const snapshot = zendesk.read(doc, new URL(url));
    expect(snapshot?.conversationId).toBe('4211');
    expect(snapshot?.subject).toBe('Where is my order?');
    expect(snapshot?.messages.map((m) => m.author)).toEqual(['Lee Okafor']);
    expect(snapshot?.composer).toEqual({ found: true, kind: 'ckeditor5' });
    expect(draftIn(doc, zendesk)).toBe('Hi Lee, I have chased the warehouse');
  });

  it('reads the pane Zendesk marks active when both open tickets are laid out on the page', () => {
    const doc = load('ticket.html', TICKET_URL);
    const [first, second] = Array.from(doc.querySelectorAll('.workspace'));
    // The newer layout: every open ticket is a pane, shown, and one says it is in front.
    for (const pane of [first!, second!]) {
      pane.removeAttribute('style');
      pane.classList.add('ticket-panes-grid-layout');
      pane.setAttribute('data-is-active', 'false');
    }
    second!.setAttribute('data-is-active', 'true');
    expect(zendesk.read(doc, new URL(TICKET_URL))).toEqual(TICKET);
    // The draft is the active pane's, though the other pane's editor comes first in the page and holds text.
    expect(zendesk.composerIn!(doc)).toBe(second!.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]'));
    expect(draftIn(doc, zendesk)).toBe('');
    second!.setAttribute('data-is-active', 'false');
    first!.setAttribute('data-is-active', 'true');
    const other = zendesk.read(doc, new URL('https://example.zendesk.com/agent/tickets/4211'));
    expect(other?.subject).toBe('Where is my order?');
    expect(other?.messages.map((m) => m.author)).toEqual(['Lee Okafor']);
    expect(draftIn(doc, zendesk)).toBe('Hi Lee, I have chased the warehouse');
  });

  it('reads a note marked the newer way (type="internal" on the message) as a note', () => {
    const doc = load('ticket.html', TICKET_URL);
    const log = doc.querySelectorAll('[data-test-id="omni-log-container"]')[1]!;
    const reply = Array.from(log.querySelectorAll('[data-test-id="omni-log-comment-item"]')).find(
      (item) => !item.querySelector('[data-test-id="omni-log-internal-note-tag"]') && item.querySelector('[type="agent"]'),
    )!;
    reply.querySelector('[type="agent"]')!.setAttribute('type', 'internal');
    const roles = zendesk.read(doc, new URL(TICKET_URL))!.messages.map((m) => m.role);
    expect(roles).toContain('note');
    expect(roles.filter((r) => r === 'note').length).toBe(TICKET.messages.filter((m) => m.role === 'note').length + 1);
  });

  it('reads a messaging ticket with a bot, and no composer once it is closed', () => {
    expect(zendesk.read(load('messaging.html', MESSAGING_URL), new URL(MESSAGING_URL))).toEqual({
      helpdesk: 'zendesk',
      url: MESSAGING_URL,
      conversationId: '4230',
      subject: 'Conversation with Jonas Eklund',
      customer: { name: 'Jonas Eklund' },
      messages: [
        { id: '9501', role: 'customer', author: 'Jonas Eklund', at: '2026-11-24T16:30:02.000Z', text: 'hi my parcel tracking hasnt moved since monday' },
        { id: '9502', role: 'bot', author: 'Answer Bot', at: '2026-11-24T16:30:04.000Z', text: 'I can help with that. Could you share your order number?' },
        { id: '9503', role: 'customer', author: 'Jonas Eklund', at: '2026-11-24T16:30:41.000Z', text: '51877. can i talk to a person' },
        {
          id: '9504',
          role: 'agent',
          author: 'Sam Rivera',
          at: '2026-11-24T16:32:15.000Z',
          text: 'Hi Jonas, Sam here. The carrier scanned it at the depot this morning; it is out for delivery tomorrow.',
        },
      ],
      composer: { found: false },
      channel: 'unknown',
      confidence: 0.9,
    } satisfies ConversationSnapshot);
  });

  it('reads the draft the agent is writing', () => {
    const doc = load('ticket.html', TICKET_URL);
    const editor = doc.querySelectorAll('[data-test-id="omnicomposer-rich-text-ckeditor"]')[1]!;
    editor.innerHTML = '<p>Hi Maya,</p><p>Yes: the refund confirmation comes by e-mail.</p>';
    expect(zendesk.composer(doc)).toEqual({ found: true, kind: 'ckeditor5' });
    expect(draftIn(doc, zendesk)).toBe('Hi Maya,\nYes: the refund confirmation comes by e-mail.');
  });

  it('returns null on a view (no conversation)', () => {
    const doc = load('views.html', VIEWS_URL);
    expect(zendesk.read(doc, new URL(VIEWS_URL))).toBeNull();
    expect(zendesk.composer(doc)).toEqual({ found: false });
  });

  it('detects Agent Workspace by its test ids, also on a local copy, and matches its URLs', () => {
    const local = 'http://127.0.0.1:8080/zendesk/ticket.html';
    expect(zendesk.detect(load('ticket.html', local), new URL(local))).toBe(true);
    expect(zendesk.detect(load('views.html', VIEWS_URL), new URL(VIEWS_URL))).toBe(false);
    expect(zendesk.matches(new URL(TICKET_URL))).toBe(true);
    expect(zendesk.matches(new URL('https://example.zendesk.com/hc/en-us/articles/1'))).toBe(false);
    expect(zendesk.matches(new URL('https://zendesk.example.com/agent/tickets/1'))).toBe(false);
  });
});
