/**
 * Keys in the agent's browser: the team leads' public keys the agent trusts (their own, plus any
 * the administrator pushed by policy, which are locked), and a team lead's own signing key pair,
 * made here with WebCrypto and exportable. Both live in `storage.local`; the private key never
 * leaves it unless the lead exports it.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { readManagedPolicy } from './managed';
import { generateSigningKeys, jwkAlgorithm, keyIdOf, publicJwkOf, type SigningAlgorithm, type SigningKeys } from './sign';
import { t } from '../i18n';

const TRUSTED_KEY = 'trustedPackKeys';
const SIGNING_KEY = 'packSigningKey';

const JwkSchema = z.looseObject({ kty: z.string(), crv: z.string(), x: z.string(), y: z.string().optional(), d: z.string().optional() });

const TrustedKeySchema = z.object({ name: z.string(), keyId: z.string(), jwk: JwkSchema, addedAt: z.string() });
export type TrustedKey = z.infer<typeof TrustedKeySchema> & { managed?: boolean };

async function storedTrustedKeys(): Promise<TrustedKey[]> {
  const stored = (await browser.storage.local.get(TRUSTED_KEY))[TRUSTED_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = TrustedKeySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The agent's trusted keys and the administrator's (locked, listed first). */
export async function listTrustedKeys(): Promise<TrustedKey[]> {
  const policy = await readManagedPolicy();
  const managed: TrustedKey[] = [];
  for (const key of policy.trustedKeys) {
    managed.push({ name: key.name, keyId: await keyIdOf(key.jwk), jwk: publicJwkOf(key.jwk) as TrustedKey['jwk'], addedAt: '', managed: true });
  }
  const own = (await storedTrustedKeys()).filter((k) => !managed.some((m) => m.keyId === k.keyId));
  return [...managed, ...own];
}

export async function trustedJwks(): Promise<JsonWebKey[]> {
  return (await listTrustedKeys()).map((k) => k.jwk as JsonWebKey);
}

/** Trust a team lead's public key, given as JWK text. Returns a problem to show, or the key. */
export async function addTrustedKey(name: string, jwkText: string, now: Date = new Date()): Promise<{ ok: true; key: TrustedKey } | { ok: false; message: string }> {
  const label = name.trim();
  if (!label) return { ok: false, message: t('lib.packs.keys.noName') };
  if (label.length > 80) return { ok: false, message: t('lib.packs.keys.longName') };
  let jwk: unknown;
  try {
    jwk = JSON.parse(jwkText);
  } catch {
    return { ok: false, message: t('lib.packs.keys.notJson') };
  }
  const alg = jwkAlgorithm(jwk);
  if (alg !== 'Ed25519' && alg !== 'ES256') return { ok: false, message: t('lib.packs.keys.notSigningKey', { reason: alg }) };
  const publicJwk = publicJwkOf(jwk as JsonWebKey);
  const key: TrustedKey = { name: label, keyId: await keyIdOf(publicJwk), jwk: publicJwk as TrustedKey['jwk'], addedAt: now.toISOString() };
  const own = await storedTrustedKeys();
  if (own.some((k) => k.keyId === key.keyId)) return { ok: false, message: t('lib.packs.keys.already') };
  await browser.storage.local.set({ [TRUSTED_KEY]: [...own, key] });
  return { ok: true, key };
}

export async function removeTrustedKey(keyId: string): Promise<void> {
  const own = await storedTrustedKeys();
  await browser.storage.local.set({ [TRUSTED_KEY]: own.filter((k) => k.keyId !== keyId) });
}

const SigningKeySchema = z.object({
  alg: z.enum(['Ed25519', 'ES256']),
  keyId: z.string(),
  privateJwk: JwkSchema,
  publicJwk: JwkSchema,
  createdAt: z.string(),
});
export type StoredSigningKey = SigningKeys & { createdAt: string };

/** The team lead's own key pair, if they made one here. */
export async function loadSigningKey(): Promise<StoredSigningKey | null> {
  const parsed = SigningKeySchema.safeParse((await browser.storage.local.get(SIGNING_KEY))[SIGNING_KEY]);
  return parsed.success ? (parsed.data as StoredSigningKey) : null;
}

export async function createSigningKey(alg: SigningAlgorithm = 'Ed25519', now: Date = new Date()): Promise<StoredSigningKey> {
  const keys = await generateSigningKeys(alg);
  const stored: StoredSigningKey = { ...keys, createdAt: now.toISOString() };
  await browser.storage.local.set({ [SIGNING_KEY]: stored });
  return stored;
}

export async function deleteSigningKey(): Promise<void> {
  await browser.storage.local.remove(SIGNING_KEY);
}
