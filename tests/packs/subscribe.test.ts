import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addTrustedKey } from '../../lib/packs/keys';
import { generateSigningKeys, signPack } from '../../lib/packs/sign';
import { activePacks, loadLibrary, removePack, rollbackPack, setPackEnabled } from '../../lib/packs/store';
import { checkSubscriptionUrl, previewSubscription, refreshAll, refreshSubscription, subscribe } from '../../lib/packs/subscribe';
import { samplePack } from './helpers';

const URL_ = 'https://packs.example.com/acme.json';

/** A pack server: serves `body` with an ETag, answers 304 to a matching If-None-Match, records requests. */
function server() {
  const state = { body: JSON.stringify(samplePack()) as string, etag: '"v1"', status: 200, requests: [] as { url: string; headers: Record<string, string> }[] };
  const fetcher = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    state.requests.push({ url: String(url), headers });
    if (state.status !== 200) return new Response('oops', { status: state.status });
    if (headers['If-None-Match'] === state.etag) return new Response(null, { status: 304 });
    return new Response(state.body, { status: 200, headers: { ETag: state.etag, 'Content-Type': 'application/json' } });
  });
  const publish = (json: unknown, etag: string) => {
    state.body = JSON.stringify(json);
    state.etag = etag;
  };
  return { state, fetcher: fetcher as unknown as typeof fetch, publish };
}

async function subscribed(s: ReturnType<typeof server>) {
  const preview = await previewSubscription(URL_, s.fetcher);
  if (!preview.ok) throw new Error(preview.errors[0]!.message);
  return subscribe(preview);
}

