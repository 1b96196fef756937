import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableSite, enableSite, listSites, originOfScriptId, scriptId, sitePattern, siteOriginOf, syncSiteScripts } from '@/lib/sites';

/**
 * Turning Tactful on for a site: a permission the agent grants, a registered content script, and
 * a stored list — with the browser's permission and scripting APIs played by a small fake.
 */
let granted: Set<string>;
let registered: Map<string, { id?: string; matches: string[]; js: string[] }>;
let answer: boolean;

beforeEach(() => {
  granted = new Set();
  registered = new Map();
  answer = true;
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  fake.permissions = {
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (answer) origins.forEach((o) => granted.add(o));
      return answer;
    }),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.delete(o))),
  };
  fake.scripting = {
    registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    getRegisteredContentScripts: vi.fn(async (filter?: { ids: string[] }) => (filter?.ids ?? [...registered.keys()]).filter((id) => registered.has(id)).map((id) => registered.get(id))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
  };
});

describe('sites', () => {
  it('matches a whole site, any port, and only web pages', () => {
    expect(sitePattern('https://help.example.com:8443')).toBe('https://help.example.com/*');
    expect(siteOriginOf('https://help.example.com:8443/conversation/12?x=1')).toBe('https://help.example.com');
    expect(siteOriginOf('chrome://settings')).toBeUndefined();
    expect(siteOriginOf('file:///tmp/a.html')).toBeUndefined();
    expect(siteOriginOf(undefined)).toBeUndefined();
  });

  it('asks for the site, registers the content script there, and remembers it once', async () => {
    expect(await enableSite('https://help.example.com', new Date('2026-11-23T08:00:00Z'))).toBe(true);
    expect(await enableSite('https://help.example.com', new Date('2026-11-24T08:00:00Z'))).toBe(true);
    expect(granted).toEqual(new Set(['https://help.example.com/*']));
    expect([...registered.values()]).toEqual([
      expect.objectContaining({ matches: ['https://help.example.com/*'], js: ['content-scripts/content.js'], persistAcrossSessions: true }),
    ]);
    expect(await listSites()).toEqual([{ origin: 'https://help.example.com', addedAt: '2026-11-23T08:00:00.000Z' }]);
  });

  it('gives sites whose names differ only in punctuation registrations of their own', async () => {
    const a = 'https://help-desk.example.com';
    const b = 'https://help.desk.example.com';
    expect(scriptId(a)).not.toBe(scriptId(b));
    expect(originOfScriptId(scriptId(a))).toBe(a);
    expect(originOfScriptId(scriptId(b))).toBe(b);
    expect(originOfScriptId('someone-else')).toBeUndefined();
    await enableSite(a);
    await enableSite(b);
    expect([...registered.values()].map((s) => s.matches)).toEqual([['https://help-desk.example.com/*'], ['https://help.desk.example.com/*']]);
    await disableSite(a);
    expect([...registered.values()].map((s) => s.matches)).toEqual([['https://help.desk.example.com/*']]);
  });

  it('on startup drops registrations of ours that belong to no enabled site', async () => {
    await enableSite('https://help.example.com');
    registered.set('tactful-site-https-help-example-com', { id: 'tactful-site-https-help-example-com', matches: ['https://help.example.com/*'], js: ['content-scripts/content.js'] });
    registered.set('another-extension-script', { id: 'another-extension-script', matches: ['https://x.example.com/*'], js: ['x.js'] });
    await syncSiteScripts();
    expect([...registered.keys()].sort()).toEqual(['another-extension-script', scriptId('https://help.example.com')].sort());
  });

  it('changes nothing when the agent declines', async () => {
    answer = false;
    expect(await enableSite('https://help.example.com')).toBe(false);
    expect(registered.size).toBe(0);
    expect(await listSites()).toEqual([]);
  });

  it('turns a site off: script unregistered, permission given back, list updated', async () => {
    await enableSite('https://help.example.com');
    await enableSite('https://desk.example.org');
    await disableSite('https://help.example.com');
    expect(granted).toEqual(new Set(['https://desk.example.org/*']));
    expect([...registered.values()].map((s) => s.matches)).toEqual([['https://desk.example.org/*']]);
    expect((await listSites()).map((s) => s.origin)).toEqual(['https://desk.example.org']);
  });

  it('on startup restores registrations and drops sites whose permission was revoked', async () => {
    await enableSite('https://help.example.com');
    await enableSite('https://desk.example.org');
    registered.clear(); // the browser forgot them (Firefox does, on restart)
    granted.delete('https://desk.example.org/*'); // the agent revoked one in the browser's settings
    await syncSiteScripts();
    expect([...registered.values()].map((s) => s.matches)).toEqual([['https://help.example.com/*']]);
    expect((await listSites()).map((s) => s.origin)).toEqual(['https://help.example.com']);
  });
});

describe('hasSiteAccess', () => {
  it('counts the helpdesk hosts in the manifest and the sites the agent enabled', async () => {
    const { hasSiteAccess } = await import('@/lib/sites');
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Tactful', version: '1', content_scripts: [{ matches: ['*://*.zendesk.com/*'], js: [] }] });
    expect(await hasSiteAccess('https://acme.zendesk.com')).toBe(true);
    expect(await hasSiteAccess('https://help.example.com')).toBe(false);
    await enableSite('https://help.example.com');
    expect(await hasSiteAccess('https://help.example.com')).toBe(true);
  });
});

describe('contentScriptFor', () => {
  it('picks the hosted helpdesks’ bundle on their domains and the any-site bundle elsewhere', async () => {
    const { contentScriptFor } = await import('@/lib/sites');
    expect(contentScriptFor('https://acme.zendesk.com/agent/tickets/5')).toBe('content-scripts/hosted.js');
    expect(contentScriptFor('https://mail.google.com/mail/u/0/#inbox/FMfcg')).toBe('content-scripts/hosted.js');
    expect(contentScriptFor('https://rt.example.com/Ticket/Display.html?id=5')).toBe('content-scripts/content.js');
    expect(contentScriptFor(undefined)).toBe('content-scripts/content.js');
  });
});
