import { describe, expect, it } from 'vitest';
import { canonicalPackBytes, generateSigningKeys, keyIdOf, signPack, verifyPack } from '../../lib/packs/sign';
import { readPackJson } from '../../lib/packs/load';
import { samplePack } from './helpers';

describe('signing packs', { timeout: 30_000 }, () => {
  it.each(['Ed25519', 'ES256'] as const)('signs and verifies with %s; the signed pack is still a valid pack', async (alg) => {
    const keys = await generateSigningKeys(alg);
    expect(keys.privateJwk.d).toEqual(expect.any(String));
    expect(keys.publicJwk).not.toHaveProperty('d');
    const signed = await signPack(samplePack(), keys.privateJwk);
    expect(signed.signature).toEqual({ alg, keyId: keys.keyId, value: expect.stringMatching(/^[A-Za-z0-9_-]+$/) });
    expect(readPackJson(signed).ok).toBe(true);
    expect(await verifyPack(signed, [keys.publicJwk])).toEqual({ status: 'valid', keyId: keys.keyId, alg });
  });

  it('verifies whatever the key order and whitespace (RFC 8785 canonical form)', async () => {
    const keys = await generateSigningKeys();
    const signed = await signPack(samplePack(), keys.privateJwk);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(signed).reverse()), null, 4)) as Record<string, unknown>;
    expect((await verifyPack(reordered, [keys.publicJwk])).status).toBe('valid');
    expect(new TextDecoder().decode(canonicalPackBytes(signed))).toBe(new TextDecoder().decode(canonicalPackBytes(reordered)));
  });

  it('refuses a pack changed after signing, an unsigned pack, and another key', async () => {
    const keys = await generateSigningKeys();
    const other = await generateSigningKeys();
    const signed = await signPack(samplePack(), keys.privateJwk);
    const changed = { ...signed, version: '9.9.9' };
    expect(await verifyPack(changed, [keys.publicJwk])).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/changed after it was signed/) });
    expect(await verifyPack(samplePack(), [keys.publicJwk])).toEqual({ status: 'unsigned' });
    expect(await verifyPack(signed, [other.publicJwk])).toEqual({ status: 'unknown-key', keyId: keys.keyId });
    // A signature copied onto a pack signed by someone else's key id is still checked against content.
    const forged = await signPack(samplePack({ name: 'Forged' }), other.privateJwk);
    forged.signature = { ...(forged.signature as object), keyId: keys.keyId };
    expect((await verifyPack(forged, [keys.publicJwk])).status).toBe('invalid');
  });

  it('names keys by their RFC 7638 thumbprint', async () => {
    // RFC 8037 appendix A.3: the thumbprint of its example Ed25519 key.
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
    expect(await keyIdOf(jwk)).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  });

  it('will not sign with a public key', async () => {
    const keys = await generateSigningKeys();
    await expect(signPack(samplePack(), keys.publicJwk)).rejects.toThrow(/needs the private key/);
  });
});
