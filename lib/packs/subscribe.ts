/**
 * Subscriptions: a pack published at an https address, checked on a timer (the background's
 * alarm) with conditional requests (ETag / If-Modified-Since), so an unchanged pack costs a 304.
 * These are the only network requests Tactful makes, and only to addresses the agent or their
 * administrator chose.
 *
 * An update is validated like an import and stored in one write with the previous version kept
 * for rollback. A failed or refused update keeps the current version and records why. A
 * subscription whose pack was signed by a trusted key refuses an update that is unsigned, signed
 * by another key, or whose signature does not match.
 */
import { diffPacks, isEmptyDiff, summarizeDiff } from './diff';
import { PACK_LIMITS, formatBytes, readPackText } from './load';
import { readManagedPolicy } from './managed';
import { trustedJwks } from './keys';
import { installPack, loadLibrary, packOf, previewPackJson, updateLibrary, type ImportPreview, type InstalledPack, type PackSource } from './store';
import { shortKeyId, verifyPack } from './sign';
import { t } from '../i18n';

type Fetch = typeof fetch;

/** The address's problem, or null when Tactful may subscribe to it. */
export function checkSubscriptionUrl(text: string, allowLoopbackHttp: boolean = import.meta.env.MODE === 'e2e'): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return t('lib.packs.subscribe.notAnAddress');
  }
  if (url.username || url.password) return t('lib.packs.subscribe.credentials');
  if (url.protocol === 'https:') return null;
  // Test builds only: the real-browser tests serve packs from a local HTTP server.
  if (allowLoopbackHttp && url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === '127.0.0.2')) return null;
  return t('lib.packs.subscribe.notHttps');
}

