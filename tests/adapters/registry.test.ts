import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, FALLBACK_ADAPTER, NAMED_ADAPTERS, readPage } from '@/lib/adapters/registry';
import { HOSTED_ADAPTERS, SELF_HOSTED_ADAPTERS } from '@/lib/adapters/lists';
import type { Adapter } from '@/lib/adapters/types';

/** Conventions every adapter follows, and how the registry picks among them on every fixture. */
const ADAPTER_DIR = path.resolve(import.meta.dirname, '../../lib/adapters');
const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/helpdesks');
const NOT_ADAPTERS = new Set(['health.ts', 'explain.ts', 'registry.ts', 'types.ts', 'hosts.ts', 'hosts-match.ts', 'bundles.ts', 'shared.ts', 'lists.ts', 'read-page.ts']);
/** Fixture pages that hold no conversation: every reader, the generic one included, must say so. */
const NO_CONVERSATION = /^(inbox|tickets|mailbox|list|queue|home|search|dashboard|views|no-conversation)\.html$/;

/**
 * Single-page helpdesks name the conversation only in their route; those fixtures are loaded at the
 * path the app would show. Every other page is loaded at a neutral loopback path, as in the
 * real-browser tests, so those adapters must recognise their pages by markup alone.
 */
const ROUTES: Record<string, string> = {
  'chatwoot/conversation.html': '/app/accounts/1/conversations/412',
  'chatwoot/inbox.html': '/app/accounts/1/dashboard',
  'frappe/ticket.html': '/helpdesk/tickets/1042',
  'frappe/tickets.html': '/helpdesk/tickets',
};

function load(helpdesk: string, file: string): { doc: Document; url: URL } {
  const url = new URL(ROUTES[`${helpdesk}/${file}`] ?? `/${helpdesk}/${file}`, 'http://127.0.0.1:8000');
  return { doc: new JSDOM(readFileSync(path.join(FIXTURE_DIR, helpdesk, file), 'utf8'), { url: url.href }).window.document, url };
}

const fixtures = readdirSync(FIXTURE_DIR).flatMap((helpdesk) =>
  readdirSync(path.join(FIXTURE_DIR, helpdesk))
    .filter((file) => file.endsWith('.html'))
    .map((file) => [helpdesk, file] as const),
);

describe('adapter conventions', () => {
  it('every adapter file is registered, once, under its file name', () => {
    const files = readdirSync(ADAPTER_DIR).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as [string, Adapter]))('%s has fixtures, a README, a test, and a label', (id, adapter) => {
    const files = readdirSync(path.join(FIXTURE_DIR, id));
    expect(files).toContain('README.md');
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
    expect(readdirSync(path.resolve(import.meta.dirname))).toContain(`${id}.test.ts`);
    expect(adapter.label.length).toBeGreaterThan(2);
  });

  it('puts every named adapter in exactly one content-script bundle', () => {
    const bundled = [...HOSTED_ADAPTERS, ...SELF_HOSTED_ADAPTERS].map((a) => a.id).sort();
    expect(bundled).toEqual(NAMED_ADAPTERS.map((a) => a.id).sort());
  });

  it('keeps the generic reader last, as the fallback only', () => {
    expect(ADAPTERS.at(-1)).toBe(FALLBACK_ADAPTER);
    expect(NAMED_ADAPTERS).not.toContain(FALLBACK_ADAPTER);
  });
});

describe('readPage on every fixture', () => {
  it.each(fixtures)('%s/%s is read by the right reader, or by none', (helpdesk, file) => {
    const { doc, url } = load(helpdesk, file);
    const result = readPage(doc, url);
    expect(result.errors).toEqual([]);
    if (NO_CONVERSATION.test(file)) {
      expect(result.snapshot).toBeNull();
    } else {
      expect(result.adapter).toBe(helpdesk);
      expect(result.snapshot?.helpdesk).toBe(helpdesk);
      expect(result.fallbackFrom).toBeUndefined();
    }
  });

  it('lets the generic reader stand in when a named adapter recognises its page but finds no messages', () => {
    const { doc, url } = load('generic', 'chat.html');
    const broken: Adapter = {
      ...NAMED_ADAPTERS[0]!,
      detect: () => true,
      read: (_doc, pageUrl) => ({ helpdesk: 'rt', url: pageUrl.href, conversationId: '7', customer: {}, messages: [], composer: { found: false }, confidence: 0.9 }),
    };
    const original = NAMED_ADAPTERS[0]!;
    (NAMED_ADAPTERS as Adapter[])[0] = broken;
    try {
      const result = readPage(doc, url);
      expect(result.adapter).toBe('generic');
      expect(result.fallbackFrom).toBe(original.id);
      expect(result.snapshot?.messages.length).toBeGreaterThan(0);
    } finally {
      (NAMED_ADAPTERS as Adapter[])[0] = original;
    }
  });

  it('trusts a named adapter that says its page holds no conversation', () => {
    const { doc, url } = load('generic', 'chat.html');
    const original = NAMED_ADAPTERS[0]!;
    (NAMED_ADAPTERS as Adapter[])[0] = { ...original, detect: () => true, read: () => null };
    try {
      expect(readPage(doc, url).snapshot).toBeNull();
    } finally {
      (NAMED_ADAPTERS as Adapter[])[0] = original;
    }
  });

  it('reports an adapter that throws and still reads the page with the others', () => {
    const { doc, url } = load('rt', 'ticket.html');
    const thrower = { ...NAMED_ADAPTERS[1]!, matches: () => true, detect: (): boolean => { throw new Error('selector exploded'); } };
    (NAMED_ADAPTERS as Adapter[]).unshift(thrower);
    try {
      const result = readPage(doc, url);
      expect(result.adapter).toBe('rt');
      expect(result.errors).toEqual([{ adapter: thrower.id, message: 'selector exploded' }]);
    } finally {
      (NAMED_ADAPTERS as Adapter[]).shift();
    }
  });

  it('stops looking once an adapter has read the page well: the others never query it', () => {
    const { doc, url } = load('rt', 'ticket.html');
    let asked = 0;
    const last = NAMED_ADAPTERS.length;
    (NAMED_ADAPTERS as Adapter[]).push({ ...NAMED_ADAPTERS[1]!, id: 'watcher', matches: () => false, detect: () => (asked++, false) });
    try {
      expect(readPage(doc, url).adapter).toBe('rt');
      expect(asked).toBe(0);
    } finally {
      (NAMED_ADAPTERS as Adapter[]).splice(last, 1);
    }
  });
});
