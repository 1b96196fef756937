import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { freescout } from '../../lib/adapters/freescout';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from FreeScout's Blade templates; see tests/fixtures/helpdesks/freescout/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/freescout');
const URL_CONVERSATION = 'https://help.example.com/conversation/731?folder_id=2';
const URL_MAILBOX = 'https://help.example.com/mailbox/1?folder=2';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const CONVERSATION: ConversationSnapshot = {
  helpdesk: 'freescout',
  url: URL_CONVERSATION,
  conversationId: '4312',
  subject: 'Blender arrived cracked and two weeks late',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com', id: '27' },
  messages: [
    {
      id: '1001',
      role: 'customer',
      author: 'Dana Whitfield',
      at: '2024-05-01T09:30:00.000Z',
      text: 'Hello,\n\nMy Vortex 900 blender arrived two weeks late and the jug is cracked. I want a replacement or a refund.\n\nOrder number: 48213\nDana Whitfield',
    },
    { id: '1002', role: 'agent', author: 'Alex Chen', at: '2024-05-01T16:05:00.000Z', text: 'Hello Dana, thanks for getting in touch. Could you send a photo of the damage?' },
    {
      id: '1003',
      role: 'agent',
      author: 'Sam',
      at: '2024-05-02T10:15:00.000Z',
      text: "Hi Dana,\n\nI'm really sorry about the cracked jug and the wait. A replacement is on its way by express delivery and should reach you within two working days.\n\nSam",
    },
    { id: '1004', role: 'system', author: 'Sam', at: '2024-05-02T10:16:00.000Z', text: 'Sam marked as Pending' },
    {
      id: '1005',
      role: 'customer',
      author: 'Dana Whitfield',
      at: '2024-05-02T18:40:00.000Z',
      text: "Thanks Sam, that's more like it.\n\nCan you confirm the refund goes back to the same card?\n\nDana",
    },
    { id: '1006', role: 'note', author: 'Sam', at: '2024-05-03T09:02:00.000Z', text: 'Warehouse confirms the replacement left yesterday. Refund of the delivery charge approved by Alex.' },
  ],
  composer: { found: false },
  channel: 'email',
  confidence: 0.9,
};

describe('freescout adapter', () => {
  it('reads the conversation oldest first, naming "you" from the user menu and skipping the draft', () => {
    const doc = load('conversation.html', URL_CONVERSATION);
    expect(freescout.read(doc, new URL(URL_CONVERSATION))).toEqual(CONVERSATION);
  });

  it('reads dates before and after Bootstrap moves the title to data-original-title', () => {
    const doc = load('conversation.html', URL_CONVERSATION);
    for (const date of Array.from(doc.querySelectorAll('.thread-date[title]'))) {
      date.setAttribute('data-original-title', date.getAttribute('title') ?? '');
      date.setAttribute('title', '');
    }
    expect(freescout.read(doc, new URL(URL_CONVERSATION))?.messages).toEqual(CONVERSATION.messages);
  });

  it('keeps the order when the agent shows threads oldest first', () => {
    const doc = load('conversation.html', URL_CONVERSATION);
    const main = doc.getElementById('conv-layout-main')!;
    Array.from(main.children).reverse().forEach((thread) => main.appendChild(thread));
    expect(freescout.read(doc, new URL(URL_CONVERSATION))?.messages).toEqual(CONVERSATION.messages);
  });

  it('finds no composer until Reply is clicked, then reads the Summernote draft', () => {
    const doc = load('conversation.html', URL_CONVERSATION);
    expect(freescout.composer(doc)).toEqual({ found: false });
    const block = doc.querySelector('.conv-reply-block')!;
    block.classList.remove('hidden');
    expect(freescout.composer(doc)).toEqual({ found: true, kind: 'summernote' });
    expect(draftIn(doc, freescout)).toBe('');
    block.querySelector('.note-editable')!.innerHTML = '<p>Hi Dana,</p><p>Yes, the same card.</p>';
    expect(freescout.composer(doc)).toEqual({ found: true, kind: 'summernote' });
    expect(draftIn(doc, freescout)).toBe('Hi Dana,\nYes, the same card.');
  });

  it('leaves "you" unnamed rather than guessing when the user menu is missing', () => {
    const doc = load('conversation.html', URL_CONVERSATION);
    doc.querySelector('.nav-user')?.remove();
    const note = freescout.read(doc, new URL(URL_CONVERSATION))?.messages.find((m) => m.id === '1006');
    expect(note).toEqual({ id: '1006', role: 'note', at: '2024-05-03T09:02:00.000Z', text: CONVERSATION.messages[5]?.text });
  });

  it('returns null on a mailbox list, and detects FreeScout by its body marker', () => {
    const doc = load('mailbox.html', URL_MAILBOX);
    expect(freescout.detect(doc, new URL(URL_MAILBOX))).toBe(true);
    expect(freescout.read(doc, new URL(URL_MAILBOX))).toBeNull();
    expect(freescout.matches(new URL(URL_CONVERSATION))).toBe(true);
    expect(freescout.matches(new URL(URL_MAILBOX))).toBe(false);
    expect(freescout.detect(new JSDOM('<body><div id="app"></div></body>').window.document, new URL(URL_MAILBOX))).toBe(false);
  });
});
