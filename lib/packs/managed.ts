/**
 * Enterprise policy: what an administrator pushes through the browser (`storage.managed`; Chrome
 * reads its shape from `assets/static/managed-schema.json`, Firefox from the `3rdparty` section of
 * its enterprise policies). Managed values win over the agent's own and show as locked:
 *
 *   subscriptions       [{ "url": "https://…/pack.json", "keyId": "<thumbprint>" }]  packs to subscribe to
 *                       (keyId: every version must be signed by that trusted key)
 *   trustedKeys         [{ "name": "Support leads", "jwk": { "kty": "OKP", "crv": "Ed25519", "x": "…" } }]
 *   disableBuiltinPack  true: the built-in pack is off and cannot be turned on
 *   allowUserPacks      false: agents cannot import or subscribe to packs of their own
 *   refreshMinutes      how often subscriptions are checked (15–10080; default 360)
 *
 * A value of the wrong shape is ignored and named (in `problems`), never half-applied.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { t } from '../i18n';
import { issueMessage } from '../validation';
import { jwkAlgorithm } from './sign';

export const DEFAULT_REFRESH_MINUTES = 360;

const ManagedSubscription = z.object({ url: z.url({ protocol: /^https$/ }), keyId: z.string().regex(/^[A-Za-z0-9_-]{43}$/).optional() });
const ManagedKey = z.object({
  name: z.string().trim().min(1).max(80),
  jwk: z.looseObject({ kty: z.string(), crv: z.string(), x: z.string(), y: z.string().optional() }).refine((jwk) => {
    const alg = jwkAlgorithm(jwk);
    return alg === 'Ed25519' || alg === 'ES256';
  }, { error: () => t('lib.packs.managed.notPublicKey') }),
});

export interface ManagedPolicy {
  subscriptions: z.infer<typeof ManagedSubscription>[];
  trustedKeys: { name: string; jwk: JsonWebKey }[];
  disableBuiltinPack: boolean | undefined;
  allowUserPacks: boolean;
  refreshMinutes: number;
  /** Whether any value was pushed at all (the options page then says so). */
  present: boolean;
  problems: string[];
}

export function parseManagedPolicy(raw: Record<string, unknown>): ManagedPolicy {
  const problems: string[] = [];
  const list = <T>(field: string, schema: z.ZodType<T>): T[] => {
    const value = raw[field];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(t('lib.packs.managed.notList', { field }));
      return [];
    }
    return value.flatMap((item, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return [parsed.data];
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || t('lib.packs.managed.value')} ${issueMessage(i, item)}`).join('; ');
      problems.push(t('lib.packs.managed.badItem', { field, index, issues }));
      return [];
    });
  };
  const bool = (field: string): boolean | undefined => {
    const value = raw[field];
    if (value === undefined || typeof value === 'boolean') return value;
    problems.push(t('lib.packs.managed.notBoolean', { field }));
    return undefined;
  };
  let refreshMinutes = DEFAULT_REFRESH_MINUTES;
  if (raw.refreshMinutes !== undefined) {
    const value = raw.refreshMinutes;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 15 && value <= 10080) refreshMinutes = value;
    else problems.push(t('lib.packs.managed.refreshMinutes', { min: 15, max: 10080 }));
  }
  return {
    subscriptions: list('subscriptions', ManagedSubscription),
    trustedKeys: list('trustedKeys', ManagedKey) as { name: string; jwk: JsonWebKey }[],
    disableBuiltinPack: bool('disableBuiltinPack'),
    allowUserPacks: bool('allowUserPacks') ?? true,
    refreshMinutes,
    present: Object.keys(raw).length > 0,
    problems,
  };
}

/** The policy in force; an empty one where the browser has no managed storage (no policy set). */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: Record<string, unknown> = {};
  try {
    raw = ((await browser.storage.managed?.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    // Firefox rejects when no policy is installed for the extension: no policy.
  }
  return parseManagedPolicy(raw);
}