describe('subscribing to a pack by address', { timeout: 30_000 }, () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts https only (and loopback http only in test builds)', () => {
    expect(checkSubscriptionUrl(URL_, false)).toBeNull();
    expect(checkSubscriptionUrl('http://packs.example.com/a.json', false)).toMatch(/must start with https:\/\//);
    expect(checkSubscriptionUrl('http://127.0.0.1:8080/a.json', false)).toMatch(/https/);
    expect(checkSubscriptionUrl('http://127.0.0.1:8080/a.json', true)).toBeNull();
    expect(checkSubscriptionUrl('http://127.0.0.2:8080/a.json', true)).toBeNull();
    expect(checkSubscriptionUrl('http://127.0.0.3/a.json', true)).toMatch(/https/);
    expect(checkSubscriptionUrl('http://127.0.0.2/a.json', false)).toMatch(/https/);
    expect(checkSubscriptionUrl('http://localhost:8080/a.json', true)).toMatch(/https/);
    expect(checkSubscriptionUrl('javascript:alert(1)', true)).toMatch(/https/);
    expect(checkSubscriptionUrl('https://user:pw@packs.example.com/a.json', false)).toMatch(/user name/);
    expect(checkSubscriptionUrl('not a url', false)).toMatch(/not a web address/);
  });

  it('previews, subscribes, then checks with a conditional request', async () => {
    const s = server();
    const preview = await previewSubscription(URL_, s.fetcher);
    expect(preview.ok && preview.diff.phrases.added.length).toBe(3);
    expect((await loadLibrary()).packs).toHaveLength(1);
    await subscribe(preview as Extract<typeof preview, { ok: true }>);
    expect((await activePacks()).map((p) => p.id)).toEqual(['acme-support', 'tactful-en']);
    expect(s.state.requests[0]!.headers).toMatchObject({ Accept: 'application/json' });

    expect(await refreshSubscription('acme-support', s.fetcher)).toMatchObject({ result: 'unchanged' });
    expect(s.state.requests.at(-1)!.headers['If-None-Match']).toBe('"v1"');
  });

  it('applies an update, keeps the previous version for rollback, and does not reapply the one rolled back from', async () => {
    const s = server();
    await subscribed(s);
    const next = samplePack({ version: '1.1.0' });
    (next.phrases as unknown[]).push({ id: 'new-1', kind: 'empathy', text: 'That sounds stressful.' });
    s.publish(next, '"v2"');
    const outcome = await refreshSubscription('acme-support', s.fetcher);
    expect(outcome).toEqual({ id: 'acme-support', result: 'updated', message: 'Updated from 1.0.0 to 1.1.0: version 1.0.0 → 1.1.0; phrase: 1 added.' });
    const entry = (await loadLibrary()).packs[0]!;
    expect(entry.lastUpdate).toMatchObject({ from: '1.0.0', to: '1.1.0' });
    expect(entry.previous?.raw.version).toBe('1.0.0');

    await rollbackPack('acme-support');
    expect((await activePacks())[0]!.version).toBe('1.0.0');
    // The server still has 1.1.0 (and no longer matches our ETag): it is not applied again.
    s.state.etag = '"v2b"';
    expect(await refreshSubscription('acme-support', s.fetcher)).toMatchObject({ result: 'unchanged', message: expect.stringMatching(/skipped: you rolled back/) });
    expect((await activePacks())[0]!.version).toBe('1.0.0');
  });

  it('keeps the current version and says why when an update fails or is invalid', async () => {
    const s = server();
    await subscribed(s);
    s.state.status = 500;
    expect(await refreshSubscription('acme-support', s.fetcher)).toMatchObject({ result: 'failed', message: 'Update failed: the server answered HTTP 500. Keeping version 1.0.0.' });
    s.state.status = 200;
    s.publish([samplePack()], '"list"');
    const refused = await refreshSubscription('acme-support', s.fetcher);
    expect(refused.result).toBe('refused');
    expect(refused.message).toMatch(/not a valid pack \(1 problem; pack: must be a JSON object/);
    s.publish(samplePack({ id: 'someone-else' }), '"other"');
    expect((await refreshSubscription('acme-support', s.fetcher)).message).toMatch(/now serves the pack "someone-else"/);
    s.state.body = `{"description":"${'x'.repeat(3 * 1024 * 1024)}"}`;
    s.state.etag = '"huge"';
    expect((await refreshSubscription('acme-support', s.fetcher)).message).toMatch(/over 2\.0 MB/);
    const entry = (await loadLibrary()).packs[0]!;
    expect(entry.raw?.version).toBe('1.0.0');
    expect(entry.source.kind === 'url' && entry.source.status).toMatchObject({ ok: false });
  });

  it('refuses an unsigned or wrongly signed update to a signed subscription', async () => {
    const lead = await generateSigningKeys();
    const mallory = await generateSigningKeys();
    await addTrustedKey('Dana', JSON.stringify(lead.publicJwk));
    const s = server();
    s.publish(await signPack(samplePack(), lead.privateJwk), '"s1"');
    const entry = await subscribed(s);
    expect(entry.source.kind === 'url' && entry.source.requireKeyId).toBe(lead.keyId);

    s.publish(samplePack({ version: '1.1.0' }), '"unsigned"');
    expect((await refreshSubscription('acme-support', s.fetcher)).message).toMatch(/^Update refused: this pack is signed by key .*, but the new version is not signed\. Keeping version 1\.0\.0\.$/);

    const tampered = await signPack(samplePack({ version: '1.2.0' }), lead.privateJwk);
    tampered.description = 'changed after signing';
    s.publish(tampered, '"tampered"');
    expect((await refreshSubscription('acme-support', s.fetcher)).message).toMatch(/^Update refused: the signature does not match the pack/);

    s.publish(await signPack(samplePack({ version: '1.3.0' }), mallory.privateJwk), '"mallory"');
    expect((await refreshSubscription('acme-support', s.fetcher)).message).toMatch(/which you do not trust/);
    expect((await activePacks())[0]!.version).toBe('1.0.0');

    s.publish(await signPack(samplePack({ version: '2.0.0' }), lead.privateJwk), '"s2"');
    expect((await refreshSubscription('acme-support', s.fetcher)).result).toBe('updated');
    expect((await activePacks())[0]!.version).toBe('2.0.0');
  });

  it('subscribes to the administrator\'s packs, which the agent cannot remove or turn off', async () => {
    const s = server();
    await fakeBrowser.storage.managed.set({ subscriptions: [{ url: URL_ }] });
    const outcomes = await refreshAll(s.fetcher);
    expect(outcomes).toEqual([{ id: 'acme-support', result: 'updated', message: 'Installed version 1.0.0 set by your administrator.' }]);
    await expect(removePack('acme-support')).rejects.toThrow(/administrator/);
    await expect(setPackEnabled('acme-support', false)).rejects.toThrow(/administrator/);
    // The next run checks it like any subscription.
    expect(await refreshAll(s.fetcher)).toEqual([expect.objectContaining({ id: 'acme-support', result: 'unchanged' })]);
  });

  it('does not install an administrator\'s pack without the signature the policy requires', async () => {
    const lead = await generateSigningKeys();
    const s = server();
    await fakeBrowser.storage.managed.set({ subscriptions: [{ url: URL_, keyId: lead.keyId }], trustedKeys: [{ name: 'Leads', jwk: lead.publicJwk }] });
    expect((await refreshAll(s.fetcher))[0]).toMatchObject({ result: 'refused' });
    expect((await loadLibrary()).packs).toHaveLength(1);
    s.publish(await signPack(samplePack(), lead.privateJwk), '"signed"');
    expect((await refreshAll(s.fetcher))[0]).toMatchObject({ result: 'updated' });
    expect((await activePacks()).map((p) => p.id)).toEqual(['acme-support', 'tactful-en']);
  });
});
