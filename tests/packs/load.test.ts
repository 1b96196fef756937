import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, checkPackFileSize, readPackJson, readPackText } from '../../lib/packs/load';
import { bigPack, samplePack } from './helpers';

function errorsOf(text: string): string[] {
  const result = readPackText(text);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors.map((e) => e.message);
}

describe('reading a pack from untrusted text', { timeout: 30_000 }, () => {
  it('accepts a valid pack and keeps the JSON as written', () => {
    const text = JSON.stringify(samplePack());
    const result = readPackText(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pack.phrases.map((p) => p.id)).toEqual(['ack-1', 'sorry-1', 'bye-1']);
      expect(result.raw).toEqual(JSON.parse(text));
    }
  });

  it('refuses an empty file, saying so', () => {
    expect(errorsOf('')).toEqual(['pack: the file is empty; a pack is a JSON object ({…})']);
    expect(errorsOf('  \n ')).toHaveLength(1);
    expect(checkPackFileSize(0)?.message).toMatch(/empty/);
  });

  it('refuses text that is not JSON, with the parser\'s reason', () => {
    const [message] = errorsOf('{"format": 1,');
    expect(message).toMatch(/^pack: is not valid JSON \(/);
  });

  it('refuses a top-level list', () => {
    expect(errorsOf(JSON.stringify([samplePack()]))).toEqual(['pack: must be a JSON object ({…}), not a list ([…]); a pack file holds one pack']);
    expect(errorsOf('"a pack"')[0]).toMatch(/must be a JSON object/);
    expect(errorsOf('null')[0]).toMatch(/not null/);
  });

  it('names a wrong format version and a bad version field', () => {
    const errors = errorsOf(JSON.stringify(samplePack({ format: 2, version: 'v2' })));
    expect(errors).toContain('format: must be 1, not number 2');
    expect(errors.some((e) => e.startsWith('version: must be a semantic version'))).toBe(true);
  });

  it('names a duplicate phrase id', () => {
    const pack = samplePack();
    (pack.phrases as { id: string }[])[2]!.id = 'ack-1';
    expect(errorsOf(JSON.stringify(pack))).toContain('phrases[2].id: "ack-1" is already used by phrases[0]');
  });

  it('names unknown variables and schema violations by field', () => {
    const pack = samplePack();
    const phrases = pack.phrases as Record<string, unknown>[];
    phrases[0]!.text = 'Hi {{customer.first}}';
    phrases[1]!.kind = 'empathise';
    const errors = errorsOf(JSON.stringify(pack));
    expect(errors.some((e) => e.startsWith('phrases[0].text (phrase "ack-1"): unknown variable {{customer.first}}'))).toBe(true);
    expect(errors.some((e) => e.startsWith('phrases[1].kind (phrase "sorry-1"): must be one of'))).toBe(true);
  });

  it('refuses a pack over the size limit before parsing it, and says the limit plainly', () => {
    const huge = JSON.stringify(bigPack(10)).replace('"phrases"', `"padding": "${'x'.repeat(10 * 1024 * 1024)}", "phrases"`);
    const errors = errorsOf(huge);
    expect(errors).toEqual([`pack: is 10.0 MB; a pack may be at most 2.0 MB (5,000 phrases at most)`]);
    expect(checkPackFileSize(17 * 1024 * 1024)?.message).toBe('pack: is 17.0 MB; a pack may be at most 2.0 MB (5,000 phrases at most)');
  });

  it('refuses more phrases than the limit without validating each one', () => {
    const phrases = Array.from({ length: PACK_LIMITS.maxPhrases + 1 }, () => ({}));
    const result = readPackJson(samplePack({ phrases }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message)).toEqual(['phrases: has 5,001 phrases; a pack may have at most 5,000']);
  });

  it('accepts a 5,000-phrase pack', () => {
    const result = readPackText(JSON.stringify(bigPack(5000)));
    expect(result.ok).toBe(true);
  });

  it('reports a bounded number of problems for an all-invalid pack, and counts the rest', () => {
    const phrases = Array.from({ length: 3000 }, () => ({ id: 'BAD ID', kind: 'nope', text: '' }));
    const result = readPackJson(samplePack({ phrases }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(PACK_LIMITS.maxErrors + 1);
    expect(result.errors.at(-1)!.message).toMatch(/^pack: \d+ more problems not listed \(fix these 50 first\)$/);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, naming where', () => {
    const text = JSON.stringify(samplePack()).replace('"format":1', '"__proto__":{"polluted":true},"format":1');
    expect(errorsOf(text)).toEqual(['__proto__: the key "__proto__" is not allowed in a pack']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const pack = samplePack();
    Object.defineProperty((pack.phrases as object[])[1]!, 'constructor', { value: { name: 'x' }, enumerable: true });
    expect(errorsOf(JSON.stringify(pack))).toEqual(['phrases[1].constructor: the key "constructor" is not allowed in a pack']);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `{"format":1,"description":${'['.repeat(50000)}${']'.repeat(50000)}}`;
    expect(errorsOf(deep)[0]).toMatch(/^description(\[0\])+: is nested more than 12 levels deep/);
  });

  it('refuses HTML or script in phrase text, naming the field', () => {
    const pack = samplePack();
    const phrases = pack.phrases as Record<string, unknown>[];
    phrases[0]!.text = 'Thanks <script>alert(1)</script>';
    phrases[1]!.note = 'See <img src=x onerror=alert(1)>';
    const errors = errorsOf(JSON.stringify(pack));
    expect(errors[0]).toBe(
      'phrases[0].text: contains HTML markup "<script>"; pack text is plain text, shown and inserted exactly as written, so the customer would see the tags',
    );
    expect(errors[1]).toMatch(/^phrases\[1\]\.note: contains HTML markup "<img src=x onerror=alert\(1\)>"/);
  });

  it('does not take "<3" or "a < b > c" for markup', () => {
    const pack = samplePack();
    (pack.phrases as Record<string, unknown>[])[0]!.text = 'Thanks so much <3 — orders < 5 kg ship > today';
    expect(readPackJson(pack).ok).toBe(true);
  });

  it('checks markup in linear time on hostile text', () => {
    const hostile = `<a ${' '.repeat(1_000_000)}`;
    const start = performance.now();
    const result = readPackJson(samplePack({ description: hostile }));
    expect(result.ok).toBe(false);
    // A quadratic scan of 1,000,000 characters would take hours; linear is milliseconds.
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
