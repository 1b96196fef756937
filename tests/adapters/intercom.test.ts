import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { intercom } from '../../lib/adapters/intercom';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from what is known of Intercom's markup; see tests/fixtures/helpdesks/intercom/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/intercom');
const CONVERSATION_URL = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215470011223344';
const INBOX_URL = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const CONVERSATION: ConversationSnapshot = {
  helpdesk: 'intercom',
  url: CONVERSATION_URL,
  conversationId: '215470011223344',
  subject: "Can't log in after resetting my password",
  customer: { name: 'Alex Moreau', email: 'alex.moreau@example.com' },
  messages: [
    {
      id: '30411',
      role: 'customer',
      author: 'Alex Moreau',
      at: '2026-11-23T13:02:09.000Z',
      text: 'Hi, I reset my password an hour ago and now the app says my account is locked.\n\nI have a client demo at 3pm and I need my files!!',
    },
    {
      id: '30412',
      role: 'bot',
      author: 'Fin',
      at: '2026-11-23T13:02:12.000Z',
      text: 'Sorry to hear that. Accounts lock for 30 minutes after 5 failed sign-ins. Would you like me to pass you to the team?',
    },
    { id: '30413', role: 'bot', author: 'Fin', at: '2026-11-23T13:03:40.000Z', text: "I've passed this to the team. They usually reply within a few minutes." },
    { id: '30414', role: 'system', at: '2026-11-23T13:05:00.000Z', text: 'Sam Rivera assigned this conversation to themself' },
    {
      id: '30415',
      role: 'note',
      author: 'Sam Rivera',
      at: '2026-11-23T13:06:31.000Z',
      text: 'Lock is from the old password being saved in the desktop app. Unlocked in admin.',
    },
    {
      id: '30416',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-23T13:07:02.000Z',
      text:
        "Hi Alex, I've unlocked your account, you can sign in now.\n\n" +
        "The desktop app still had your old password saved; sign out of it and back in with the new one so it doesn't lock you out again.",
    },
    // No avatar image on this group (initials only): the name comes from the details sidebar.
    { id: '30417', role: 'customer', author: 'Alex Moreau', at: '2026-11-23T13:09:45.000Z', text: 'that worked, thank you' },
  ],
  composer: { found: true, kind: 'prosemirror' },
  channel: 'chat',
  confidence: 0.8,
};

describe('intercom adapter', () => {
  it('reads roles from the part groups, bots, notes and events included', () => {
    expect(intercom.read(load('conversation.html', CONVERSATION_URL), new URL(CONVERSATION_URL))).toEqual(CONVERSATION);
  });

  it('reads the draft from the editor its composer selector names', () => {
    expect(draftIn(load('conversation.html', CONVERSATION_URL), intercom)).toBe('Glad to hear it, Alex.');
  });

  it('takes the customer from the first customer part when the details sidebar is closed', () => {
    const doc = load('conversation.html', CONVERSATION_URL);
    doc.querySelector('[data-testid="user-details"]')?.remove();
    expect(intercom.read(doc, new URL(CONVERSATION_URL))?.customer).toEqual({ name: 'Alex Moreau' });
  });

  it('returns null when no conversation is open', () => {
    const doc = load('inbox.html', INBOX_URL);
    expect(intercom.read(doc, new URL(INBOX_URL))).toBeNull();
    expect(intercom.composer(doc)).toEqual({ found: false });
  });

  it('detects the conversation stream, also on a local copy, and matches Intercom URLs', () => {
    const local = 'http://127.0.0.1:8080/intercom/conversation.html';
    expect(intercom.detect(load('conversation.html', local), new URL(local))).toBe(true);
    expect(intercom.detect(load('inbox.html', INBOX_URL), new URL(INBOX_URL))).toBe(false);
    expect(intercom.matches(new URL(CONVERSATION_URL))).toBe(true);
    expect(intercom.matches(new URL('https://app.eu.intercom.com/a/inbox/abc123/inbox/shared/all'))).toBe(true);
    expect(intercom.matches(new URL('https://www.intercom.com/pricing'))).toBe(false);
  });
});
