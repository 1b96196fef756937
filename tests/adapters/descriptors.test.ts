import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONTENT_SCRIPT_FILE, HOSTED_CONTENT_SCRIPT_FILE } from '@/lib/adapters/bundles';
import { HOSTED_HELPDESK_MATCHES } from '@/lib/adapters/hosts';
import { onHosts } from '@/lib/adapters/hosts-match';
import { ALL_NAMED_ADAPTERS, HOSTED_ADAPTERS, SELF_HOSTED_ADAPTERS } from '@/lib/adapters/lists';
import { NAMED_ADAPTERS, readPage } from '@/lib/adapters/registry';
import { READING_CASES } from '@/lib/cli/bench-reading';
import { contentScriptFor } from '@/lib/sites';

/**
 * An adapter is described once (lib/adapters/types.ts); everything else about it is derived or
 * checked here, so a change in one place that another does not follow fails.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id).sort();

/** A conversation page of each hosted helpdesk, at its real address. */
const HOSTED_PAGES: Record<string, string> = {
  zendesk: 'https://acme.zendesk.com/agent/tickets/4211',
  freshdesk: 'https://acme.freshdesk.com/a/tickets/1234',
  intercom: 'https://app.eu.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215470011223344',
  helpscout: 'https://secure.helpscout.net/conversation/2601/1187/',
  zohodesk: 'https://desk.zoho.eu/agent/acme/support/tickets/details/1234',
  salesforce: 'https://acme.lightning.force.com/lightning/r/Case/5003/view',
  gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbk',
  front: 'https://app.frontapp.com/open/cnv_abc',
  hubspot: 'https://app-eu1.hubspot.com/help-desk/1234/view/5/ticket/42',
  gorgias: 'https://acme.gorgias.com/app/ticket/1234',
};

