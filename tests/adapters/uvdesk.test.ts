import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { uvdesk } from '../../lib/adapters/uvdesk';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from uvdesk/core-framework's ticket.html.twig; see tests/fixtures/helpdesks/uvdesk/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/uvdesk');
const TICKET_URL = 'https://helpdesk.example.com/en/member/ticket/view/118';
const LIST_URL = 'https://helpdesk.example.com/en/member/tickets';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const TICKET: ConversationSnapshot = {
  helpdesk: 'uvdesk',
  url: TICKET_URL,
  conversationId: '118',
  subject: 'Wrong size delivered',
  customer: { name: 'Hannah Moore', email: 'hannah.moore@example.com' },
  messages: [
    {
      role: 'customer',
      author: 'Hannah Moore',
      at: '2024-05-02T10:15:00.000Z',
      text: 'Hello,\n\nI ordered the trail shoes in size 39 but received size 42. Can you exchange them?\n\nHannah',
    },
    {
      id: '503',
      role: 'agent',
      author: 'Ravi Menon',
      at: '2024-05-02T11:15:00.000Z',
      text: "Hi Hannah,\n\nSorry for the mix-up. I've arranged a free exchange; the courier will collect the size 42 pair tomorrow.\n\nRavi",
    },
    { id: '504', role: 'note', author: 'Ravi Menon', at: '2024-05-02T11:20:00.000Z', text: 'Courier booked, ref DPD-77120.' },
    { id: '507', role: 'customer', author: 'Hannah Moore', at: '2024-05-03T10:00:00.000Z', text: 'Great, thank you!' },
  ],
  composer: { found: true, kind: 'tinymce' },
  channel: 'email',
  confidence: 0.85,
};

describe('uvdesk adapter', () => {
  it('reads the first message and the thread list, epoch timestamps as ISO, skipping the reply form', () => {
    const doc = load('ticket.html', TICKET_URL);
    expect(uvdesk.read(doc, new URL(TICKET_URL))).toEqual(TICKET);
  });

  it("reads the draft from TinyMCE's iframe", () => {
    const doc = load('ticket.html', TICKET_URL);
    const body = doc.querySelector<HTMLIFrameElement>('#reply iframe')!.contentDocument!.body;
    body.setAttribute('contenteditable', 'true'); // as TinyMCE makes it
    body.innerHTML = '<p>Hi Hannah,</p><p>The courier comes tomorrow.</p>';
    expect(uvdesk.composer(doc)).toEqual({ found: true, kind: 'tinymce' });
    expect(draftIn(doc, uvdesk)).toBe('Hi Hannah,\nThe courier comes tomorrow.');
  });

  it('returns null on the ticket list', () => {
    const doc = load('tickets.html', LIST_URL);
    expect(uvdesk.detect(doc, new URL(LIST_URL))).toBe(true);
    expect(uvdesk.read(doc, new URL(LIST_URL))).toBeNull();
    expect(uvdesk.matches(new URL(TICKET_URL))).toBe(true);
    expect(uvdesk.matches(new URL(LIST_URL))).toBe(false);
  });
});
