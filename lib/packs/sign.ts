/**
 * Signed packs. A team lead's key pair is made with WebCrypto (Ed25519 by default, ECDSA P-256 as
 * `ES256`) and kept as JWKs; the private one never leaves the lead's browser or machine unless
 * they export it. A signature covers the pack's canonical form: RFC 8785 JSON (the `canonicalize`
 * library) of the pack as written, without its `signature` field, so key order and whitespace do
 * not matter but any change to any value does. Keys are named by their RFC 7638 thumbprint.
 *
 * The same code runs in the extension and in Node 20 (`globalThis.crypto.subtle` in both).
 */
import canonicalize from 'canonicalize';
import type { PackSignature } from './schema';
import { t } from '../i18n';

export type SigningAlgorithm = PackSignature['alg'];

export interface SigningKeys {
  privateJwk: JsonWebKey;
  publicJwk: JsonWebKey;
  /** RFC 7638 SHA-256 thumbprint of the public key, base64url. */
  keyId: string;
  alg: SigningAlgorithm;
}

export type VerifyResult =
  | { status: 'valid'; keyId: string; alg: SigningAlgorithm }
  | { status: 'unsigned' }
  /** Signed by a key that is not among those given. */
  | { status: 'unknown-key'; keyId: string }
  /** Signed by a known key, but the signature does not match the content: changed after signing, or forged. */
  | { status: 'invalid'; keyId: string; reason: string };

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new Error('WebCrypto is not available here (a secure context or Node 20+ is needed)');
  return api;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const ALGORITHMS: Record<SigningAlgorithm, { key: EcKeyImportParams | Algorithm; sign: EcdsaParams | Algorithm }> = {
  Ed25519: { key: { name: 'Ed25519' }, sign: { name: 'Ed25519' } },
  ES256: { key: { name: 'ECDSA', namedCurve: 'P-256' }, sign: { name: 'ECDSA', hash: 'SHA-256' } },
};

/** Which algorithm a JWK is for, or why it is not a signing key Tactful uses. */
export function jwkAlgorithm(jwk: unknown): SigningAlgorithm | string {
  if (!jwk || typeof jwk !== 'object' || Array.isArray(jwk)) return t('lib.packs.sign.notJwk', { example: '{"kty":"OKP",…}' });
  const { kty, crv, x, y } = jwk as Record<string, unknown>;
  if (kty === 'OKP' && crv === 'Ed25519' && typeof x === 'string') return 'Ed25519';
  if (kty === 'EC' && crv === 'P-256' && typeof x === 'string' && typeof y === 'string') return 'ES256';
  return t('lib.packs.sign.notSigningKey');
}

function algorithmOf(jwk: JsonWebKey): SigningAlgorithm {
  const alg = jwkAlgorithm(jwk);
  if (alg !== 'Ed25519' && alg !== 'ES256') throw new Error(`key ${alg}`);
  return alg;
}

/** The public half of a JWK (drops `d` and usage fields). */
export function publicJwkOf(jwk: JsonWebKey): JsonWebKey {
  const alg = algorithmOf(jwk);
  return alg === 'Ed25519' ? { kty: 'OKP', crv: 'Ed25519', x: jwk.x } : { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** RFC 7638 thumbprint: SHA-256 of the required public members in canonical JSON, base64url. */
export async function keyIdOf(jwk: JsonWebKey): Promise<string> {
  const canonical = canonicalize(publicJwkOf(jwk));
  const digest = await subtle().digest('SHA-256', new TextEncoder().encode(canonical));
  return toBase64Url(new Uint8Array(digest));
}

export async function generateSigningKeys(alg: SigningAlgorithm = 'Ed25519'): Promise<SigningKeys> {
  const pair = (await subtle().generateKey(ALGORITHMS[alg].key, true, ['sign', 'verify'])) as CryptoKeyPair;
  const privateJwk = await subtle().exportKey('jwk', pair.privateKey);
  const publicJwk = publicJwkOf(await subtle().exportKey('jwk', pair.publicKey));
  return { privateJwk, publicJwk, keyId: await keyIdOf(publicJwk), alg };
}

/** The bytes a signature covers: the pack as written, without `signature`, in RFC 8785 form. */
export function canonicalPackBytes(raw: Record<string, unknown>): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...unsigned } = raw;
  const text = canonicalize(unsigned);
  if (text === undefined) throw new Error('pack has no JSON form');
  return new TextEncoder().encode(text);
}

/** The pack with a fresh `signature` field (any old one replaced). */
export async function signPack(raw: Record<string, unknown>, privateJwk: JsonWebKey): Promise<Record<string, unknown>> {
  if (typeof privateJwk.d !== 'string') throw new Error('this is a public key; signing needs the private key (tactful-private.jwk)');
  const alg = algorithmOf(privateJwk);
  const key = await subtle().importKey('jwk', { ...privateJwk, key_ops: ['sign'] }, ALGORITHMS[alg].key, false, ['sign']);
  const bytes = canonicalPackBytes(raw);
  const value = toBase64Url(new Uint8Array(await subtle().sign(ALGORITHMS[alg].sign, key, bytes)));
  const signature: PackSignature = { alg, keyId: await keyIdOf(privateJwk), value };
  const { signature: _old, ...rest } = raw;
  return { ...rest, signature };
}

/**
 * Check a pack's signature against the keys given (the agent's trusted keys). `valid` only when a
 * given key with the signature's key id verifies the canonical bytes.
 */
export async function verifyPack(raw: Record<string, unknown>, publicJwks: readonly JsonWebKey[]): Promise<VerifyResult> {
  const signature = raw.signature as Partial<PackSignature> | undefined;
  if (signature === undefined) return { status: 'unsigned' };
  const keyId = typeof signature?.keyId === 'string' ? signature.keyId : '';
  if (!signature || typeof signature.value !== 'string' || (signature.alg !== 'Ed25519' && signature.alg !== 'ES256') || !keyId) {
    return { status: 'invalid', keyId, reason: t('lib.packs.sign.malformed') };
  }
  let match: JsonWebKey | undefined;
  for (const jwk of publicJwks) {
    if (jwkAlgorithm(jwk) !== signature.alg) continue;
    if ((await keyIdOf(jwk)) === keyId) {
      match = jwk;
      break;
    }
  }
  if (!match) return { status: 'unknown-key', keyId };
  try {
    const key = await subtle().importKey('jwk', publicJwkOf(match), ALGORITHMS[signature.alg].key, false, ['verify']);
    const ok = await subtle().verify(ALGORITHMS[signature.alg].sign, key, fromBase64Url(signature.value), canonicalPackBytes(raw));
    return ok
      ? { status: 'valid', keyId, alg: signature.alg }
      : { status: 'invalid', keyId, reason: t('lib.packs.sign.mismatch') };
  } catch (problem) {
    return { status: 'invalid', keyId, reason: t('lib.packs.sign.unchecked', { problem: problem instanceof Error ? problem.message : String(problem) }) };
  }
}

/** A short, readable form of a key id for people: "Kx3f…9aQ". */
export function shortKeyId(keyId: string): string {
  return keyId.length > 12 ? `${keyId.slice(0, 6)}…${keyId.slice(-4)}` : keyId;
}
