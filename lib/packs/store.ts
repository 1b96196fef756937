/**
 * The agent's pack library in `browser.storage.local`: which packs are installed (the built-in
 * one, files, subscriptions), in priority order (first wins), each enabled or not, with the
 * previous version of each kept for a one-click rollback.
 *
 * The whole library is one storage key written with one `set`, so an import, an update or a
 * rollback is stored entirely or not at all, and the panel watches that one key. Nothing is
 * written before a pack has passed `readPackJson`; what is read back is validated again (a
 * hand-edited or corrupt entry is dropped and named, never used). Writers queue behind one lock
 * (Web Locks where the browser has them), so the options page and the background's refresh
 * cannot overwrite each other's change.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { builtinPacks } from './builtin';
import { diffPacks, type PackDiff } from './diff';
import { readPackJson, readPackText } from './load';
import { readManagedPolicy, type ManagedPolicy } from './managed';
import type { Pack, PackError } from './schema';
import { verifyPack, type VerifyResult } from './sign';
import { t } from '../i18n';

export const LIBRARY_KEY = 'packLibrary';

const RawPack = z.record(z.string(), z.unknown());

const SourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin') }),
  z.object({ kind: z.literal('file'), fileName: z.string() }),
  z.object({
    kind: z.literal('url'),
    url: z.string(),
    etag: z.string().optional(),
    lastModified: z.string().optional(),
    checkedAt: z.string().optional(),
    /** Pushed by the administrator's policy: cannot be removed or disabled here. */
    managed: z.boolean().optional(),
    /** Every update must be signed by this trusted key (set when the subscribed version was). */
    requireKeyId: z.string().optional(),
    /** The outcome of the last check, shown in the library. */
    status: z.object({ ok: z.boolean(), at: z.string(), message: z.string() }).optional(),
    /** A version the agent rolled back from: not applied again. */
    skipVersion: z.string().optional(),
  }),
]);
export type PackSource = z.infer<typeof SourceSchema>;

const EntrySchema = z.object({
  id: z.string(),
  enabled: z.boolean(),
  source: SourceSchema,
  /** The pack as written (absent for the built-in pack, which ships with Tactful). */
  raw: RawPack.optional(),
  installedAt: z.string(),
  previous: z.object({ raw: RawPack, installedAt: z.string() }).optional(),
  /** The trusted key whose signature verified when this version was stored. */
  signedBy: z.string().optional(),
  /** The last change from a subscription, so the library can show it as a diff. */
  lastUpdate: z.object({ at: z.string(), from: z.string(), to: z.string() }).optional(),
});
export type InstalledPack = z.infer<typeof EntrySchema>;

export interface PackLibrary {
  version: 1;
  /** In priority order: the first pack's phrases and rules come first. */
  packs: InstalledPack[];
}

/** An installed pack with its content, ready to show or use. */
export interface ResolvedPack {
  entry: InstalledPack;
  pack: Pack;
  builtin: boolean;
}

export function builtinEntry(): InstalledPack {
  return { id: builtinPacks()[0]!.id, enabled: true, source: { kind: 'builtin' }, installedAt: '1970-01-01T00:00:00.000Z' };
}

/** Validate what storage holds; bad entries are dropped and named, the built-in pack is always there. */
export function parseLibrary(stored: unknown): { library: PackLibrary; problems: string[] } {
  const problems: string[] = [];
  const packs: InstalledPack[] = [];
  const list = stored && typeof stored === 'object' && Array.isArray((stored as { packs?: unknown }).packs) ? (stored as { packs: unknown[] }).packs : [];
  const ids = new Set<string>();
  list.forEach((item, index) => {
    const parsed = EntrySchema.safeParse(item);
    if (!parsed.success) problems.push(t('lib.packs.store.badEntry', { index }));
    else if (ids.has(parsed.data.id)) problems.push(t('lib.packs.store.listedTwice', { index, id: parsed.data.id }));
    else if (parsed.data.source.kind !== 'builtin' && !parsed.data.raw) problems.push(t('lib.packs.store.noContent', { index, id: parsed.data.id }));
    else {
      ids.add(parsed.data.id);
      packs.push(parsed.data);
    }
  });
  const builtinId = builtinPacks()[0]!.id;
  if (!packs.some((p) => p.source.kind === 'builtin')) packs.push(builtinEntry());
  // A stored entry cannot pretend to be the built-in pack with other content.
  return { library: { version: 1, packs: packs.filter((p) => p.source.kind === 'builtin' ? p.id === builtinId : true) }, problems };
}

export async function loadLibrary(): Promise<PackLibrary> {
  const stored = (await browser.storage.local.get(LIBRARY_KEY))[LIBRARY_KEY];
  return parseLibrary(stored).library;
}

