import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsePerson, parseRtDate, rt } from '../../lib/adapters/rt';
import type { ConversationSnapshot, Message } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Markup captured from a live RT 5.0.3 (Debian); see tests/fixtures/helpdesks/rt/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/rt');
const ORIGIN = 'http://127.0.0.1:8089';
const TICKET_URL = `${ORIGIN}/Ticket/Display.html?id=5`;
const REPLY_URL = `${ORIGIN}/Ticket/Update.html?id=5&Action=Respond`;
const SEARCH_URL = `${ORIGIN}/Search/Results.html?Query=Queue%20%3D%20'General'`;

function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

function load(name: string, url: string): Document {
  return new JSDOM(fixture(name), { url }).window.document;
}

const MESSAGES: Message[] = [
  {
    id: '78',
    role: 'customer',
    author: 'Dana Whitfield',
    at: '2026-11-23T06:16:17.000Z',
    text:
      'Hello,\n\n' +
      'I ordered the Vortex 900 blender on the 2nd and it only turned up yesterday, two weeks after the "guaranteed" delivery date. ' +
      "When I opened the box the jug was cracked right down the side, so I can't even use it.\n\n" +
      'This was meant to be a birthday present and now the birthday has come and gone. I have emailed twice already and nobody has answered. ' +
      'I want a replacement sent by express delivery or a full refund, and I would like to know why nobody replied to me.\n\n' +
      'Order number: 48213\n\n' +
      'Dana Whitfield',
  },
  {
    id: '80',
    role: 'agent',
    author: 'Sam Rivera',
    at: '2026-11-23T06:16:18.000Z',
    text:
      'Hi Dana,\n\n' +
      "I'm really sorry, both for the cracked jug and for the silence when you wrote to us before. That is not the service we want you to get.\n\n" +
      'I have sent a replacement Vortex 900 by express delivery today; it should reach you within two working days, and you will get the tracking number by e-mail this afternoon. ' +
      "You don't need to send the damaged one back. I have also refunded the delivery charge on order 48213.\n\n" +
      'Sam Rivera\nCustomer Support',
  },
  {
    id: '82',
    role: 'system',
    author: 'The RT System itself',
    at: '2026-11-23T06:16:18.000Z',
    text: "Status changed from 'new' to 'open'",
  },
  {
    id: '83',
    role: 'note',
    author: 'Sam Rivera',
    at: '2026-11-23T06:16:18.000Z',
    text:
      'Second contact about this order; her two earlier e-mails went to the old returns address. ' +
      'Replacement shipped express, delivery charge refunded. Follow up on Friday if no answer.',
  },
  {
    id: '84',
    role: 'customer',
    author: 'Dana Whitfield',
    at: '2026-11-23T06:16:18.000Z',
    text:
      "Thanks Sam, that's more like it. I'll keep an eye out for the tracking number.\n\n" +
      "Can you confirm the refund will go back to the same card? I'd rather not chase this again.\n\n" +
      'Dana\n\n' +
      'On Mon, 23 Nov 2026, Sam Rivera <support@example.com> wrote:\n' +
      '> Hi Dana,\n' +
      '>\n' +
      "> I'm really sorry, both for the cracked jug and for the silence when you wrote to us before.",
  },
  {
    id: '85',
    role: 'system',
    author: 'Sam Rivera',
    at: '2026-11-23T06:16:19.000Z',
    text: 'Taken',
  },
];

const TICKET: ConversationSnapshot = {
  helpdesk: 'rt',
  url: TICKET_URL,
  conversationId: '5',
  subject: 'Blender arrived cracked and two weeks late (order 48213)',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com', id: '27' },
  messages: MESSAGES,
  composer: { found: false },
  channel: 'email',
  confidence: 0.95,
};

