/**
 * Sites the agent has turned Tactful on for: self-hosted helpdesks on company domains, in-house
 * tools. Each is an optional host permission the agent granted, plus a content script registered
 * for it. The list lives in `storage.local`; the background re-registers the scripts on startup
 * (Firefox forgets dynamic registrations), and drops any whose permission was revoked.
 */
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { HOSTED_HELPDESK_MATCHES } from './adapters/hosts';

import { CONTENT_SCRIPT_FILE, HOSTED_CONTENT_SCRIPT_FILE } from './adapters/bundles';

export { CONTENT_SCRIPT_FILE, HOSTED_CONTENT_SCRIPT_FILE };
const STORAGE_KEY = 'enabledSites';
const SCRIPT_ID_PREFIX = 'tactful-site-';

export interface EnabledSite {
  /** `https://help.example.com` (the port is not part of a match pattern). */
  origin: string;
  addedAt: string;
}

/** The match pattern that covers an origin: every path, any port. */
export function sitePattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Only web pages can be enabled; browser pages, files and extension pages cannot. */
export function siteOriginOf(pageUrl: string | undefined): string | undefined {
  if (!pageUrl) return undefined;
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.hostname}` : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle that belongs on a page: the hosted helpdesks' on their domains, else the any-site one. */
export function contentScriptFor(pageUrl: string | undefined): string {
  if (pageUrl && HOSTED_HELPDESK_MATCHES.some((pattern) => new MatchPattern(pattern).includes(pageUrl))) return HOSTED_CONTENT_SCRIPT_FILE;
  return CONTENT_SCRIPT_FILE;
}

/**
 * The registration id of a site's content script: the origin's UTF-8 bytes in hex, so that two
 * origins never share an id (`help-desk.example.com` and `help.desk.example.com` once did) and the
 * origin can be read back from it.
 */
export function scriptId(origin: string): string {
  return SCRIPT_ID_PREFIX + Array.from(new TextEncoder().encode(origin), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The origin a registration id was made from, or undefined for an id that is not one of ours. */
export function originOfScriptId(id: string): string | undefined {
  const hex = id.startsWith(SCRIPT_ID_PREFIX) ? id.slice(SCRIPT_ID_PREFIX.length) : '';
  if (!hex || hex.length % 2 || /[^0-9a-f]/.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return new TextDecoder().decode(bytes);
}

export async function listSites(): Promise<EnabledSite[]> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  return Array.isArray(stored) ? (stored as EnabledSite[]) : [];
}

async function saveSites(sites: EnabledSite[]): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: sites });
}

/**
 * Does Tactful already run on this site: a helpdesk host its manifest lists (which
 * `permissions.contains` does not count), or a site the agent enabled?
 */
export async function hasSiteAccess(origin: string): Promise<boolean> {
  const page = `${origin}/`;
  const listed = (browser.runtime.getManifest().content_scripts ?? []).some((script) =>
    (script.matches ?? []).some((pattern) => {
      try {
        return new MatchPattern(pattern).includes(page);
      } catch {
        return false;
      }
    }),
  );
  return listed || browser.permissions.contains({ origins: [sitePattern(origin)] });
}

/**
 * Ask for the site and start reading it. Must be called straight from the agent's click: the
 * browser shows its permission prompt only inside a user gesture, so nothing is awaited before it.
 * Returns false when the agent declines.
 */
export async function enableSite(origin: string, now: Date = new Date()): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
  if (!granted) return false;
  await registerSiteScript(origin);
  const sites = await listSites();
  if (!sites.some((s) => s.origin === origin)) await saveSites([...sites, { origin, addedAt: now.toISOString() }]);
  return true;
}

/** Stop reading a site and give its permission back. */
export async function disableSite(origin: string): Promise<void> {
  await unregisterSiteScript(origin);
  await saveSites((await listSites()).filter((s) => s.origin !== origin));
  await browser.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
}

/**
 * On startup: registrations match the list, and sites whose permission was revoked are dropped.
 * Registrations of ours that belong to no listed site (ids in an older form) are removed too.
 */
export async function syncSiteScripts(): Promise<void> {
  const sites = await listSites();
  if (browser.scripting?.getRegisteredContentScripts) {
    const wanted = new Set(sites.map((site) => scriptId(site.origin)));
    const stale = (await browser.scripting.getRegisteredContentScripts())
      .map((script) => script.id)
      .filter((id) => id.startsWith(SCRIPT_ID_PREFIX) && !wanted.has(id));
    if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  }
  const kept: EnabledSite[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [sitePattern(site.origin)] })) {
      await registerSiteScript(site.origin);
      kept.push(site);
    } else {
      await unregisterSiteScript(site.origin);
    }
  }
  await saveSites(kept);
}

/** Firefox MV2 has no `scripting.registerContentScripts`; it has `contentScripts.register`. */
interface FirefoxContentScripts {
  contentScripts?: { register(options: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<{ unregister(): Promise<void> }> };
}
const firefoxRegistrations = new Map<string, { unregister(): Promise<void> }>();

async function registerSiteScript(origin: string): Promise<void> {
  const id = scriptId(origin);
  const matches = [sitePattern(origin)];
  if (browser.scripting?.registerContentScripts) {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length > 0) return;
    await browser.scripting.registerContentScripts([{ id, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
    return;
  }
  const legacy = (browser as unknown as FirefoxContentScripts).contentScripts;
  if (legacy && !firefoxRegistrations.has(id)) {
    firefoxRegistrations.set(id, await legacy.register({ matches, js: [{ file: `/${CONTENT_SCRIPT_FILE}` }], runAt: 'document_idle' }));
  }
}

async function unregisterSiteScript(origin: string): Promise<void> {
  const id = scriptId(origin);
  if (browser.scripting?.unregisterContentScripts) {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
    return;
  }
  await firefoxRegistrations.get(id)?.unregister();
  firefoxRegistrations.delete(id);
}
