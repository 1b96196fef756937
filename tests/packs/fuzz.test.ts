/**
 * Property-based: thousands of generated malformed packs thrown at the validator. Whatever the
 * input, reading a pack never throws, reports a bounded number of problems each naming a field,
 * and never accepts something the format refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, readPackJson, readPackText } from '../../lib/packs/load';
import { parsePack } from '../../lib/packs/schema';
import { samplePack } from './helpers';

const FIELDS = ['format', 'id', 'name', 'version', 'locale', 'author', 'description', 'updated', 'phrases', 'guardRules', 'allowedPhrases', 'timescaleTargets', 'signature'];
const PHRASE_FIELDS = ['id', 'kind', 'text', 'emotions', 'categories', 'minIntensity', 'maxIntensity', 'channels', 'stages', 'tags', 'note', 'source'];
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'emotion', ''];
const nastyString = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{', '}}', '{{customer.first}}', '{{}}', '\u0000', '\ud800', 'a'.repeat(5000)),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), nastyString, fc.constant(undefined));

/** A valid pack with a few random fields replaced, removed or added, at the top and in phrases. */
const malformedPack = fc
  .record({
    top: fc.array(fc.tuple(fc.constantFrom(...FIELDS, ...NASTY_KEYS), anyValue), { maxLength: 4 }),
    phrase: fc.array(fc.tuple(fc.nat(5), fc.constantFrom(...PHRASE_FIELDS, ...NASTY_KEYS), anyValue), { maxLength: 6 }),
  })
  .map(({ top, phrase }) => {
    const pack = JSON.parse(JSON.stringify(samplePack())) as Record<string, unknown>;
    const phrases = pack.phrases as Record<string, unknown>[];
    for (const [index, key, value] of phrase) {
      const target = phrases[index % phrases.length]!;
      if (value === undefined) delete target[key];
      else Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    }
    for (const [key, value] of top) {
      if (value === undefined) delete pack[key];
      else Object.defineProperty(pack, key, { value, enumerable: true, configurable: true, writable: true });
    }
    return pack;
  });

function checkResult(result: ReturnType<typeof readPackJson>, input: unknown) {
  if (result.ok) {
    // Accepted only what the format itself accepts.
    expect(parsePack(input).ok).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(PACK_LIMITS.maxErrors + 1);
  for (const error of result.errors) {
    expect(typeof error.message).toBe('string');
    expect(error.message.startsWith(error.path ? error.path : 'pack')).toBe(true);
    expect(error.message).not.toMatch(/\n\s+at /); // never a stack trace
  }
}

describe('the validator under generated malformed packs', () => {
  it('never throws, stays bounded and names a field (objects)', () => {
    fc.assert(
      fc.property(malformedPack, (pack) => {
        checkResult(readPackJson(pack), pack);
        const before = ({} as Record<string, unknown>).polluted;
        expect(before).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('never throws on arbitrary text, JSON or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), malformedPack.map((p) => JSON.stringify(p)), nastyString), (text) => {
        const result = readPackText(text);
        if (!result.ok) {
          expect(result.errors.length).toBeLessThanOrEqual(PACK_LIMITS.maxErrors + 1);
          for (const error of result.errors) expect(error.message.startsWith(error.path || 'pack')).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('refuses any pack with markup in phrase text, and any with a forbidden key', () => {
    fc.assert(
      fc.property(fc.constantFrom('<b>', '</p>', '<script src=x>', '<iframe>', '<!--'), fc.string(), (tag, rest) => {
        const pack = samplePack();
        (pack.phrases as Record<string, unknown>[])[0]!.text = `${rest}${tag}${rest}`;
        const result = readPackJson(pack);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.some((e) => e.path === 'phrases[0].text' && /HTML markup/.test(e.message))).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat(2), (key, index) => {
        const text = JSON.stringify(samplePack()).replace(`"id":"${['ack-1', 'sorry-1', 'bye-1'][index]}"`, (m) => `${JSON.stringify(key)}:{},${m}`);
        const result = readPackText(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors[0]!.path).toBe(`phrases[${index}].${key}`);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('the importer under generated malformed packs', () => {
  it('never stores anything from a malformed pack, and never throws', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { LIBRARY_KEY, previewImport, installPack } = await import('../../lib/packs/store');
    fakeBrowser.reset();
    await fc.assert(
      fc.asyncProperty(malformedPack, async (pack) => {
        const preview = await previewImport(JSON.stringify(pack), []);
        if (preview.ok && !preview.blocked) {
          // Whatever the importer accepts is a valid pack; storing it is one write.
          expect(parsePack(preview.raw).ok).toBe(true);
          await installPack(preview, { kind: 'file', fileName: 'fuzz.json' });
          await fakeBrowser.storage.local.remove(LIBRARY_KEY);
        } else {
          expect((await fakeBrowser.storage.local.get(LIBRARY_KEY))[LIBRARY_KEY]).toBeUndefined();
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