describe('rt adapter: ticket display page', () => {
  it('reads the whole conversation, oldest first, skipping outgoing-mail records', () => {
    const doc = load('ticket.html', TICKET_URL);
    expect(rt.read(doc, new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('keeps the order oldest first when RT shows the history reversed', () => {
    const doc = load('ticket.html', TICKET_URL);
    const history = doc.querySelector('.history-container');
    const transactions = Array.from(doc.querySelectorAll('.history-container .transaction'));
    transactions.reverse().forEach((txn) => history?.appendChild(txn));
    expect(rt.read(doc, new URL(TICKET_URL))?.messages).toEqual(MESSAGES);
  });

  it('takes the requestor from the creator when there is no People box (history page)', () => {
    const doc = load('ticket.html', TICKET_URL);
    doc.querySelector('.summary')?.remove();
    doc.querySelector('#header h1')!.textContent = 'Ticket History #5: Blender arrived cracked and two weeks late (order 48213)';
    const url = `${ORIGIN}/Ticket/History.html?id=5`;
    expect(rt.read(doc, new URL(url))).toEqual({ ...TICKET, url });
  });

  it("names the customer from the first message's From: header when the People box shows only the address", () => {
    const doc = load('ticket.html', TICKET_URL);
    for (const link of Array.from(doc.querySelectorAll('.user[data-user-id="27"] a'))) link.textContent = 'dana.whitfield@example.com';
    const snapshot = rt.read(doc, new URL(TICKET_URL));
    expect(snapshot?.customer).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com', id: '27' });
    const customerAuthors = new Set(snapshot?.messages.filter((m) => m.role === 'customer').map((m) => m.author));
    expect(customerAuthors).toEqual(new Set(['Dana Whitfield']));

    // A From: header of someone else's address names nobody.
    for (const value of Array.from(doc.querySelectorAll('.message-header-value'))) value.textContent = value.textContent!.replace('dana.whitfield@', 'someone.else@');
    expect(rt.read(doc, new URL(TICKET_URL))?.customer).toEqual({ email: 'dana.whitfield@example.com', id: '27' });
  });

  it('tells the requestor from staff by user, not by position', () => {
    const doc = load('ticket.html', TICKET_URL);
    // Make Sam the requestor: now Dana's follow-up is correspondence from someone else.
    const requestor = doc.querySelector('.ticket-info-people .requestors .user');
    requestor?.setAttribute('data-user-id', '14');
    requestor!.textContent = 'root (Sam Rivera)';
    const roles = rt.read(doc, new URL(TICKET_URL))?.messages.map((m) => [m.id, m.role]);
    expect(roles).toEqual([
      ['78', 'agent'],
      ['80', 'customer'],
      ['82', 'system'],
      ['83', 'note'],
      ['84', 'agent'],
      ['85', 'system'],
    ]);
  });

  it('detects RT and matches its ticket URLs', () => {
    expect(rt.detect(load('ticket.html', TICKET_URL), new URL(TICKET_URL))).toBe(true);
    expect(rt.matches(new URL(TICKET_URL))).toBe(true);
    expect(rt.matches(new URL(REPLY_URL))).toBe(true);
    expect(rt.matches(new URL('https://support.example.com/rt/Ticket/History.html?id=5'))).toBe(true);
    expect(rt.matches(new URL('https://support.example.com/SelfService/Display.html?id=5'))).toBe(true);
    expect(rt.matches(new URL(SEARCH_URL))).toBe(false);
    expect(rt.matches(new URL('https://example.com/tickets/5'))).toBe(false);
  });

  it('does not detect a page that is not RT', () => {
    const doc = new JSDOM('<!DOCTYPE html><body id="main"><div id="header"><h1>#5: Hello</h1></div></body>').window.document;
    expect(rt.detect(doc, new URL('https://example.com/Ticket/Display.html?id=5'))).toBe(false);
  });
});

describe('rt adapter: reply page', () => {
  it('names the ticket and its composer; RT 5 shows no history there', () => {
    const doc = load('reply.html', REPLY_URL);
    expect(rt.detect(doc, new URL(REPLY_URL))).toBe(true);
    expect(rt.read(doc, new URL(REPLY_URL))).toEqual({
      helpdesk: 'rt',
      url: REPLY_URL,
      conversationId: '5',
      subject: 'Blender arrived cracked and two weeks late (order 48213)',
      customer: {},
      messages: [],
      composer: { found: true, kind: 'ckeditor4' },
      channel: 'email',
      confidence: 0.95,
    });
  });

  it("reads the draft from CKEditor's iframe, ignoring its placeholder", () => {
    const doc = load('reply.html', REPLY_URL);
    const body = doc.querySelector<HTMLIFrameElement>('iframe.cke_wysiwyg_frame')!.contentDocument!.body;
    body.setAttribute('contenteditable', 'true');
    body.className = 'cke_editable cke_editable_themed cke_contents_ltr placeholder cke_show_borders';
    body.textContent = 'Type your message here';
    expect(rt.composer(doc)).toEqual({ found: true, kind: 'ckeditor4' });
    expect(draftIn(doc, rt)).toBe('');

    body.className = 'cke_editable cke_editable_themed cke_contents_ltr cke_show_borders';
    body.innerHTML = '<p>Hi Dana,</p><p>Yes, the refund goes back to the card you paid with.<br>Sam</p>';
    expect(rt.composer(doc)).toEqual({ found: true, kind: 'ckeditor4' });
    expect(draftIn(doc, rt)).toBe('Hi Dana,\nYes, the refund goes back to the card you paid with.\nSam');
  });

  it('reads the plain textarea when CKEditor is not loaded', () => {
    const doc = load('reply.html', REPLY_URL);
    doc.querySelector('#cke_UpdateContent')?.remove();
    const textarea = doc.querySelector<HTMLTextAreaElement>('textarea#UpdateContent')!;
    textarea.removeAttribute('style');
    textarea.value = 'Hi Dana,\n\nThe refund goes back to the same card.';
    expect(rt.composer(doc)).toEqual({ found: true, kind: 'textarea' });
    expect(draftIn(doc, rt)).toBe('Hi Dana,\n\nThe refund goes back to the same card.');
  });

  it('names CKEditor while its iframe has no body yet', () => {
    const doc = load('reply.html', REPLY_URL);
    const frame = doc.querySelector('iframe.cke_wysiwyg_frame')!;
    Object.defineProperty(frame, 'contentDocument', { get: () => null });
    doc.querySelector<HTMLTextAreaElement>('textarea#UpdateContent')!.value = '<p>Hi Dana,</p><p>Done.<img src="x" onerror="alert(1)"></p>';
    expect(rt.composer(doc)).toEqual({ found: true, kind: 'ckeditor4' });
  });
});

describe('rt adapter: pages without a conversation', () => {
  it('returns null on the search results', () => {
    const doc = load('search.html', SEARCH_URL);
    expect(rt.detect(doc, new URL(SEARCH_URL))).toBe(true);
    expect(rt.read(doc, new URL(SEARCH_URL))).toBeNull();
    expect(rt.composer(doc)).toEqual({ found: false });
  });
});

describe('rt adapter: helpers', () => {
  it("parses RT's user formats", () => {
    expect(parsePerson('Dana Whitfield <dana.whitfield@example.com>')).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
    expect(parsePerson('"Dana Whitfield" <dana.whitfield@example.com>')).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
    expect(parsePerson('<support@example.com>')).toEqual({ email: 'support@example.com' });
    expect(parsePerson('dana.whitfield@example.com')).toEqual({ email: 'dana.whitfield@example.com' });
    expect(parsePerson('root (Sam Rivera)')).toEqual({ login: 'root', name: 'Sam Rivera' });
    expect(parsePerson('The RT System itself')).toEqual({ name: 'The RT System itself' });
  });

  it("parses each of RT's $DateTimeFormat styles (zone-less ones in the browser's zone, UTC here)", () => {
    expect(parseRtDate('Mon\u00a0Nov\u00a023\u00a006:16:17\u00a02026')).toBe('2026-11-23T06:16:17.000Z');
    expect(parseRtDate('Tue Dec 01 09:05 2026')).toBe('2026-12-01T09:05:00.000Z');
    expect(parseRtDate('2026-11-23 06:16:17')).toBe('2026-11-23T06:16:17.000Z');
    expect(parseRtDate('Mon, 23 Nov 2026 08:16:17 +0200')).toBe('2026-11-23T06:16:17.000Z');
    expect(parseRtDate('2026-11-23T06:16:17-05:00')).toBe('2026-11-23T11:16:17.000Z');
    expect(parseRtDate('Mon, Nov 23, 2026 6:16:17 PM')).toBe('2026-11-23T18:16:17.000Z');
    expect(parseRtDate('Mon, Nov 23, 2026 12:05:00 AM')).toBe('2026-11-23T00:05:00.000Z');
    expect(parseRtDate('Not set')).toBeUndefined();
    expect(parseRtDate('')).toBeUndefined();
  });
});
