import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { generic as genericReader } from '@/lib/adapters/generic';
import { assessRead, clearlyMore, readsFarFewer, visibleMessages } from '@/lib/adapters/health';
import { healthReason } from '@/lib/conversation/words';
import { isShown } from '@/lib/adapters/shared';
import { NAMED_ADAPTERS, readPage } from '@/lib/adapters/registry';
import type { Adapter } from '@/lib/adapters/types';

const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/helpdesks');
const ROUTES: Record<string, string> = { 'chatwoot/conversation.html': '/app/accounts/1/conversations/412', 'frappe/ticket.html': '/helpdesk/tickets/1042' };

function load(helpdesk: string, file: string): { doc: Document; url: URL } {
  const url = new URL(ROUTES[`${helpdesk}/${file}`] ?? `/${helpdesk}/${file}`, 'http://127.0.0.1:8000');
  return { doc: new JSDOM(readFileSync(path.join(FIXTURE_DIR, helpdesk, file), 'utf8'), { url: url.href }).window.document, url };
}

/** RT's history entries lose the attribute the adapter reads them by, all but the first two: as if RT renamed it. */
function renameTransactionIds(doc: Document): void {
  for (const entry of Array.from(doc.querySelectorAll('.transaction[data-transaction-id]')).slice(2)) {
    entry.setAttribute('data-txn', entry.getAttribute('data-transaction-id') ?? '');
    entry.removeAttribute('data-transaction-id');
  }
}

const named = readdirSync(FIXTURE_DIR)
  .filter((helpdesk) => NAMED_ADAPTERS.some((a) => a.id === helpdesk))
  .flatMap((helpdesk) => readdirSync(path.join(FIXTURE_DIR, helpdesk)).map((file) => [helpdesk, file] as const))
  .filter(([, file]) => file.endsWith('.html'));

