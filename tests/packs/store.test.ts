import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateSigningKeys, signPack } from '../../lib/packs/sign';
import {
  LIBRARY_KEY,
  activePacks,
  installPack,
  loadEffectiveLibrary,
  loadLibrary,
  movePack,
  previewImport,
  removePack,
  rollbackPack,
  setPackEnabled,
  watchActivePacks,
  type ImportPreview,
} from '../../lib/packs/store';
import { addTrustedKey, listTrustedKeys, trustedJwks } from '../../lib/packs/keys';
import { samplePack } from './helpers';

async function preview(json: unknown): Promise<Extract<ImportPreview, { ok: true }>> {
  const result = await previewImport(JSON.stringify(json), await trustedJwks());
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result;
}

const fileSource = { kind: 'file', fileName: 'acme.json' } as const;

describe('the pack library', { timeout: 30_000 }, () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the built-in pack, enabled', async () => {
    const library = await loadLibrary();
    expect(library.packs.map((p) => [p.id, p.source.kind, p.enabled])).toEqual([['tactful-en', 'builtin', true]]);
    expect((await activePacks()).map((p) => p.id)).toEqual(['tactful-en']);
  });

  it('previews an import as a diff without storing anything, then installs it first in priority', async () => {
    const first = await preview(samplePack());
    expect(first.installed).toBeNull();
    expect(first.diff.phrases.added).toHaveLength(3);
    expect(await fakeBrowser.storage.local.get(LIBRARY_KEY)).toEqual({ [LIBRARY_KEY]: undefined });
    await installPack(first, fileSource);
    expect((await activePacks()).map((p) => p.id)).toEqual(['acme-support', 'tactful-en']);

    const next = samplePack({ version: '1.1.0' });
    (next.phrases as unknown[]).pop();
    const second = await preview(next);
    expect(second.installed?.id).toBe('acme-support');
    expect(second.diff.phrases.removed.map((p) => p.id)).toEqual(['bye-1']);
    await installPack(second, fileSource);
    const entry = (await loadLibrary()).packs[0]!;
    expect(entry.raw?.version).toBe('1.1.0');
    expect(entry.previous?.raw.version).toBe('1.0.0');
  });

  it('makes an installed pack live without validating it again, and never serves a stale version', async () => {
    const first = await preview(samplePack());
    const at = new Date('2026-03-01T10:00:00Z');
    await installPack(first, fileSource, at);
    // The pack the preview validated is the one in effect (not a second validation's copy).
    expect((await activePacks())[0]).toBe(first.pack);
    // Another version stored at the same instant is read as itself.
    const next = samplePack({ version: '2.0.0' });
    (next.phrases as unknown[]).pop();
    await installPack(await preview(next), fileSource, at);
    const live = (await activePacks())[0]!;
    expect(live.version).toBe('2.0.0');
    expect(live.phrases).toHaveLength(2);
  });

  it('refuses a bad file before anything is stored', async () => {
    const result = await previewImport('[]', []);
    expect(result.ok).toBe(false);
    expect(await fakeBrowser.storage.local.get(LIBRARY_KEY)).toEqual({ [LIBRARY_KEY]: undefined });
  });

  it('will not let a pack take the built-in pack\'s id', async () => {
    const result = await preview(samplePack({ id: 'tactful-en' }));
    expect(result.blocked).toMatch(/built-in pack's id/);
    await expect(installPack(result, fileSource)).rejects.toThrow(/built-in/);
  });

  it('turns packs on and off, reorders them, and removes all but the built-in one', async () => {
    await installPack(await preview(samplePack()), fileSource);
    await setPackEnabled('tactful-en', false);
    expect((await activePacks()).map((p) => p.id)).toEqual(['acme-support']);
    await setPackEnabled('tactful-en', true);
    await movePack('tactful-en', -1);
    expect((await activePacks()).map((p) => p.id)).toEqual(['tactful-en', 'acme-support']);
    await expect(removePack('tactful-en')).rejects.toThrow(/cannot be removed; turn it off instead/);
    await removePack('acme-support');
    expect((await loadLibrary()).packs.map((p) => p.id)).toEqual(['tactful-en']);
  });

  it('rolls back to the previous version in one step, and can undo it', async () => {
    await installPack(await preview(samplePack()), fileSource);
    await installPack(await preview(samplePack({ version: '2.0.0' })), fileSource);
    await rollbackPack('acme-support');
    expect((await activePacks())[0]!.version).toBe('1.0.0');
    await rollbackPack('acme-support');
    expect((await activePacks())[0]!.version).toBe('2.0.0');
  });

  it('drops a corrupt stored entry instead of using it', async () => {
    await fakeBrowser.storage.local.set({ [LIBRARY_KEY]: { version: 1, packs: [{ id: 'x', enabled: 'yes' }, null] } });
    expect((await loadLibrary()).packs.map((p) => p.id)).toEqual(['tactful-en']);
    await fakeBrowser.storage.local.set({ [LIBRARY_KEY]: { version: 1, packs: [{ id: 'evil', enabled: true, source: { kind: 'file', fileName: 'x' }, installedAt: 'x', raw: { __proto__: 1 } }] } });
    expect((await activePacks()).map((p) => p.id)).toEqual(['tactful-en']);
  });

  it('tells a watcher when the active packs change', async () => {
    const seen: string[][] = [];
    const stop = watchActivePacks((packs) => seen.push(packs.map((p) => p.id)));
    await installPack(await preview(samplePack()), fileSource);
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen.at(-1)).toEqual(['acme-support', 'tactful-en']);
  });

  it('does not lose a change when two are made at once', async () => {
    await Promise.all([installPack(await preview(samplePack()), fileSource), installPack(await preview(samplePack({ id: 'beta-team' })), fileSource)]);
    expect((await loadLibrary()).packs.map((p) => p.id).sort()).toEqual(['acme-support', 'beta-team', 'tactful-en']);
  });

  it('records who signed an import when the key is trusted', async () => {
    const keys = await generateSigningKeys();
    const signed = await signPack(samplePack(), keys.privateJwk);
    expect((await preview(signed)).signature.status).toBe('unknown-key');
    expect(await addTrustedKey('Dana', JSON.stringify(keys.publicJwk))).toMatchObject({ ok: true });
    const trusted = await preview(signed);
    expect(trusted.signature).toEqual({ status: 'valid', keyId: keys.keyId, alg: 'Ed25519' });
    expect((await installPack(trusted, fileSource)).signedBy).toBe(keys.keyId);
  });
});

