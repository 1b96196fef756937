// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../lib/cli/pack';
import { samplePack } from './helpers';

let dir: string;
let out: string[];
let err: string[];

async function pack(...args: string[]): Promise<number> {
  out = [];
  err = [];
  return run(args);
}

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tactful-pack-'));
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
});
afterEach(() => vi.restoreAllMocks());

describe('tactful pack validate', { timeout: 30_000 }, () => {
  it('exits 0 for a valid pack', async () => {
    expect(await pack('validate', write('ok.json', samplePack()))).toBe(0);
    expect(out).toEqual([`${dir}/ok.json: ok (acme-support 1.0.0: 3 phrases, 1 guard rule)`]);
  });

  it('exits 1 and prints file, JSON path and problem for each one', async () => {
    const bad = samplePack({ version: 'one' });
    (bad.phrases as { id: string }[])[2]!.id = 'ack-1';
    const file = write('bad.json', bad);
    const empty = write('empty.json', '');
    const list = write('list.json', '[]');
    expect(await pack('validate', file, empty, list, write('ok.json', samplePack()))).toBe(1);
    expect(err.join('\n').split('\n')).toEqual([
      `${file}: version: must be a semantic version such as "1.0.0"`,
      `${file}: phrases[2].id: "ack-1" is already used by phrases[0]`,
      `${empty}: pack: the file is empty; a pack is a JSON object ({…})`,
      `${list}: pack: must be a JSON object ({…}), not a list ([…]); a pack file holds one pack`,
    ]);
    expect(out.at(-1)).toBe('1 of 4 valid');
  });

  it('refuses a missing file and a 10 MB file in one line each', async () => {
    const big = write('big.json', `{"description":"${'x'.repeat(10 * 1024 * 1024)}"}`);
    expect(await pack('validate', path.join(dir, 'nope.json'), big)).toBe(1);
    expect(err).toEqual([`${dir}/nope.json: cannot read it (ENOENT)`, `${big}: pack: is 10.0 MB; a pack may be at most 2.0 MB (5,000 phrases at most)`]);
  });
});

describe('tactful pack diff', { timeout: 30_000 }, () => {
  it('prints added, changed and removed phrases and rules', async () => {
    const next = samplePack({ version: '1.1.0', guardRules: [] });
    (next.phrases as Record<string, unknown>[]).push({ id: 'new-1', kind: 'empathy', text: 'That sounds stressful.' });
    expect(await pack('diff', write('a.json', samplePack()), write('b.json', next))).toBe(0);
    expect(out).toEqual([
      '~ version: "1.0.0" → "1.1.0"',
      'phrases: 1 added, 0 changed, 0 removed',
      '  + new-1 [empathy] "That sounds stressful."',
      'guard rules: 0 added, 0 changed, 1 removed',
      '  - no-problem avoid "no problem"',
    ]);
  });
});

describe('tactful pack keygen, sign and verify', { timeout: 30_000 }, () => {
  it('verifies a signed pack with its key, and refuses it once changed or with another key', async () => {
    const keys = path.join(dir, 'keys');
    expect(await pack('keygen', '--out', keys)).toBe(0);
    const privateJwk = JSON.parse(readFileSync(path.join(keys, 'tactful-private.jwk'), 'utf8')) as JsonWebKey;
    const publicJwk = JSON.parse(readFileSync(path.join(keys, 'tactful-public.jwk'), 'utf8')) as JsonWebKey;
    expect(privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', d: expect.any(String) });
    expect(publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: privateJwk.x });
    expect(await pack('keygen', '--out', keys)).toBe(1);
    expect(err[0]).toMatch(/already exists/);

    const signed = path.join(dir, 'signed.json');
    expect(await pack('sign', write('p.json', samplePack()), '--key', path.join(keys, 'tactful-private.jwk'), '--out', signed)).toBe(0);
    expect(await pack('verify', signed, '--key', path.join(keys, 'tactful-public.jwk'))).toBe(0);
    expect(out[0]).toMatch(/signature valid/);
    expect(await pack('validate', signed)).toBe(0);

    writeFileSync(signed, readFileSync(signed, 'utf8').replace('"1.0.0"', '"1.0.1"'));
    expect(await pack('verify', signed, '--key', path.join(keys, 'tactful-public.jwk'))).toBe(1);
    expect(err).toEqual([`${signed}: signature: the signature does not match the pack: it was changed after it was signed, or signed with another key`]);

    const other = path.join(dir, 'other');
    await pack('keygen', '--out', other, '--alg', 'p256');
    const resigned = path.join(dir, 'resigned.json');
    await pack('sign', write('q.json', samplePack()), '--key', path.join(other, 'tactful-private.jwk'), '--out', resigned);
    expect(await pack('verify', resigned, '--key', path.join(keys, 'tactful-public.jwk'))).toBe(1);
    expect(err[0]).toMatch(/^.*resigned\.json: signature\.keyId: signed by key .*, not by the key in /);
    expect(await pack('verify', write('unsigned.json', samplePack()), '--key', path.join(keys, 'tactful-public.jwk'))).toBe(1);
    expect(err[0]).toMatch(/the pack is not signed/);
  });

  it('refuses to sign with a public key or a file that is not a key', async () => {
    const keys = path.join(dir, 'keys');
    await pack('keygen', '--out', keys);
    const file = write('p.json', samplePack());
    expect(await pack('sign', file, '--key', path.join(keys, 'tactful-public.jwk'), '--out', path.join(dir, 's.json'))).toBe(1);
    expect(err[0]).toMatch(/this is a public key/);
    expect(await pack('sign', file, '--key', write('k.jwk', { kty: 'RSA' }), '--out', path.join(dir, 's.json'))).toBe(1);
    expect(err[0]).toMatch(/is not an Ed25519 or ECDSA P-256 key/);
  });

  it('answers usage mistakes with exit 2 and the usage', async () => {
    expect(await pack('frobnicate')).toBe(2);
    expect(await pack('verify', '--bogus')).toBe(2);
    expect(err[0]).toMatch(/^tactful pack: Unknown option/);
    expect(await pack('keygen')).toBe(2);
  });
});

describe('the tactful command', () => {
  it('prints problems without a stack trace and exits non-zero', async () => {
    const file = write('bad.json', '{"format": 1,');
    const result = await promisify(execFile)('npx', ['tsx', 'lib/cli/index.ts', 'pack', 'validate', file], { cwd: path.resolve(__dirname, '../..') }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.json: pack: is not valid JSON/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
