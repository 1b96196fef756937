import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chatwoot } from '../../lib/adapters/chatwoot';
import { freescout } from '../../lib/adapters/freescout';
import { frappe } from '../../lib/adapters/frappe';
import { generic } from '../../lib/adapters/generic';
import { osticket } from '../../lib/adapters/osticket';
import { rt } from '../../lib/adapters/rt';
import { uvdesk } from '../../lib/adapters/uvdesk';
import { zammad } from '../../lib/adapters/zammad';
import type { ConversationSnapshot } from '../../lib/conversation/types';

// Pages of in-house tools no named adapter knows; see tests/fixtures/helpdesks/generic/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/generic');

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

function read(name: string, url: string): ConversationSnapshot | null {
  return generic.read(load(name, url), new URL(url));
}

describe('generic reader', () => {
  it('reads an e-mail thread: From/Date labels, a support address, and "X wrote:" naming an unsigned message', () => {
    const url = 'https://mail.example.com/cases/2291';
    expect(read('email-thread.html', url)).toEqual({
      helpdesk: 'generic',
      url,
      conversationId: '2291',
      subject: 'Replacement kettle still not delivered',
      customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
      messages: [
        {
          id: 'msg-77121',
          role: 'customer',
          author: 'Dana Whitfield',
          at: '2024-05-02T09:30:00.000Z',
          text: 'Hello,\n\nI was promised a replacement kettle two weeks ago and nothing has arrived. This is the third time I am writing.\n\nDana',
        },
        {
          id: 'msg-77130',
          role: 'agent',
          author: 'Acme Support',
          at: '2024-05-02T14:05:00.000Z',
          text:
            'Dear Dana,\n\nI am sorry you have had to chase us. The replacement was sent today with tracking number AC-5512.\n\nKind regards,\nAcme Support\n\n' +
            'On Thu, 2 May 2024 at 09:30, Dana Whitfield <dana.whitfield@example.com> wrote:\n\nI was promised a replacement kettle two weeks ago and nothing has arrived.',
        },
        { id: 'msg-77142', role: 'customer', author: 'Dana Whitfield', at: '2024-05-03T08:12:00.000Z', text: 'Thank you, it arrived this morning.' },
      ],
      composer: { found: true, kind: 'textarea' },
      channel: 'email',
      confidence: 0.6,
    });
  });

  it('reads a chat layout: roles from them/me bubbles, tooltip times, "me" as the signed-in agent', () => {
    const url = 'https://chat.example.com/chats/88412';
    expect(read('chat.html', url)).toEqual({
      helpdesk: 'generic',
      url,
      conversationId: '88412',
      subject: 'Chat with Guest 4417',
      customer: {},
      messages: [
        { role: 'customer', at: '2024-05-02T15:01:00.000Z', text: 'hi, does the team plan include SSO?' },
        { role: 'agent', author: 'Mei Tanaka', at: '2024-05-02T15:02:00.000Z', text: 'Hello! Yes, SAML SSO is included in the Team plan and above.' },
        { role: 'customer', at: '2024-05-02T15:03:00.000Z', text: 'great. and can we pay yearly by invoice?' },
        { role: 'agent', author: 'Mei Tanaka', at: '2024-05-02T15:04:00.000Z', text: 'Yes, yearly invoicing is available for 10 seats or more.' },
      ],
      composer: { found: true, kind: 'contenteditable' },
      channel: 'chat',
      confidence: 0.65,
    });
  });

  it('reads an old-school table of rows, skipping the header row, with an internal note by class', () => {
    const url = 'https://it.example.com/cgi-bin/ticket.pl?id=5521';
    expect(read('table-ticket.html', url)).toEqual({
      helpdesk: 'generic',
      url,
      conversationId: '5521',
      subject: 'Printer on floor 3 jams on every job',
      customer: { name: 'Ken Ito', email: 'ken.ito@example.com' },
      messages: [
        {
          role: 'customer',
          author: 'Ken Ito',
          at: '2024-05-02T09:12:00.000Z',
          text: 'The printer on floor 3 (HP-3F-02) jams on every print job since Monday. We have a board meeting at 2pm.',
        },
        {
          role: 'agent',
          author: 'IT Helpdesk',
          at: '2024-05-02T09:40:00.000Z',
          text: 'Thanks Ken, a technician will be with you before 11:00. Please use the floor 2 printer meanwhile.',
        },
        { role: 'note', author: 'Olu Adeyemi', at: '2024-05-02T10:55:00.000Z', text: 'Replaced the fuser roller, test prints OK.' },
        { role: 'customer', author: 'Ken Ito', at: '2024-05-02T11:20:00.000Z', text: 'Working again, thank you!' },
      ],
      composer: { found: true, kind: 'textarea' },
      channel: 'email',
      confidence: 0.6,
    });
  });

  it('reads <article> entries with <dl> fields and role words in data attributes', () => {
    const url = 'https://facilities.example.com/requests/3307';
    expect(read('article-log.html', url)).toEqual({
      helpdesk: 'generic',
      url,
      conversationId: '3307',
      subject: 'Request R-3307: Heating not working in meeting room B',
      customer: { name: 'Tomás Silva' },
      messages: [
        {
          id: 'entry-1',
          role: 'customer',
          author: 'Tomás Silva',
          at: '2024-05-02T07:45:00.000Z',
          text: 'The radiator in meeting room B is cold and the room is at 14°C. We have clients visiting at 10:00.',
        },
        { id: 'entry-2', role: 'system', at: '2024-05-02T07:46:00.000Z', text: 'Request assigned to Lucia Romero (Facilities).' },
        { id: 'entry-3', role: 'note', author: 'Lucia Romero', at: '2024-05-02T08:02:00.000Z', text: 'Boiler pressure low; engineer booked for 08:30.' },
        {
          id: 'entry-4',
          role: 'agent',
          author: 'Lucia Romero',
          at: '2024-05-02T08:05:00.000Z',
          text: 'Hi Tomás, an engineer is on the way and the room should be warm before 10:00. Room C is free if you need a backup.',
        },
      ],
      composer: { found: true, kind: 'prosemirror' },
      channel: 'unknown',
      confidence: 0.7,
    });
  });

  it('reads an aria-labelled feed: authors and roles from each article\'s label', () => {
    const url = 'https://inbox.example.com/conversations/60418';
    expect(read('aria-feed.html', url)).toEqual({
      helpdesk: 'generic',
      url,
      conversationId: '60418',
      subject: 'Inbox — Conversation 60418',
      customer: { name: 'Amara Okoye' },
      messages: [
        { role: 'customer', author: 'Amara Okoye', at: '2024-05-02T12:00:00.000Z', text: 'My order #77410 says delivered but there is nothing at my door.' },
        { role: 'bot', author: 'Shopbot', at: '2024-05-02T12:00:05.000Z', text: "I'm sorry to hear that. I've passed your conversation to our support team." },
        { role: 'system', at: '2024-05-02T12:01:00.000Z', text: 'Conversation assigned to Jonah Berg' },
        {
          role: 'agent',
          author: 'Jonah Berg',
          at: '2024-05-02T12:04:00.000Z',
          text: "Hi Amara, I've opened a claim with the courier and will send a replacement today if they can't find it by 5pm.",
        },
      ],
      composer: { found: true, kind: 'textarea' },
      channel: 'unknown',
      confidence: 0.7,
    });
  });

  it('returns null (and does not detect) on a page with no conversation: a ticket list and a tip', () => {
    const url = 'https://desk.example.com/tickets?status=open';
    const doc = load('no-conversation.html', url);
    expect(generic.detect(doc, new URL(url))).toBe(false);
    expect(generic.read(doc, new URL(url))).toBeNull();
  });

  it('is never picked by URL, detects each conversation page, and no named self-hosted adapter claims them', () => {
    const pages = ['email-thread.html', 'chat.html', 'table-ticket.html', 'article-log.html', 'aria-feed.html'];
    for (const page of pages) {
      const url = new URL(`https://tools.example.com/${page}`);
      const doc = load(page, url.href);
      expect(generic.matches(url)).toBe(false);
      expect(generic.detect(doc, url)).toBe(true);
      for (const named of [rt, freescout, osticket, zammad, chatwoot, uvdesk, frappe]) expect([page, named.id, named.detect(doc, url)]).toEqual([page, named.id, false]);
    }
  });

  it('prefers the focused editable over the largest one', () => {
    const doc = load('table-ticket.html', 'https://it.example.com/t/5521');
    const note = doc.createElement('div');
    note.setAttribute('contenteditable', 'true');
    note.className = 'ql-editor';
    note.innerHTML = '<p>Olu, can you check the fuser?</p>';
    note.tabIndex = 0;
    doc.body.appendChild(note);
    note.focus();
    expect(generic.composer(doc)).toEqual({ found: true, kind: 'quill' });
  });

  it('skips hidden and read-only editors', () => {
    const doc = load('chat.html', 'https://chat.example.com/chats/88412');
    doc.querySelector('.composer')!.setAttribute('hidden', '');
    expect(generic.composer(doc)).toEqual({ found: false });
  });

  it('reads a 1,000-message chat, bounded', () => {
    const stamp = (i: number) => `<span class="stamp" title="2024-05-02 10:${String(i % 60).padStart(2, '0')}">10:00</span>`;
    const rows = Array.from({ length: 1000 }, (_, i) => `<div class="bubble ${i % 2 ? 'me' : 'them'}"><p>Message number ${i} about the order</p>${stamp(i)}</div>`);
    const doc = new JSDOM(`<body><div class="log">${rows.join('')}</div><textarea></textarea></body>`, { url: 'https://x.example.com/c/1' }).window.document;
    const snapshot = generic.read(doc, new URL('https://x.example.com/c/1'));
    expect(snapshot?.messages).toHaveLength(1000);
    expect(snapshot?.messages.filter((m) => m.role === 'agent')).toHaveLength(500);
    // jsdom is many times slower than a browser (which reads this in milliseconds, `npm run bench`),
    // and slower still on a busy machine: the assertion is on what is read, not how fast.
  }, 60_000);
});