describe('enterprise policy (storage.managed)', { timeout: 30_000 }, () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns the built-in pack off and locks it', async () => {
    await fakeBrowser.storage.managed.set({ disableBuiltinPack: true });
    expect(await activePacks()).toEqual([]);
    await expect(setPackEnabled('tactful-en', true)).rejects.toThrow(/administrator/);
    const { library, policy } = await loadEffectiveLibrary();
    expect(library.packs[0]!.enabled).toBe(false);
    expect(policy.present).toBe(true);
  });

  it('adds trusted keys that the agent cannot remove, and ignores a malformed one by name', async () => {
    const keys = await generateSigningKeys('ES256');
    await fakeBrowser.storage.managed.set({ trustedKeys: [{ name: 'Support leads', jwk: keys.publicJwk }, { name: 'Bad', jwk: { kty: 'RSA', crv: 'x', x: 'y' } }] });
    const listed = await listTrustedKeys();
    expect(listed).toEqual([expect.objectContaining({ name: 'Support leads', keyId: keys.keyId, managed: true })]);
    const { policy } = await loadEffectiveLibrary();
    expect(policy.problems).toEqual(['trustedKeys[1]: jwk is not an Ed25519 or ECDSA P-256 public key; ignored']);
  });

  it('names every policy value it ignores, in the catalogue\'s words', async () => {
    await fakeBrowser.storage.managed.set({ subscriptions: 'https://example.com/pack.json', allowUserPacks: 'no', refreshMinutes: 5, trustedKeys: [{ jwk: {} }] });
    const { policy } = await loadEffectiveLibrary();
    expect(policy.problems).toEqual([
      'refreshMinutes: must be a whole number from 15 to 10080; ignored',
      'subscriptions: must be a list; ignored',
      'trustedKeys[0]: name is required; jwk.kty is required; jwk.crv is required; jwk.x is required; ignored',
      'allowUserPacks: must be true or false; ignored',
    ]);
  });

  it('stops agents installing their own packs when the administrator says so', async () => {
    await fakeBrowser.storage.managed.set({ allowUserPacks: false });
    await expect(installPack(await preview(samplePack()), fileSource)).rejects.toThrow(/does not allow/);
    expect((await loadLibrary()).packs).toHaveLength(1);
  });
});
