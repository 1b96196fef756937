import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { NAMED_ADAPTERS, readPage } from '@/lib/adapters/registry';
import { explainRead } from '@/lib/adapters/explain';
import { explainPage } from '@/lib/cli/read';

const TICKET = path.resolve(import.meta.dirname, '../fixtures/helpdesks/rt/ticket.html');
const URL_ = 'http://127.0.0.1:8000/rt/ticket.html';

function ticket(change?: (doc: Document) => void): { html: string; doc: Document } {
  const doc = new JSDOM(readFileSync(TICKET, 'utf8'), { url: URL_ }).window.document;
  change?.(doc);
  return { html: doc.documentElement.outerHTML, doc };
}

describe('tactful read --explain', () => {
  it('names the adapter that recognised the page and what each of its selectors matched', async () => {
    const { html, doc } = ticket();
    const lines = await explainPage(html, URL_, readPage(doc, new URL(URL_)));
    expect(lines[0]).toBe('rt (Request Tracker): URL matches no, recognised the page yes');
    expect(lines).toContain('  messages: 8 matched  .history-container .transaction');
    expect(lines).toContain('  transaction: 8 matched  .history-container .transaction[data-transaction-id]');
    expect(lines).toContain('  requestors: 1 matched  .ticket-info-people .requestors .user');
    expect(lines).toContain('  bodyClass: 4 matched  .messagebody');
    expect(lines).toContain('  composer: 0 matched  iframe.cke_wysiwyg_frame, textarea#UpdateContent, textarea[name="UpdateContent"]');
    expect(lines).toContain('  read: 6 messages of 8 shown, customer found');
    expect(lines.at(-1)).toBe('read by: rt');
    expect(lines.some((line) => line.includes('degraded') || line.includes('generic reader'))).toBe(false);
  });

  it('shows which selector stopped matching on a changed page, and that the reading is degraded', async () => {
    const { html, doc } = ticket((d) => {
      for (const entry of Array.from(d.querySelectorAll('.transaction[data-transaction-id]')).slice(2)) entry.removeAttribute('data-transaction-id');
    });
    const lines = await explainPage(html, URL_, readPage(doc, new URL(URL_)));
    expect(lines).toContain('  transaction: 2 matched  .history-container .transaction[data-transaction-id]');
    expect(lines).toContain('  messages: 8 matched  .history-container .transaction');
    expect(lines).toContain('  read: 1 message of 8 shown, customer found');
    expect(lines).toContain('  degraded: read 1 of about 8 messages');
  });

  it('says why the generic reader stood in', () => {
    const { doc } = ticket((d) => d.querySelector('.history-container')?.replaceChildren());
    const explanation = explainRead(doc, new URL(URL_), { snapshot: null, adapter: 'generic', fallbackFrom: 'rt', ms: 1, errors: [] }, NAMED_ADAPTERS);
    expect(explanation.generic).toBe('the rt adapter recognised the page but read no messages');
    const unrecognised = explainRead(doc, new URL(URL_), { snapshot: null, adapter: 'generic', ms: 1, errors: [] }, []);
    expect(unrecognised.adapters).toEqual([]);
    expect(unrecognised.generic).toBe('no named adapter recognised the page');
    const rt = NAMED_ADAPTERS.find((a) => a.id === 'rt')!;
    const failing = { ...rt, read: () => { throw new Error('no history box'); } };
    const failed = explainRead(doc, new URL(URL_), { snapshot: null, adapter: 'generic', fallbackFrom: 'rt', ms: 1, errors: [] }, [failing]);
    expect(failed.generic).toBe('the rt adapter failed: no history box');
    expect(failed.adapters[0]?.error).toBe('no history box');
  });

  it('explains only the adapter asked for with --adapter', () => {
    const { doc } = ticket();
    const explanation = explainRead(doc, new URL(URL_), readPage(doc, new URL(URL_), { adapter: 'zendesk' }), NAMED_ADAPTERS, { adapter: 'zendesk' });
    expect(explanation.adapters.map((a) => [a.adapter, a.detected])).toEqual([['zendesk', false]]);
    expect(explanation.adapters[0]?.selectors.find((s) => s.name === 'log')?.count).toBe(0);
  });
});