/** The permission pattern for an address's origin (asked for, as an optional permission, when subscribing). */
export function originPattern(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

export type FetchOutcome =
  | { status: 'not-modified' }
  | { status: 'ok'; text: string; etag?: string; lastModified?: string }
  | { status: 'error'; message: string };

async function readCapped(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return text.length > PACK_LIMITS.maxBytes ? null : text;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > PACK_LIMITS.maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** One request for the pack, conditional when we have its validators. Never throws. */
export async function fetchPack(url: string, validators: { etag?: string; lastModified?: string }, fetcher: Fetch = fetch): Promise<FetchOutcome> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  let response: Response;
  try {
    response = await fetcher(url, { headers, credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  } catch (error) {
    return { status: 'error', message: t('lib.packs.subscribe.unreachable', { host: new URL(url).host, error: error instanceof Error ? error.message : String(error) }) };
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) return { status: 'error', message: t('lib.packs.subscribe.httpStatus', { status: response.status }) };
  const length = Number(response.headers.get('Content-Length') ?? '0');
  if (length > PACK_LIMITS.maxBytes) return { status: 'error', message: t('lib.packs.subscribe.tooBig', { size: formatBytes(length), max: formatBytes(PACK_LIMITS.maxBytes) }) };
  const text = await readCapped(response).catch(() => undefined);
  if (text === undefined) return { status: 'error', message: t('lib.packs.subscribe.interrupted') };
  if (text === null) return { status: 'error', message: t('lib.packs.subscribe.overMax', { max: formatBytes(PACK_LIMITS.maxBytes) }) };
  return {
    status: 'ok',
    text,
    ...(response.headers.get('ETag') ? { etag: response.headers.get('ETag')! } : {}),
    ...(response.headers.get('Last-Modified') ? { lastModified: response.headers.get('Last-Modified')! } : {}),
  };
}

export type SubscriptionPreview = { ok: false; errors: { path: string; message: string }[] } | (Extract<ImportPreview, { ok: true }> & { url: string; etag?: string; lastModified?: string });

/** Fetch and check a pack at an address, to show before subscribing. Nothing is stored. */
export async function previewSubscription(url: string, fetcher: Fetch = fetch, allowLoopbackHttp?: boolean): Promise<SubscriptionPreview> {
  const problem = checkSubscriptionUrl(url, allowLoopbackHttp);
  if (problem) return { ok: false, errors: [{ path: '', message: problem }] };
  const fetched = await fetchPack(url.trim(), {}, fetcher);
  if (fetched.status !== 'ok') {
    const message = fetched.status === 'error' ? t('lib.packs.subscribe.fetchFailed', { reason: fetched.message }) : t('lib.packs.subscribe.noPack');
    return { ok: false, errors: [{ path: '', message }] };
  }
  const preview = await previewPackJson(readPackText(fetched.text), await trustedJwks());
  if (!preview.ok) return preview;
  if (preview.installed && preview.installed.source.kind !== 'url') {
    return { ...preview, url: url.trim(), blocked: t('lib.packs.subscribe.fromFile', { id: preview.pack.id }) };
  }
  return { ...preview, url: url.trim(), ...(fetched.etag ? { etag: fetched.etag } : {}), ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}) };
}

/** Subscribe to a previewed pack. A pack signed by a trusted key makes its signature required from then on. */
export async function subscribe(preview: Extract<SubscriptionPreview, { ok: true }>, options: { managed?: boolean; requireKeyId?: string } = {}, now: Date = new Date()): Promise<InstalledPack> {
  const requireKeyId = options.requireKeyId ?? (preview.signature.status === 'valid' ? preview.signature.keyId : undefined);
  const source: PackSource = {
    kind: 'url',
    url: preview.url,
    checkedAt: now.toISOString(),
    status: { ok: true, at: now.toISOString(), message: t('lib.packs.subscribe.subscribed', { version: preview.pack.version }) },
    ...(preview.etag ? { etag: preview.etag } : {}),
    ...(preview.lastModified ? { lastModified: preview.lastModified } : {}),
    ...(options.managed ? { managed: true } : {}),
    ...(requireKeyId ? { requireKeyId } : {}),
  };
  return installPack(preview, source, now);
}

export interface RefreshOutcome {
  id: string;
  result: 'updated' | 'unchanged' | 'failed' | 'refused';
  message: string;
}

/** Check one subscription and apply an update if there is a valid one. Never throws. */
export async function refreshSubscription(id: string, fetcher: Fetch = fetch, now: Date = new Date()): Promise<RefreshOutcome> {
  const at = now.toISOString();
  const trusted = await trustedJwks();
  // The request is made outside the library's lock; the outcome is applied inside it, against
  // whatever is stored by then.
  const entry = (await loadLibrary()).packs.find((p) => p.id === id);
  if (!entry || entry.source.kind !== 'url') return { id, result: 'failed', message: t('lib.packs.subscribe.notSubscription') };
  const source = entry.source;
  const fetched = await fetchPack(source.url, { etag: source.etag, lastModified: source.lastModified }, fetcher);
  let outcome: RefreshOutcome;
  let next: Record<string, unknown> | null = null;
  let validators: { etag?: string; lastModified?: string } = {};
  let signedBy: string | undefined;
  const current = packOf(entry);
  if (fetched.status === 'not-modified') outcome = { id, result: 'unchanged', message: t('lib.packs.subscribe.upToDate', { version: current?.version ?? '?' }) };
  else if (fetched.status === 'error') outcome = { id, result: 'failed', message: t('lib.packs.subscribe.failed', { reason: fetched.message, version: current?.version ?? '?' }) };
  else {
    const read = readPackText(fetched.text);
    validators = { ...(fetched.etag ? { etag: fetched.etag } : {}), ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}) };
    if (!read.ok) {
      const first = read.errors[0]?.message ?? '';
      const problems = t('lib.packs.subscribe.problems', read.errors.length);
      outcome = { id, result: 'refused', message: t('lib.packs.subscribe.invalid', { problems, first, version: current?.version ?? '?' }) };
    } else if (read.pack.id !== id) {
      outcome = { id, result: 'refused', message: t('lib.packs.subscribe.otherId', { served: read.pack.id, id, version: current?.version ?? '?' }) };
    } else {
      const signature = await verifyPack(read.raw, trusted);
      const required = source.requireKeyId;
      const keep = t('lib.packs.subscribe.keep', { version: current?.version ?? '?' });
      if (required && signature.status === 'unsigned') {
        outcome = { id, result: 'refused', message: t('lib.packs.subscribe.unsigned', { key: shortKeyId(required), keep }) };
      } else if (signature.status === 'invalid') {
        outcome = { id, result: 'refused', message: t('lib.packs.subscribe.badSignature', { reason: signature.reason, keep }) };
      } else if (required && signature.status === 'unknown-key') {
        outcome = { id, result: 'refused', message: t('lib.packs.subscribe.untrusted', { key: shortKeyId(signature.keyId), keep }) };
      } else if (
        required &&
        signature.status === 'valid' &&
        signature.keyId !== required &&
        (await readManagedPolicy()).subscriptions.some((s) => s.url === source.url && s.keyId === required)
      ) {
        outcome = { id, result: 'refused', message: t('lib.packs.subscribe.wrongKey', { required: shortKeyId(required), key: shortKeyId(signature.keyId), keep }) };
      } else if (source.skipVersion && read.pack.version === source.skipVersion) {
        outcome = { id, result: 'unchanged', message: t('lib.packs.subscribe.rolledBack', { skipped: read.pack.version, version: current?.version ?? '?' }) };
      } else {
        const diff = diffPacks(current, read.pack);
        if (isEmptyDiff(diff)) outcome = { id, result: 'unchanged', message: t('lib.packs.subscribe.upToDate', { version: read.pack.version }) };
        else {
          next = read.raw;
          if (signature.status === 'valid') signedBy = signature.keyId;
          outcome = { id, result: 'updated', message: t('lib.packs.subscribe.updated', { from: current?.version ?? '?', to: read.pack.version, changes: summarizeDiff(diff) }) };
        }
      }
    }
  }
  await updateLibrary((library) => {
    const stored = library.packs.find((p) => p.id === id);
    if (!stored || stored.source.kind !== 'url') return { library: null, result: undefined };
    const status = { ok: outcome.result === 'updated' || outcome.result === 'unchanged', at, message: outcome.message };
    const updatedSource = { ...stored.source, ...validators, checkedAt: at, status };
    let replacement: InstalledPack = { ...stored, source: updatedSource };
    if (next && stored.raw) {
      replacement = {
        ...replacement,
        raw: next,
        installedAt: at,
        previous: { raw: stored.raw, installedAt: stored.installedAt },
        lastUpdate: { at, from: String(stored.raw.version), to: String(next.version) },
        source: { ...updatedSource, skipVersion: undefined, ...(stored.source.requireKeyId || !signedBy ? {} : { requireKeyId: signedBy }) },
      };
      if (signedBy) replacement.signedBy = signedBy;
      else delete replacement.signedBy;
    }
    return { library: { ...library, packs: library.packs.map((p) => (p.id === id ? replacement : p)) }, result: undefined };
  });
  return outcome;
}

