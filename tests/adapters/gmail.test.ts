import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gmail } from '../../lib/adapters/gmail';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { draftIn } from './draft';

// Built from what is known of Gmail's markup; see tests/fixtures/helpdesks/gmail/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/gmail');
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbkLmsqTqKdXzRzVnCwHpTd';
const INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const THREAD: ConversationSnapshot = {
  helpdesk: 'gmail',
  url: THREAD_URL,
  conversationId: 'FMfcgzQXJWbkLmsqTqKdXzRzVnCwHpTd',
  subject: 'Wrong size boots delivered (order 60412)',
  customer: { name: 'Priya Nair', email: 'priya.nair@example.com' },
  messages: [
    {
      id: '18c2f0a1b2c3d4e5',
      role: 'customer',
      author: 'Priya Nair',
      at: '2026-11-21T19:48:00.000Z',
      // Gmail writes an empty line as <div><br></div>: a blank line, as the reader sees it.
      text:
        'Hi,\n\nI ordered the Trailhead boots in size 6 and got a size 9. I need them for a hiking trip next Saturday.\n\n' +
        "Can you swap them quickly? I don't want to pay for return postage for your mistake.\n\nPriya",
    },
    {
      id: '18c31ab2c3d4e5f6',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-23T09:12:00.000Z',
      text: 'Hi Priya,\n\nSorry about that: the wrong box was picked. A size 6 pair goes out today by next-day courier, and a prepaid label for the 9s is attached.\n\nSam',
    },
    {
      id: '18c33cd4e5f60718',
      role: 'customer',
      author: 'Priya Nair',
      at: '2026-11-23T10:05:00.000Z',
      text: 'Great, thanks Sam! Will it definitely arrive before Saturday?',
    },
  ],
  composer: { found: true, kind: 'contenteditable' },
  channel: 'email',
  confidence: 0.85,
};

const LONG_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKbPqRsTvWxYzAbCdEfGhJkLm';

// Three collapsed messages (previews only), two older ones hidden behind "2 older messages", two expanded.
const LONG_THREAD: ConversationSnapshot = {
  helpdesk: 'gmail',
  url: LONG_URL,
  conversationId: 'FMfcgzQXKbPqRsTvWxYzAbCdEfGhJkLm',
  subject: 'Refund for my cancelled class pass',
  customer: { name: 'Jordan Blake', email: 'jordan.blake@example.com' },
  messages: [
    {
      role: 'customer',
      author: 'Jordan Blake',
      at: '2026-11-17T08:02:00.000Z',
      text: 'Hello, the studio cancelled my Thursday evening classes for the rest of the term and I still have 6 classes left on my pass.',
      partial: true,
    },
    {
      // No title on its time, only "Nov 19": no time rather than a guessed one.
      role: 'agent',
      author: 'Sam Rivera',
      text: 'Hi Jordan, I have passed your request to our billing team and they will confirm the amount by Monday.',
      partial: true,
    },
    {
      role: 'customer',
      author: 'Jordan Blake',
      at: '2026-11-23T16:30:00.000Z',
      text: 'It is Monday evening and I have heard nothing from billing.',
      partial: true,
    },
    {
      id: '18c4b2f3a4b5c6d7',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-24T09:05:00.000Z',
      text: 'Hi Jordan,\n\nBilling have approved a refund for the 6 classes; it reaches your card within five working days.\n\nSam',
    },
    {
      id: '18c4b9a0b1c2d3e4',
      role: 'customer',
      author: 'Jordan Blake',
      at: '2026-11-24T11:40:00.000Z',
      text: 'Thank you. Will I get an e-mail when it is sent?',
    },
  ],
  composer: { found: true, kind: 'contenteditable' },
  channel: 'email',
  confidence: 0.85,
};

const COLLAPSED_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXLmNpQrStUvWxYzBcDfGhJkMn';

const COLLAPSED_ONLY: ConversationSnapshot = {
  helpdesk: 'gmail',
  url: COLLAPSED_URL,
  conversationId: 'FMfcgzQXLmNpQrStUvWxYzBcDfGhJkMn',
  subject: 'Login code never arrives',
  customer: { name: 'Ana Costa', email: 'ana.costa@example.com' },
  messages: [
    {
      role: 'customer',
      author: 'Ana Costa',
      at: '2026-11-25T07:15:00.000Z',
      text: 'I have asked for the sign-in code four times this morning and none of the e-mails came through.',
      partial: true,
    },
    {
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-25T08:01:00.000Z',
      text: 'Hi Ana, could you check your spam folder for a message from our sign-in service?',
      partial: true,
    },
  ],
  composer: { found: false },
  channel: 'email',
  confidence: 0.85,
};

