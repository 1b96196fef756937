import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { helpscout } from '../../lib/adapters/helpscout';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from what is known of Help Scout's markup; see tests/fixtures/helpdesks/helpscout/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/helpscout');
const CONVERSATION_URL = 'https://secure.helpscout.net/conversation/1849377/2291/';
const LEGACY_URL = 'https://secure.helpscout.net/conversation/1848002/1864/';
const MAILBOX_URL = 'https://secure.helpscout.net/mailbox/1187/';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const CONVERSATION: ConversationSnapshot = {
  helpdesk: 'helpscout',
  url: CONVERSATION_URL,
  conversationId: '2291',
  subject: 'Desk lamp arrived with a broken shade',
  customer: { name: 'Tomasz Wójcik', email: 'tomasz.wojcik@example.com' },
  messages: [
    {
      id: '7719211',
      role: 'customer',
      author: 'Tomasz Wójcik',
      at: '2026-11-22T18:45:09.000Z',
      text: 'The Arlo desk lamp I ordered (order 7730) came today and the glass shade is cracked.\nNot impressed, it was a gift.',
    },
    {
      id: '7719368',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-23T10:00:12.000Z',
      text: "Hi Tomasz,\n\nI'm sorry the lamp arrived damaged. Could you send a photo of the shade? Then I'll send a new one straight away.\n\nSam",
    },
    { id: '7719370', role: 'note', author: 'Sam Rivera', at: '2026-11-23T10:01:55.000Z', text: 'Third broken shade from this batch this week. Flagging to the warehouse.' },
    { id: '7719377', role: 'system', at: '2026-11-23T10:02:31.000Z', text: 'Sam Rivera assigned to Sam Rivera' },
    { id: '7719402', role: 'customer', author: 'Tomasz Wójcik', at: '2026-11-23T11:20:00.000Z', text: 'Photo attached. The shade is split along the seam.' },
  ],
  composer: { found: true, kind: 'contenteditable' },
  channel: 'email',
  confidence: 0.85,
};

describe('helpscout adapter', () => {
  it('reads a conversation shown newest first, oldest first', () => {
    expect(helpscout.read(load('conversation.html', CONVERSATION_URL), new URL(CONVERSATION_URL))).toEqual(CONVERSATION);
  });

  it('reads the draft from the editor its composer selector names', () => {
    expect(draftIn(load('conversation.html', CONVERSATION_URL), helpscout)).toBe('Hi Tomasz,\nThanks for the photo.');
  });

  it('orders by thread id when times are missing', () => {
    const doc = load('conversation.html', CONVERSATION_URL);
    doc.querySelectorAll('time').forEach((time) => time.remove());
    expect(helpscout.read(doc, new URL(CONVERSATION_URL))?.messages.map((m) => m.id)).toEqual(['7719211', '7719368', '7719370', '7719377', '7719402']);
  });

  it('knows a customer thread by its is-customer class alone, and its time from the text a tooltip-less page shows', () => {
    const doc = load('conversation.html', CONVERSATION_URL);
    for (const thread of doc.querySelectorAll('[data-thread-type]')) thread.removeAttribute('data-thread-type');
    // The first message's time, shown as text only: no datetime, no title.
    const time = doc.querySelector('#thread-7719211 time')!;
    time.removeAttribute('datetime');
    time.textContent = 'Nov 22, 2026 6:45 pm';
    const messages = helpscout.read(doc, new URL(CONVERSATION_URL))!.messages;
    const customers = messages.filter((m) => m.role === 'customer');
    expect(customers.map((m) => m.id)).toEqual(['7719211', '7719402']);
    expect(messages[0]!.id).toBe('7719211');
    expect(messages[0]!.at).toMatch(/^2026-11-22T/);
  });

  it("reads a thread with no type word and no body element as its author's, with the text below the rule", () => {
    const doc = load('conversation.html', CONVERSATION_URL);
    const thread = doc.querySelector('#thread-7719368')!;
    thread.removeAttribute('data-thread-type');
    thread.className = 'c-Thread';
    const body = thread.querySelector('[data-cy="ThreadBody"]')!;
    body.removeAttribute('data-cy');
    body.before(doc.createElement('hr'));
    const message = helpscout.read(doc, new URL(CONVERSATION_URL))!.messages.find((m) => m.id === '7719368');
    expect(message).toEqual(CONVERSATION.messages[1]);
  });

  it('reads the legacy markup (article.thread), with no composer until Reply is clicked', () => {
    expect(helpscout.read(load('legacy.html', LEGACY_URL), new URL(LEGACY_URL))).toEqual({
      helpdesk: 'helpscout',
      url: LEGACY_URL,
      conversationId: '1864',
      subject: 'Cannot change delivery address',
      customer: { name: 'Ana Lima', email: 'ana.lima@example.com' },
      messages: [
        {
          id: '5511990',
          role: 'customer',
          author: 'Ana Lima',
          at: '2026-11-20T15:02:44.000Z',
          text: 'I moved last week and the checkout will not let me change the delivery address on order 6921.',
        },
        { id: '5512004', role: 'agent', author: 'Sam Rivera', at: '2026-11-20T15:31:00.000Z', text: 'Hi Ana, done: the parcel now goes to the new address.' },
      ],
      composer: { found: false },
      channel: 'email',
      confidence: 0.85,
    } satisfies ConversationSnapshot);
  });

  it('returns null on a mailbox list', () => {
    const doc = load('mailbox.html', MAILBOX_URL);
    expect(helpscout.read(doc, new URL(MAILBOX_URL))).toBeNull();
    expect(helpscout.composer(doc)).toEqual({ found: false });
  });

  it('detects Help Scout, also on a local copy, and matches its host', () => {
    const local = 'http://127.0.0.1:8080/helpscout/conversation.html';
    expect(helpscout.detect(load('conversation.html', local), new URL(local))).toBe(true);
    expect(helpscout.detect(load('mailbox.html', MAILBOX_URL), new URL(MAILBOX_URL))).toBe(false);
    expect(helpscout.matches(new URL(CONVERSATION_URL))).toBe(true);
    expect(helpscout.matches(new URL('https://www.helpscout.com/'))).toBe(false);
  });
});