/** The library as it takes effect: the administrator's choices win over the agent's. */
export function applyPolicy(library: PackLibrary, policy: ManagedPolicy): PackLibrary {
  return {
    ...library,
    packs: library.packs.map((entry) => {
      if (entry.source.kind === 'builtin' && policy.disableBuiltinPack !== undefined) return { ...entry, enabled: !policy.disableBuiltinPack };
      if (entry.source.kind === 'url' && entry.source.managed) return { ...entry, enabled: true };
      return entry;
    }),
  };
}

/** What the options page shows: the library with the policy applied, and which switches are locked. */
export async function loadEffectiveLibrary(): Promise<{ library: PackLibrary; policy: ManagedPolicy }> {
  const policy = await readManagedPolicy();
  return { library: applyPolicy(await loadLibrary(), policy), policy };
}

let queue: Promise<unknown> = Promise.resolve();

/** Read, change and write the library under one lock; `change` returns the new library or null to write nothing. */
export async function updateLibrary<T>(change: (library: PackLibrary) => Promise<{ library: PackLibrary | null; result: T }> | { library: PackLibrary | null; result: T }): Promise<T> {
  const task = async () => {
    const { library, result } = await change(await loadLibrary());
    if (library) await browser.storage.local.set({ [LIBRARY_KEY]: library });
    return result;
  };
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('tactful-pack-library', task);
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

const parsedCache = new Map<string, Pack>();

/** One stored version: the id, when it was stored, and the version it says it is. */
function cacheKey(entry: InstalledPack): string {
  return `${entry.id}@${entry.installedAt}@${String(entry.raw?.version)}`;
}

function rememberParsed(entry: InstalledPack, pack: Pack): void {
  if (parsedCache.size > 20) parsedCache.clear();
  parsedCache.set(cacheKey(entry), pack);
}

/** The content of an entry, validated (cached per stored version: validating 5,000 phrases is not free). */
export function packOf(entry: InstalledPack): Pack | null {
  if (entry.source.kind === 'builtin') return builtinPacks().find((p) => p.id === entry.id) ?? null;
  const cached = parsedCache.get(cacheKey(entry));
  if (cached) return cached;
  const result = readPackJson(entry.raw);
  if (!result.ok) return null;
  rememberParsed(entry, result.pack);
  return result.pack;
}

export function resolveLibrary(library: PackLibrary): ResolvedPack[] {
  const out: ResolvedPack[] = [];
  for (const entry of library.packs) {
    const pack = packOf(entry);
    if (pack) out.push({ entry, pack, builtin: entry.source.kind === 'builtin' });
  }
  return out;
}

/** The packs the panel uses, in priority order: enabled ones (the built-in pack too, unless turned off). */
export async function activePacks(): Promise<Pack[]> {
  return resolveLibrary((await loadEffectiveLibrary()).library)
    .filter((r) => r.entry.enabled)
    .map((r) => r.pack);
}

/** Calls back with the active packs whenever the library changes (returns the unsubscribe). */
export function watchActivePacks(onChange: (packs: Pack[]) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LIBRARY_KEY in changes) void activePacks().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function watchLibrary(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LIBRARY_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** What an import would do, computed before anything is stored. */
export type ImportPreview =
  | { ok: false; errors: PackError[] }
  | {
      ok: true;
      pack: Pack;
      raw: Record<string, unknown>;
      /** Against the installed version with the same id (everything added when there is none). */
      diff: PackDiff;
      installed: InstalledPack | null;
      signature: VerifyResult;
      /** Set when it cannot be installed over what is there (the built-in pack's id, a managed pack). */
      blocked?: string;
    };

export async function previewPackJson(result: ReturnType<typeof readPackJson>, trustedKeys: readonly JsonWebKey[]): Promise<ImportPreview> {
  if (!result.ok) return result;
  const library = await loadLibrary();
  const installed = library.packs.find((p) => p.id === result.pack.id) ?? null;
  const current = installed ? packOf(installed) : null;
  let blocked: string | undefined;
  if (installed?.source.kind === 'builtin') blocked = t('lib.packs.store.builtinId', { id: result.pack.id });
  else if (installed?.source.kind === 'url' && installed.source.managed) blocked = t('lib.packs.store.managedId', { id: result.pack.id });
  return {
    ok: true,
    pack: result.pack,
    raw: result.raw,
    diff: diffPacks(current, result.pack),
    installed,
    signature: await verifyPack(result.raw, trustedKeys),
    ...(blocked ? { blocked } : {}),
  };
}

/** Preview a file's text as an import. Nothing is stored. */
export async function previewImport(text: string, trustedKeys: readonly JsonWebKey[]): Promise<ImportPreview> {
  return previewPackJson(readPackText(text), trustedKeys);
}

/**
 * Store a previewed pack in one write: a new pack goes first (above the built-in one); a new
 * version of an installed pack keeps its place and switch, and the old version is kept for rollback.
 */
export async function installPack(
  preview: Extract<ImportPreview, { ok: true }>,
  source: PackSource,
  now: Date = new Date(),
): Promise<InstalledPack> {
  if (preview.blocked) throw new Error(preview.blocked);
  const managed = source.kind === 'url' && source.managed === true;
  if (!managed && !(await readManagedPolicy()).allowUserPacks) throw new Error(t('lib.packs.store.notAllowed'));
  return updateLibrary((library) => {
    const at = now.toISOString();
    const existing = library.packs.find((p) => p.id === preview.pack.id);
    if (existing?.source.kind === 'builtin') throw new Error(t('lib.packs.store.builtinIdShort', { id: preview.pack.id }));
    const entry: InstalledPack = {
      id: preview.pack.id,
      enabled: existing?.enabled ?? true,
      source,
      raw: preview.raw,
      installedAt: at,
      ...(existing?.raw ? { previous: { raw: existing.raw, installedAt: existing.installedAt } } : {}),
      ...(preview.signature.status === 'valid' ? { signedBy: preview.signature.keyId } : {}),
    };
    const packs = existing ? library.packs.map((p) => (p.id === entry.id ? entry : p)) : [entry, ...library.packs];
    return { library: { ...library, packs }, result: entry };
  }).then((entry) => {
    // The preview already validated exactly what was stored: this page uses it without validating
    // the same 5,000 phrases again (other pages validate what they read back, once per version).
    rememberParsed(entry, preview.pack);
    return entry;
  });
}

function isLocked(entry: InstalledPack): boolean {
  return entry.source.kind === 'url' && entry.source.managed === true;
}

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  const policy = await readManagedPolicy();
  await updateLibrary((library) => {
    const entry = library.packs.find((p) => p.id === id);
    if (!entry) return { library: null, result: undefined };
    if (isLocked(entry) && !enabled) throw new Error(t('lib.packs.store.lockedOn'));
    if (entry.source.kind === 'builtin' && policy.disableBuiltinPack !== undefined) throw new Error(t('lib.packs.store.builtinManaged'));
    if (entry.enabled === enabled) return { library: null, result: undefined };
    return { library: { ...library, packs: library.packs.map((p) => (p.id === id ? { ...p, enabled } : p)) }, result: undefined };
  });
}

/** Move a pack up (-1) or down (+1) in priority. */
export async function movePack(id: string, delta: -1 | 1): Promise<void> {
  await updateLibrary((library) => {
    const index = library.packs.findIndex((p) => p.id === id);
    const target = index + delta;
    if (index < 0 || target < 0 || target >= library.packs.length) return { library: null, result: undefined };
    const packs = [...library.packs];
    [packs[index], packs[target]] = [packs[target]!, packs[index]!];
    return { library: { ...library, packs }, result: undefined };
  });
}

/** Remove a pack; the built-in pack can only be turned off, and an administrator's pack stays. */
export async function removePack(id: string): Promise<void> {
  await updateLibrary((library) => {
    const entry = library.packs.find((p) => p.id === id);
    if (!entry) return { library: null, result: undefined };
    if (entry.source.kind === 'builtin') throw new Error(t('lib.packs.store.builtinRemove'));
    if (isLocked(entry)) throw new Error(t('lib.packs.store.lockedRemove'));
    return { library: { ...library, packs: library.packs.filter((p) => p.id !== id) }, result: undefined };
  });
}

/**
 * Go back to the previous version (and keep the one rolled back from as "previous", so it can be
 * undone). A subscription then skips the version rolled back from until the lead publishes another.
 */
export async function rollbackPack(id: string, now: Date = new Date()): Promise<void> {
  await updateLibrary((library) => {
    const entry = library.packs.find((p) => p.id === id);
    if (!entry?.previous || !entry.raw) throw new Error(t('lib.packs.store.noPrevious'));
    const fromVersion = String(entry.raw.version);
    const rolled: InstalledPack = {
      ...entry,
      raw: entry.previous.raw,
      installedAt: now.toISOString(),
      previous: { raw: entry.raw, installedAt: entry.installedAt },
      lastUpdate: { at: now.toISOString(), from: fromVersion, to: String(entry.previous.raw.version) },
      source: entry.source.kind === 'url' ? { ...entry.source, skipVersion: fromVersion } : entry.source,
    };
    delete rolled.signedBy;
    return { library: { ...library, packs: library.packs.map((p) => (p.id === id ? rolled : p)) }, result: undefined };
  });
}