describe('adapter descriptors', () => {
  it('the bundles carry exactly the adapters their descriptors say', () => {
    expect(ids(HOSTED_ADAPTERS)).toEqual(ids(ALL_NAMED_ADAPTERS.filter((a) => a.hosted)));
    expect(ids(SELF_HOSTED_ADAPTERS)).toEqual(ids(ALL_NAMED_ADAPTERS.filter((a) => !a.hosted)));
    expect(ids(NAMED_ADAPTERS)).toEqual(ids(ALL_NAMED_ADAPTERS));
  });

  it('a hosted adapter names its domains as valid match patterns; a self-hosted one names none', () => {
    for (const adapter of ALL_NAMED_ADAPTERS) {
      expect(adapter.hosts.length > 0, adapter.id).toBe(adapter.hosted);
      for (const pattern of adapter.hosts) expect(() => new MatchPattern(pattern), pattern).not.toThrow();
    }
  });

  it('the manifest runs the hosted bundle on exactly the hosted adapters’ domains', () => {
    expect(HOSTED_HELPDESK_MATCHES).toEqual(HOSTED_ADAPTERS.flatMap((a) => a.hosts));
    expect(readFileSync(path.join(ROOT, 'entrypoints/hosted.content.ts'), 'utf8')).toMatch(/matches: HOSTED_HELPDESK_MATCHES/);
  });

  it("matches() agrees with the match patterns, on each hosted helpdesk's conversation page", () => {
    for (const adapter of HOSTED_ADAPTERS) {
      const page = HOSTED_PAGES[adapter.id];
      expect(page, `an example page for ${adapter.id}`).toBeDefined();
      const url = new URL(page!);
      expect(adapter.matches(url), adapter.id).toBe(true);
      expect(adapter.hosts.some((p) => new MatchPattern(p).includes(url)), adapter.id).toBe(true);
      expect(onHosts(adapter.hosts, url)).toBe(true);
      expect(contentScriptFor(page)).toBe(HOSTED_CONTENT_SCRIPT_FILE);
      // The same path on someone else's domain is not this helpdesk's.
      const elsewhere = new URL(`${url.pathname}${url.search}${url.hash}`, 'https://help.example.com');
      expect(adapter.matches(elsewhere), `${adapter.id} elsewhere`).toBe(false);
      expect(contentScriptFor(elsewhere.href)).toBe(CONTENT_SCRIPT_FILE);
    }
  });

  it('onHosts reads patterns as the browser does', () => {
    const cases: [string, string, boolean][] = [
      ['*://*.zendesk.com/*', 'https://acme.zendesk.com/agent', true],
      ['*://*.zendesk.com/*', 'https://zendesk.com/', true],
      ['*://*.zendesk.com/*', 'https://acme.zendesk.com.evil.example/', false],
      ['*://*.zendesk.com/*', 'https://notzendesk.com/', false],
      ['*://app.intercom.com/*', 'http://app.intercom.com/a', true],
      ['*://app.intercom.com/*', 'ftp://app.intercom.com/a', false],
      ['https://mail.google.com/*', 'http://mail.google.com/', false],
    ];
    for (const [pattern, url, expected] of cases) {
      expect(onHosts([pattern], new URL(url)), `${pattern} ${url}`).toBe(expected);
      expect(new MatchPattern(pattern).includes(url), `browser: ${pattern} ${url}`).toBe(expected);
    }
  });

  it('each content-script bundle is built from an entrypoint of that name', () => {
    expect(existsSync(path.join(ROOT, 'entrypoints/content/index.ts'))).toBe(true);
    expect(CONTENT_SCRIPT_FILE).toBe('content-scripts/content.js');
    expect(existsSync(path.join(ROOT, 'entrypoints/hosted.content.ts'))).toBe(true);
    expect(HOSTED_CONTENT_SCRIPT_FILE).toBe('content-scripts/hosted.js');
    expect(readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8')).toMatch(/js: \[CONTENT_SCRIPT_FILE\]/);
  });

  it("the benchmark has a page for every named adapter, and its message blocks are found in the adapter's fixture", () => {
    for (const adapter of NAMED_ADAPTERS) expect(READING_CASES.some((c) => c.adapter === adapter.id), adapter.id).toBe(true);
    for (const testCase of READING_CASES) {
      const html = readFileSync(path.join(ROOT, 'tests/fixtures/helpdesks', testCase.fixture), 'utf8');
      const doc = new JSDOM(html).window.document;
      expect(doc.querySelectorAll(testCase.units).length, testCase.name).toBeGreaterThan(0);
    }
  }, 60_000);

  it('every named adapter says where its reply editor is, with a valid selector', () => {
    for (const adapter of ALL_NAMED_ADAPTERS) {
      const selector = adapter.selectors.composer;
      expect(typeof selector, `${adapter.id} has a composer selector`).toBe('string');
      expect(() => new JSDOM('').window.document.querySelector(selector!), adapter.id).not.toThrow();
    }
  });

describe('self-hosted helpdesks on any domain', () => {
  const NO_CONVERSATION = /^(inbox|tickets|mailbox|list|queue|home|search|dashboard|views|no-conversation|reply)\.html$/;
  for (const adapter of SELF_HOSTED_ADAPTERS) {
    const dir = path.join(ROOT, 'tests/fixtures/helpdesks', adapter.id);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html') && !NO_CONVERSATION.test(f))) {
      it(`${adapter.id}/${file} is recognised by its markup alone, at a neutral address`, () => {
        const url = new URL('https://support.example.org/page');
        const doc = new JSDOM(readFileSync(path.join(dir, file), 'utf8'), { url: url.href }).window.document;
        const result = readPage(doc, url);
        expect(result.adapter).toBe(adapter.id);
        expect(result.snapshot?.messages.length).toBeGreaterThan(0);
      }, 30_000);
    }
  }
});

describe('what the adapters cite', () => {
  it('every citation resolves inside the repository: docs/helpdesks.md, not notes kept elsewhere', () => {
    const files = [
      ...readdirSync(path.join(ROOT, 'lib/adapters')).map((f) => path.join(ROOT, 'lib/adapters', f)),
      ...readdirSync(path.join(ROOT, 'tests/fixtures/helpdesks')).map((d) => path.join(ROOT, 'tests/fixtures/helpdesks', d, 'README.md')),
    ].filter((f) => existsSync(f));
    expect(existsSync(path.join(ROOT, 'docs/helpdesks.md'))).toBe(true);
    for (const file of files) expect(readFileSync(file, 'utf8'), path.relative(ROOT, file)).not.toMatch(/SELECTORS\.md|EVIDENCE\.md|\.\.\/shared|\/work\//);
  });
});
});
