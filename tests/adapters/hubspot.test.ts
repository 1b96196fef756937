import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../lib/adapters/hubspot';
import type { ConversationSnapshot } from '../../lib/conversation/types';

// Little of HubSpot's markup is public; see tests/fixtures/helpdesks/hubspot/README.md for what is assumed.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/hubspot');
const TICKET_URL = 'https://app.hubspot.com/help-desk/4410022/view/all/ticket/90117';
const INBOX_URL = 'https://app.hubspot.com/help-desk/4410022/view/all';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const TICKET: ConversationSnapshot = {
  helpdesk: 'hubspot',
  url: TICKET_URL,
  conversationId: '90117',
  subject: "Can't download my invoice",
  customer: { name: 'Kofi Mensah', email: 'kofi.mensah@example.com' },
  messages: [
    {
      id: 'm-501',
      role: 'customer',
      author: 'Kofi Mensah',
      at: '2026-11-23T09:41:00.000Z',
      text: 'The download button on the billing page gives me a blank page. I need the October invoice for my accountant today.',
    },
    { id: 'c-88', role: 'note', author: 'Sam Rivera', at: '2026-11-23T09:50:00.000Z', text: "Known PDF bug since Friday's release, engineering on it." },
    {
      id: 'm-502',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-23T09:56:00.000Z',
      text: "Hi Kofi, I've attached the October invoice here so you have it today. The download button will be fixed this week.",
    },
    { id: 'm-503', role: 'customer', author: 'Kofi Mensah', at: '2026-11-23T09:58:00.000Z', text: 'Got it, thanks!' },
  ],
  composer: { found: true, kind: 'contenteditable' },
  channel: 'email',
  confidence: 0.7,
};

describe('hubspot adapter (known markers + generic blocks)', () => {
  it('reads the thread, not the ticket list beside it', () => {
    expect(hubspot.read(load('ticket.html', TICKET_URL), new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('returns null when no ticket is open', () => {
    const doc = load('inbox.html', INBOX_URL);
    expect(hubspot.read(doc, new URL(INBOX_URL))).toBeNull();
    expect(hubspot.composer(doc)).toEqual({ found: false });
  });

  it('detects the help desk app, also on a local copy, and matches its URLs', () => {
    const local = 'http://127.0.0.1:8080/hubspot/ticket.html';
    expect(hubspot.detect(load('ticket.html', local), new URL(local))).toBe(true);
    expect(hubspot.detect(new JSDOM('<main><p>Hello</p></main>').window.document, new URL(local))).toBe(false);
    expect(hubspot.matches(new URL(TICKET_URL))).toBe(true);
    expect(hubspot.matches(new URL('https://app-eu1.hubspot.com/help-desk/4410022/view/all/ticket/1'))).toBe(true);
    expect(hubspot.matches(new URL('https://app.hubspot.com/reports-dashboard/4410022'))).toBe(false);
  });
});
