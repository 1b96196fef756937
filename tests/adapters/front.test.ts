import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { front } from '../../lib/adapters/front';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Little of Front's markup is public; see tests/fixtures/helpdesks/front/README.md for what is assumed.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/front');
const CONVERSATION_URL = 'https://app.frontapp.com/open/cnv_4h1k9e2';
const INBOX_URL = 'https://app.frontapp.com/inboxes/teammates/8812/inbox/open';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const CONVERSATION: ConversationSnapshot = {
  helpdesk: 'front',
  url: CONVERSATION_URL,
  conversationId: 'cnv_4h1k9e2',
  subject: 'Wrong colour sofa cover',
  customer: { name: 'Ines Duarte', email: 'ines.duarte@example.com' },
  messages: [
    {
      id: 'msg_9q2k1',
      role: 'customer',
      author: 'Ines Duarte',
      at: '2026-11-21T12:30:00.000Z',
      text: 'Hello, I ordered the sage green cover for the Linea sofa and received grey.\n\nCan you exchange it?',
    },
    {
      id: 'msg_9q2m7',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-21T14:05:00.000Z',
      text: 'Hi Ines, sorry about the mix-up! A sage green cover is on its way; keep the grey one until it arrives.',
    },
    { id: 'com_77d1', role: 'note', author: 'Nadia Haddad', at: '2026-11-21T14:20:00.000Z', text: 'Pickup booked for the grey one on Thursday.' },
    { id: 'act_1120', role: 'system', at: '2026-11-21T14:21:10.000Z', text: 'Sam Rivera archived this conversation' },
    { id: 'msg_9r0a3', role: 'customer', author: 'Ines Duarte', at: '2026-11-23T08:47:00.000Z', text: 'The new cover arrived but the courier never came for the grey one.' },
  ],
  composer: { found: true, kind: 'prosemirror' },
  channel: 'email',
  confidence: 0.7,
};

describe('front adapter (known markers + generic blocks)', () => {
  it('reads the conversation from the blocks around its timestamps', () => {
    expect(front.read(load('conversation.html', CONVERSATION_URL), new URL(CONVERSATION_URL))).toEqual(CONVERSATION);
  });

  it('reads the newer UI: the header as conversationTopbar__…, the subject in its subject wrapper', () => {
    const doc = load('conversation.html', CONVERSATION_URL);
    const header = doc.querySelector('[class*="conversationHeader__"]')!;
    header.className = 'conversationTopbar__StyledConversationTopbar-sc-1x2y3z-0 aBcDe';
    const heading = header.querySelector('h1')!;
    const wrapper = doc.createElement('div');
    wrapper.className = 'conversationSubjectWrapper__StyledSubjectContainerDiv-sc-4d5e6f-0 gHiJk';
    wrapper.innerHTML = '<div><span></span></div>';
    wrapper.querySelector('span')!.textContent = heading.textContent;
    heading.replaceWith(wrapper);
    expect(front.detect(doc, new URL(CONVERSATION_URL))).toBe(true);
    expect(front.read(doc, new URL(CONVERSATION_URL))).toEqual(CONVERSATION);
  });

  it('reads the draft from the editor its composer selector names', () => {
    expect(draftIn(load('conversation.html', CONVERSATION_URL), front)).toBe('Hi Ines,');
  });

  it('tells customer from teammate by the contact’s name when the classes say nothing', () => {
    const doc = load('conversation.html', CONVERSATION_URL);
    doc.querySelectorAll('[class*="messageBox__"]').forEach((el) => el.setAttribute('class', 'messageBox__Wrapper-sc-1qk3j8-0'));
    const roles = front.read(doc, new URL(CONVERSATION_URL))?.messages.map((m) => m.role);
    expect(roles).toEqual(['customer', 'agent', 'note', 'system', 'customer']);
  });

  it('returns null when no conversation is open', () => {
    const doc = load('inbox.html', INBOX_URL);
    expect(front.read(doc, new URL(INBOX_URL))).toBeNull();
    expect(front.composer(doc)).toEqual({ found: false });
  });

  it('detects Front by its header component, also on a local copy, and matches its host', () => {
    const local = 'http://127.0.0.1:8080/front/conversation.html';
    expect(front.detect(load('conversation.html', local), new URL(local))).toBe(true);
    expect(front.detect(load('inbox.html', INBOX_URL), new URL(INBOX_URL))).toBe(false);
    expect(front.matches(new URL(CONVERSATION_URL))).toBe(true);
    expect(front.matches(new URL('https://front.com/'))).toBe(false);
  });
});