describe('reading health', () => {
  it.each(named)('%s/%s: a whole reading is not marked degraded', (helpdesk, file) => {
    const { doc, url } = load(helpdesk, file);
    const result = readPage(doc, url);
    expect(result.degraded).toBeUndefined();
    // Every named adapter finds the customer on its own conversation pages: the "no customer" sign rests on it.
    if (result.snapshot && result.snapshot.messages.length > 0) expect(assessRead(helpdesk, result.snapshot, undefined)).toBeUndefined();
  });

  it('marks a reading with far fewer messages than the page shows, and keeps it when the generic reader does no better', () => {
    const { doc, url } = load('rt', 'ticket.html');
    const whole = readPage(doc, url).snapshot?.messages.length ?? 0;
    renameTransactionIds(doc);
    const result = readPage(doc, url);
    expect(result.adapter).toBe('rt');
    expect(result.fallbackFrom).toBeUndefined();
    const read = result.snapshot?.messages.length ?? 0;
    expect(read).toBeLessThan(whole);
    expect(result.degraded).toEqual({ adapter: 'rt', problem: 'readFewer', read, visible: 8 });
    expect(healthReason(result.degraded!)).toBe(`read ${read} of about 8 messages`);
  });

  it('marks a reading that finds no customer where the adapter always finds one', () => {
    const { doc, url } = load('zendesk', 'ticket.html');
    // As if Zendesk renamed the sender type of the customer's messages and moved their e-mail.
    for (const message of Array.from(doc.querySelectorAll('[type="end-user"]'))) message.setAttribute('type', 'requester');
    doc.querySelector('a[href^="mailto:"]')?.remove();
    const result = readPage(doc, url);
    expect(result.adapter).toBe('zendesk');
    expect(result.snapshot?.messages.length).toBeGreaterThan(0);
    expect(result.degraded).toEqual({ adapter: 'zendesk', problem: 'noCustomer' });
    expect(healthReason(result.degraded!)).toBe('found no customer');
  });

  it('lets the generic reader stand in when it reads clearly more than a degraded adapter', () => {
    const { doc, url } = load('generic', 'chat.html');
    const generic = readPage(doc, url).snapshot;
    const original = NAMED_ADAPTERS[0]!;
    const oneMessage: Adapter = {
      ...original,
      messages: undefined,
      detect: () => true,
      read: (_doc, pageUrl) => ({ ...generic!, helpdesk: original.id, url: pageUrl.href, messages: generic!.messages.slice(0, 1) }),
    };
    (NAMED_ADAPTERS as Adapter[])[0] = oneMessage;
    try {
      const result = readPage(doc, url);
      expect(generic!.messages.length).toBeGreaterThanOrEqual(4);
      expect(result.adapter).toBe('generic');
      expect(result.fallbackFrom).toBe(original.id);
      expect(result.snapshot?.messages.length).toBe(generic!.messages.length);
      expect(healthReason(result.degraded!)).toBe(`read 1 of about ${generic!.messages.length} messages`);
    } finally {
      (NAMED_ADAPTERS as Adapter[])[0] = original;
    }
  });

  it('does not let the generic reader stand in, or serve as yardstick, when it reads something else on the page', () => {
    const { doc, url } = load('generic', 'chat.html');
    const generic = readPage(doc, url).snapshot!;
    const original = NAMED_ADAPTERS[0]!;
    const elsewhere = { ...generic.messages[0]!, text: 'A message the page does not hold at all.' };
    (NAMED_ADAPTERS as Adapter[])[0] = {
      ...original,
      messages: undefined,
      detect: () => true,
      read: (_doc, pageUrl) => ({ ...generic, helpdesk: original.id, url: pageUrl.href, messages: [elsewhere] }),
    };
    try {
      const result = readPage(doc, url);
      expect(result.adapter).toBe(original.id);
      expect(result.fallbackFrom).toBeUndefined();
      expect(result.degraded).toBeUndefined();
    } finally {
      (NAMED_ADAPTERS as Adapter[])[0] = original;
    }
  });

  const everyFixture = readdirSync(FIXTURE_DIR)
    .filter((helpdesk) => !helpdesk.includes('.'))
    .flatMap((helpdesk) => readdirSync(path.join(FIXTURE_DIR, helpdesk)).map((file) => [helpdesk, file] as const))
    .filter(([, file]) => file.endsWith('.html'));

  it.each(everyFixture)('%s/%s: the generic reader\'s count (the yardstick) gives what its reading would', (helpdesk, file) => {
    const { doc, url } = load(helpdesk, file);
    const counted = genericReader.count!(doc, url);
    const read = genericReader.read(doc, url);
    if (!read) return expect(counted).toBeNull();
    expect(counted?.messages).toBe(read.messages.length);
    expect(counted?.confidence).toBe(read.confidence);
    for (let i = 0; i <= read.messages.length; i++) expect(counted?.text(i)).toBe(read.messages[i]?.text);
  });

  it.each(named)('%s/%s: counting shown message blocks judges each ancestor as isShown does', (helpdesk, file) => {
    const { doc } = load(helpdesk, file);
    const adapter = NAMED_ADAPTERS.find((a) => a.id === helpdesk)!;
    if (!adapter.messages) return expect(visibleMessages(adapter, doc)).toBeUndefined();
    expect(visibleMessages(adapter, doc)).toBe(Array.from(doc.querySelectorAll(adapter.messages)).filter((el) => isShown(el)).length);
  });

  it('needs enough messages on the page, and less than half read, to call a reading far fewer', () => {
    expect(readsFarFewer(1, 2)).toBe(false);
    expect(readsFarFewer(1, 3)).toBe(true);
    expect(readsFarFewer(2, 4)).toBe(false);
    expect(readsFarFewer(4, 9)).toBe(true);
    expect(clearlyMore(4, 2)).toBe(false);
    expect(clearlyMore(5, 2)).toBe(true);
    expect(clearlyMore(7, 4)).toBe(false);
  });
});