/**
 * What the alarm runs: subscribe to the administrator's packs not yet installed, then check every
 * subscription. Returns one outcome per subscription.
 */
export async function refreshAll(fetcher: Fetch = fetch, now: Date = new Date()): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = [];
  outcomes.push(...(await applyManagedSubscriptions(fetcher, now)));
  const library = await loadLibrary();
  for (const entry of library.packs) {
    if (entry.source.kind !== 'url' || outcomes.some((o) => o.id === entry.id)) continue;
    outcomes.push(await refreshSubscription(entry.id, fetcher, now));
  }
  return outcomes;
}

/** Install the policy's subscriptions that are missing (no preview: the administrator chose them). */
export async function applyManagedSubscriptions(fetcher: Fetch = fetch, now: Date = new Date()): Promise<RefreshOutcome[]> {
  const policy = await readManagedPolicy();
  const library = await loadLibrary();
  const outcomes: RefreshOutcome[] = [];
  for (const managed of policy.subscriptions) {
    const existing = library.packs.find((p) => p.source.kind === 'url' && p.source.url === managed.url);
    if (existing) {
      if (existing.source.kind === 'url' && !existing.source.managed) {
        await updateLibrary((l) => ({
          library: {
            ...l,
            packs: l.packs.map((p) =>
              p.id === existing.id && p.source.kind === 'url'
                ? { ...p, enabled: true, source: { ...p.source, managed: true, ...(managed.keyId ? { requireKeyId: managed.keyId } : {}) } }
                : p,
            ),
          },
          result: undefined,
        }));
      }
      continue;
    }
    const preview = await previewSubscription(managed.url, fetcher, false);
    if (!preview.ok) {
      outcomes.push({ id: managed.url, result: 'failed', message: preview.errors[0]?.message ?? 'failed' });
      continue;
    }
    if (managed.keyId && (preview.signature.status !== 'valid' || preview.signature.keyId !== managed.keyId)) {
      outcomes.push({ id: preview.pack.id, result: 'refused', message: t('lib.packs.subscribe.managedUnsigned', { key: shortKeyId(managed.keyId) }) });
      continue;
    }
    if (preview.blocked) {
      outcomes.push({ id: preview.pack.id, result: 'refused', message: preview.blocked });
      continue;
    }
    await subscribe(preview, { managed: true, ...(managed.keyId ? { requireKeyId: managed.keyId } : {}) }, now);
    outcomes.push({ id: preview.pack.id, result: 'updated', message: t('lib.packs.subscribe.managedInstalled', { version: preview.pack.version }) });
  }
  return outcomes;
}
