import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gmail } from '@/lib/adapters/gmail';
import { rt } from '@/lib/adapters/rt';
import { expandMessages, settled } from '@/lib/page/expand';

const LONG_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKbPqRsTvWxYzAbCdEfGhJkLm';
const FIXTURE = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/gmail/long-thread.html');

/**
 * Gmail's long thread, acting as Gmail does in a small way: mouseup on a collapsed header opens
 * its message; on the "older messages" notice, the hidden messages come back collapsed.
 */
function liveThread(): Document {
  const doc = new JSDOM(readFileSync(FIXTURE, 'utf8'), { url: LONG_URL }).window.document;
  doc.addEventListener('mouseup', (event) => {
    const target = event.target as Element;
    const item = target.closest('[role="listitem"]');
    if (!item) return;
    if (item.classList.contains('kQ')) {
      item.outerHTML = ['Older one', 'Older two'].map((text) => `<div role="listitem" class="kv"><div class="adf ads"><div class="iA g6">${text}</div></div></div>`).join('');
    } else if (item.classList.contains('kv')) {
      item.className = 'h7';
      item.innerHTML = `<div class="adn ads" data-message-id="#m${doc.querySelectorAll('.adn').length}"><div class="a3s">Whole: ${item.textContent?.trim()}</div></div>`;
    }
  });
  return doc;
}

describe('opening the messages a helpdesk folds', () => {
  it('presses again, once the page settled, what the first presses revealed, and reads every message whole', async () => {
    const doc = liveThread();
    let settles = 0;
    expect(await expandMessages(doc, gmail, async () => void settles++)).toEqual({ pressed: 6 });
    expect(settles).toBe(2);
    const messages = gmail.read(doc, new URL(LONG_URL))?.messages ?? [];
    expect(messages).toHaveLength(7);
    expect(messages.filter((m) => m.partial)).toEqual([]);
    expect(messages.map((m) => m.text).filter((text) => text.startsWith('Whole: Older'))).toEqual(['Whole: Older one', 'Whole: Older two']);
  });

  it('presses nothing for an adapter that cannot, or when nothing is folded', async () => {
    const doc = liveThread();
    expect(await expandMessages(doc, rt)).toEqual({ pressed: 0 });
    expect(await expandMessages(doc, undefined)).toEqual({ pressed: 0 });
    await expandMessages(doc, gmail, async () => undefined);
    expect(await expandMessages(doc, gmail, async () => undefined)).toEqual({ pressed: 0 });
  });

  it('waits for the page to be quiet, and not forever', async () => {
    const start = Date.now();
    const busy = setInterval(() => document.body.append('.'), 20);
    await settled(document, 100, 400);
    clearInterval(busy);
    expect(Date.now() - start).toBeGreaterThanOrEqual(390);
    const quiet = Date.now();
    await settled(document, 50, 1000);
    expect(Date.now() - quiet).toBeLessThan(500);
  });
});
