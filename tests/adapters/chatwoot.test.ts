import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chatwoot } from '../../lib/adapters/chatwoot';
import { parseYearlessDate } from '../../lib/adapters/shared';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from Chatwoot's Vue components; see tests/fixtures/helpdesks/chatwoot/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/chatwoot');
const CONVERSATION_URL = 'https://chat.example.com/app/accounts/1/conversations/412';
const INBOX_URL = 'https://chat.example.com/app/accounts/1/dashboard';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const CONVERSATION: ConversationSnapshot = {
  helpdesk: 'chatwoot',
  url: CONVERSATION_URL,
  conversationId: '412',
  customer: { name: 'Priya Raman', email: 'priya.raman@example.com' },
  messages: [
    { id: '8801', role: 'customer', author: 'Priya Raman', at: '2024-05-02T10:15:00.000Z', text: 'Hi, the app keeps logging me out every few minutes since the update.' },
    { id: '8802', role: 'bot', author: 'Captain', at: '2024-05-02T10:15:00.000Z', text: 'Thanks for reaching out! A teammate will reply shortly. Meanwhile, try clearing the app cache.' },
    { id: '8803', role: 'system', at: '2024-05-02T10:16:00.000Z', text: 'Conversation was assigned to Nora Lindqvist by Assignment Rules' },
    { id: '8805', role: 'note', author: 'Nora Lindqvist', at: '2024-05-02T10:18:00.000Z', text: 'Known issue in 4.2.1, fix ships Monday.' },
    {
      id: '8806',
      role: 'agent',
      author: 'Nora Lindqvist',
      at: '2024-05-02T10:19:00.000Z',
      text: 'Hi Priya, sorry about that! This is a known bug in version 4.2.1.\n\nA fix is coming on Monday; until then, staying on Wi-Fi avoids it.',
    },
    { id: '8807', role: 'customer', author: 'Priya Raman', at: '2024-05-02T10:25:00.000Z', text: 'ok thanks' },
  ],
  composer: { found: true, kind: 'prosemirror' },
  channel: 'chat',
  confidence: 0.75,
};

describe('chatwoot adapter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-03T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('reads roles from colour classes and names contacts from the conversation header', () => {
    const doc = load('conversation.html', CONVERSATION_URL);
    expect(chatwoot.read(doc, new URL(CONVERSATION_URL))).toEqual(CONVERSATION);
  });

  it('falls back to alignment when the colour classes are gone', () => {
    const doc = load('conversation.html', CONVERSATION_URL);
    for (const el of Array.from(doc.querySelectorAll('[class*="bg-n-"]'))) el.className = 'rounded-xl px-4 py-3';
    const roles = chatwoot.read(doc, new URL(CONVERSATION_URL))?.messages.map((m) => m.role);
    expect(roles).toEqual(['customer', 'agent', 'system', 'agent', 'agent', 'customer']);
  });

  it('reads the ProseMirror draft', () => {
    const doc = load('conversation.html', CONVERSATION_URL);
    doc.querySelector('.reply-box .ProseMirror')!.innerHTML = '<p>Hi Priya,</p><p>The fix is live.</p>';
    expect(chatwoot.composer(doc)).toEqual({ found: true, kind: 'prosemirror' });
    expect(draftIn(doc, chatwoot)).toBe('Hi Priya,\nThe fix is live.');
  });

  it('returns null with no conversation open', () => {
    const doc = load('inbox.html', INBOX_URL);
    expect(chatwoot.detect(doc, new URL(INBOX_URL))).toBe(true);
    expect(chatwoot.read(doc, new URL(INBOX_URL))).toBeNull();
    expect(chatwoot.matches(new URL(CONVERSATION_URL))).toBe(true);
    expect(chatwoot.matches(new URL('https://chat.example.com/app/accounts/1/inbox/3/conversations/412'))).toBe(true);
    expect(chatwoot.matches(new URL(INBOX_URL))).toBe(false);
  });

  it('dates without a year fall in the latest year that is not in the future', () => {
    const now = Date.parse('2024-01-02T12:00:00Z');
    expect(parseYearlessDate('Dec 31, 11:30 PM', now)).toBe('2023-12-31T23:30:00.000Z');
    expect(parseYearlessDate('Jan 2, 9:05 AM', now)).toBe('2024-01-02T09:05:00.000Z');
    expect(parseYearlessDate('yesterday', now)).toBeUndefined();
  });
});
