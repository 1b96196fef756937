import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { frappe } from '../../lib/adapters/frappe';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from Frappe Helpdesk's Vue components; see tests/fixtures/helpdesks/frappe/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/frappe');
const TICKET_URL = 'https://support.example.com/helpdesk/tickets/1042';
const LIST_URL = 'https://support.example.com/helpdesk/tickets';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const TICKET: ConversationSnapshot = {
  helpdesk: 'frappe',
  url: TICKET_URL,
  conversationId: '1042',
  subject: 'PDF export produces blank files',
  customer: { name: 'Sofia Alvarez', email: 'sofia.alvarez@example.com' },
  messages: [
    {
      id: 'a1b2c3d4e5',
      role: 'customer',
      author: 'Sofia Alvarez',
      text: 'Hello,\n\nOur team cannot export reports to PDF since this morning. We get a blank file every time.\n\nSofia',
    },
    { id: 'k9x8y7', role: 'note', author: 'Arjun Patel', text: 'Reproduced on v2.14. Escalated to engineering as HD-552.' },
    {
      id: 'f6g7h8i9j0',
      role: 'agent',
      author: 'Arjun Patel',
      text: 'Hi Sofia,\n\nThanks for reporting this. We have reproduced the problem and our engineers are working on a fix.\n\nArjun',
    },
    { id: 'z1y2x3w4v5', role: 'customer', author: 'Sofia Alvarez', text: 'Any update? Our month-end reports are due Friday.' },
  ],
  composer: { found: true, kind: 'prosemirror' },
  channel: 'email',
  confidence: 0.8,
};

describe('frappe adapter', () => {
  it('reads e-mails (bodies from their srcdoc frames) and comments as notes', () => {
    const doc = load('ticket.html', TICKET_URL);
    expect(frappe.read(doc, new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('reads bodies rendered in the page by older releases', () => {
    const doc = load('ticket.html', TICKET_URL);
    const frame = doc.querySelector('#communication-z1y2x3w4v5 iframe')!;
    frame.outerHTML = '<div class="email-content prose-f"><p>Any update?</p></div>';
    expect(frappe.read(doc, new URL(TICKET_URL))?.messages[3]).toEqual({ id: 'z1y2x3w4v5', role: 'customer', author: 'Sofia Alvarez', text: 'Any update?' });
  });

  it('reads the TipTap draft, not the read-only comment editors', () => {
    const doc = load('ticket.html', TICKET_URL);
    doc.querySelector('.ProseMirror[contenteditable="true"]')!.innerHTML = '<p>Hi Sofia,</p><p>The fix ships tonight.</p>';
    expect(frappe.composer(doc)).toEqual({ found: true, kind: 'prosemirror' });
    expect(draftIn(doc, frappe)).toBe('Hi Sofia,\nThe fix ships tonight.');
  });

  it('returns null on the ticket list; detects the app by its assets', () => {
    const doc = load('tickets.html', LIST_URL);
    expect(frappe.detect(doc, new URL(LIST_URL))).toBe(true);
    expect(frappe.read(doc, new URL(LIST_URL))).toBeNull();
    expect(frappe.matches(new URL(TICKET_URL))).toBe(true);
    expect(frappe.matches(new URL(LIST_URL))).toBe(false);
  });
});