describe('gmail adapter', () => {
  it('reads a thread: the signed-in address is the agent, quoted history left out', () => {
    expect(gmail.read(load('thread.html', THREAD_URL), new URL(THREAD_URL))).toEqual(THREAD);
  });

  it('reads collapsed messages as partial previews, in page order with the expanded ones', () => {
    expect(gmail.read(load('long-thread.html', LONG_URL), new URL(LONG_URL))).toEqual(LONG_THREAD);
  });

  it('reads a thread whose messages are all collapsed as a conversation', () => {
    const doc = load('collapsed-only.html', COLLAPSED_URL);
    expect(gmail.detect(doc, new URL(COLLAPSED_URL))).toBe(true);
    expect(gmail.read(doc, new URL(COLLAPSED_URL))).toEqual(COLLAPSED_ONLY);
  });

  it('reads a collapsed message once, also when Gmail puts its class on both the item and a wrapper inside', () => {
    const doc = load('collapsed-only.html', COLLAPSED_URL);
    for (const item of Array.from(doc.querySelectorAll('[role="listitem"].kv'))) item.firstElementChild?.classList.add('kv');
    expect(gmail.read(doc, new URL(COLLAPSED_URL))).toEqual(COLLAPSED_ONLY);
  });

  it('reads no collapsed message from the list item of an expanded one', () => {
    const doc = load('long-thread.html', LONG_URL);
    for (const item of Array.from(doc.querySelectorAll('[role="listitem"].h7'))) item.insertAdjacentHTML('afterbegin', '<div class="kv"></div>');
    expect(gmail.read(doc, new URL(LONG_URL))).toEqual(LONG_THREAD);
  });

  it('marks no message partial when every message is expanded', () => {
    const messages = gmail.read(load('thread.html', THREAD_URL), new URL(THREAD_URL))?.messages ?? [];
    expect(messages.filter((m) => m.partial)).toEqual([]);
  });

  it('reads the draft from the editor its composer selector names', () => {
    expect(draftIn(load('thread.html', THREAD_URL), gmail)).toBe('Hi Priya,\n\nYes, it is booked for delivery on Tuesday.');
  });

  it('takes the agent from the window title when the account button is missing', () => {
    const doc = load('thread.html', THREAD_URL);
    doc.querySelector('a[aria-label^="Google Account"]')?.remove();
    const messages = gmail.read(doc, new URL(THREAD_URL))?.messages;
    expect(messages?.map((m) => [m.role, m.author])).toEqual([
      ['customer', 'Priya Nair'],
      ['agent', 'support.sam@example.com'],
      ['customer', 'Priya Nair'],
    ]);
  });

  it('returns null on the inbox list, and finds no composer there', () => {
    const doc = load('inbox.html', INBOX_URL);
    expect(gmail.read(doc, new URL(INBOX_URL))).toBeNull();
    expect(gmail.composer(doc)).toEqual({ found: false });
  });

  it('detects a thread, also on a local copy, and matches Gmail URLs', () => {
    const local = 'http://127.0.0.1:8080/gmail/thread.html';
    expect(gmail.detect(load('thread.html', local), new URL(local))).toBe(true);
    expect(gmail.detect(load('inbox.html', INBOX_URL), new URL(INBOX_URL))).toBe(false);
    expect(gmail.matches(new URL(THREAD_URL))).toBe(true);
    expect(gmail.matches(new URL('https://www.google.com/gmail/about/'))).toBe(false);
  });
});

describe('gmail adapter: opening the collapsed messages', () => {
  /** Every mouse event dispatched in the document, as [type, the element it was dispatched on]. */
  function record(doc: Document): [string, Element][] {
    const seen: [string, Element][] = [];
    for (const type of ['mousedown', 'mouseup', 'click']) {
      doc.addEventListener(type, (event) => {
        expect(event).toBeInstanceOf(doc.defaultView!.MouseEvent);
        expect(event).toMatchObject({ bubbles: true, cancelable: true, view: doc.defaultView });
        seen.push([type, event.target as Element]);
      });
    }
    return seen;
  }
  const pressesOf = (el: Element | null) => ['mousedown', 'mouseup', 'click'].map((type) => [type, el]);

  it('presses the "older messages" notice and each collapsed header, with real mouse events, and nothing of an expanded message', () => {
    const doc = load('long-thread.html', LONG_URL);
    const seen = record(doc);
    expect(gmail.expand?.(doc)).toBe(4);
    const headers = Array.from(doc.querySelectorAll('[role="listitem"].kv .adf.ads'));
    expect(headers).toHaveLength(3);
    expect(seen).toEqual([doc.querySelector('.kQ .adv'), ...headers].flatMap(pressesOf));
    expect(seen.some(([, el]) => el.closest('.h7'))).toBe(false);
    // Not by its label: the toolbar's "Expand all" is left alone.
    expect(seen.some(([, el]) => el.closest('[role="toolbar"]'))).toBe(false);
  });

  it('never presses the same control twice (a second press would fold the message again)', () => {
    const doc = load('long-thread.html', LONG_URL);
    const pressed = new WeakSet<Element>();
    expect(gmail.expand?.(doc, pressed)).toBe(4);
    const seen = record(doc);
    expect(gmail.expand?.(doc, pressed)).toBe(0);
    // What the notice revealed, collapsed, is pressed in the next round.
    doc.querySelector('.kQ')?.insertAdjacentHTML('afterend', '<div role="listitem" class="kv"><div class="adf ads"><span class="iA g6">Revealed</span></div></div>');
    expect(gmail.expand?.(doc, pressed)).toBe(1);
    expect(seen.map(([, el]) => el.textContent)).toEqual(['Revealed', 'Revealed', 'Revealed']);
  });

  it('has nothing to press in a thread whose messages are all expanded, nor on the inbox', () => {
    for (const [name, url] of [['thread.html', THREAD_URL], ['inbox.html', INBOX_URL]] as const) {
      const doc = load(name, url);
      const seen = record(doc);
      expect(gmail.expand?.(doc)).toBe(0);
      expect(seen).toEqual([]);
    }
  });

  it('opens every message of a thread that shows them all collapsed', () => {
    const doc = load('collapsed-only.html', COLLAPSED_URL);
    const seen = record(doc);
    expect(gmail.expand?.(doc)).toBe(2);
    expect(seen.map(([, el]) => el.className)).toEqual(Array(6).fill('adf ads'));
  });
});
