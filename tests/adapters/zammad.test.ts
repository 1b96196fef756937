import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { zammad } from '../../lib/adapters/zammad';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from Zammad's ticket_zoom templates; see tests/fixtures/helpdesks/zammad/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/zammad');
const TICKET_URL = 'https://desk.example.com/#ticket/zoom/91';
const DASHBOARD_URL = 'https://desk.example.com/#dashboard';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const TICKET: ConversationSnapshot = {
  helpdesk: 'zammad',
  url: TICKET_URL,
  conversationId: '31005',
  subject: 'Cannot log in after password reset',
  customer: { name: 'Lena Fischer', email: 'lena.fischer@example.com' },
  messages: [
    {
      id: '402',
      role: 'customer',
      author: 'Lena Fischer',
      at: '2024-05-02T08:12:00.000Z',
      text: 'Hello,\n\nSince resetting my password yesterday I cannot log in at all. The page just says "invalid credentials".\n\nLena',
    },
    { id: '403', role: 'system', author: 'Support', at: '2024-05-02T08:12:05.000Z', text: 'Thank you for your request (#31005). We will get back to you as soon as possible.' },
    { id: '405', role: 'note', author: 'Tom Okafor', at: '2024-05-02T09:00:00.000Z', text: 'Account is locked after 5 failed attempts. Unlocking now.' },
    {
      id: '406',
      role: 'agent',
      author: 'Tom Okafor',
      at: '2024-05-02T09:04:00.000Z',
      text: 'Hi Lena,\n\nYour account was locked after several attempts. I have unlocked it, so please try again now.\n\nTom',
    },
  ],
  composer: { found: true, kind: 'contenteditable' },
  channel: 'email',
  confidence: 0.9,
};

describe('zammad adapter', () => {
  it('reads only the active task, ignoring tickets kept open as hidden tasks', () => {
    const doc = load('ticket.html', TICKET_URL);
    expect(zammad.read(doc, new URL(TICKET_URL))).toEqual(TICKET);
  });

  it('follows the agent to the other task, with its own draft', () => {
    const doc = load('ticket.html', TICKET_URL);
    doc.getElementById('content_permanent_TicketZoom91')!.classList.remove('active');
    doc.getElementById('content_permanent_TicketZoom87')!.classList.add('active');
    const url = 'https://desk.example.com/#ticket/zoom/87';
    expect(zammad.read(doc, new URL(url))).toEqual({
      helpdesk: 'zammad',
      url,
      conversationId: '31002',
      subject: 'Where is my April invoice?',
      customer: { name: 'Omar Haddad', email: 'omar.haddad@example.com' },
      messages: [{ id: '377', role: 'customer', author: 'Omar Haddad', at: '2024-04-30T14:00:00.000Z', text: 'Where is my invoice for April?' }],
      composer: { found: true, kind: 'contenteditable' },
      channel: 'email',
      confidence: 0.9,
    });
    expect(draftIn(doc, zammad)).toBe('Hi Omar,');
  });

  it('returns null on the dashboard task, and detects Zammad by its task bar', () => {
    const doc = load('dashboard.html', DASHBOARD_URL);
    expect(zammad.detect(doc, new URL(DASHBOARD_URL))).toBe(true);
    expect(zammad.read(doc, new URL(DASHBOARD_URL))).toBeNull();
    expect(zammad.composer(doc)).toEqual({ found: false });
    expect(zammad.matches(new URL(TICKET_URL))).toBe(true);
    expect(zammad.matches(new URL(DASHBOARD_URL))).toBe(false);
  });
});
