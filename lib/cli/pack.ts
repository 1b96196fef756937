/**
 * `tactful pack …`: the extension's own pack code for team leads' tooling and CI.
 *
 *   pack validate <file>…                               exit 0 when every file is a valid pack
 *   pack diff <old> <new>                               added, changed, removed phrases and rules
 *   pack keygen --out <dir> [--alg ed25519|p256]        <dir>/tactful-private.jwk, tactful-public.jwk
 *   pack sign <file> --key <private.jwk> --out <signed>
 *   pack verify <signed> --key <public.jwk>             exit 0 only when the signature matches
 *
 * Problems are printed one a line as `<file>: <JSON path>: <what is wrong>`, never as a stack
 * trace. Exit codes: 0 ok, 1 a problem with the input, 2 a usage mistake.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffPacks, formatDiff } from '../packs/diff';
import { checkPackFileSize, readPackText } from '../packs/load';
import type { Pack } from '../packs/schema';
import { generateSigningKeys, jwkAlgorithm, signPack, verifyPack, type SigningAlgorithm } from '../packs/sign';

const USAGE = `usage:
  npm run tactful -- pack validate <file>…
  npm run tactful -- pack diff <old> <new>
  npm run tactful -- pack keygen --out <dir> [--alg ed25519|p256] [--force]
  npm run tactful -- pack sign <file> --key <private.jwk> --out <signed>
  npm run tactful -- pack verify <signed> --key <public.jwk>`;

/** A problem to report in one line, not a crash. */
class Problem extends Error {}

function readText(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Problem(`${file}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof Problem) throw error;
    throw new Problem(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const tooBig = checkPackFileSize(size);
  if (tooBig) throw new Problem(`${file}: ${tooBig.message}`);
  return readFileSync(file, 'utf8');
}

function loadPack(file: string): { pack: Pack; raw: Record<string, unknown> } {
  const result = readPackText(readText(file));
  if (!result.ok) throw new Problem(result.errors.map((e) => `${file}: ${e.message}`).join('\n'));
  return result;
}

function loadJwk(file: string): JsonWebKey {
  let jwk: unknown;
  try {
    jwk = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Problem(`${file}: ${code ? `cannot read it (${code})` : 'not valid JSON; a key file is a JSON Web Key'}`);
  }
  const alg = jwkAlgorithm(jwk);
  if (alg !== 'Ed25519' && alg !== 'ES256') throw new Problem(`${file}: ${alg}`);
  return jwk as JsonWebKey;
}

function describePack(pack: Pack): string {
  const rules = pack.guardRules?.length ?? 0;
  return `${pack.id} ${pack.version}: ${pack.phrases.length} phrase${pack.phrases.length === 1 ? '' : 's'}, ${rules} guard rule${rules === 1 ? '' : 's'}`;
}

function validate(files: string[]): number {
  if (files.length === 0) throw new Problem('pack validate: name at least one pack file');
  let failed = 0;
  for (const file of files) {
    try {
      const { pack } = loadPack(file);
      console.log(`${file}: ok (${describePack(pack)})`);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      console.error(error.message);
      failed++;
    }
  }
  if (files.length > 1) console.log(`${files.length - failed} of ${files.length} valid`);
  return failed ? 1 : 0;
}

function diff(files: string[]): number {
  if (files.length !== 2) throw new Problem('pack diff: give the old file and the new file');
  const before = loadPack(files[0]!).pack;
  const after = loadPack(files[1]!).pack;
  for (const line of formatDiff(diffPacks(before, after))) console.log(line);
  return 0;
}

async function keygen(out: string | undefined, algName: string | undefined, force: boolean): Promise<number> {
  if (!out) throw new Problem('pack keygen: --out <dir> is required');
  const alg: SigningAlgorithm | undefined = algName === undefined || algName === 'ed25519' ? 'Ed25519' : algName === 'p256' ? 'ES256' : undefined;
  if (!alg) throw new Problem(`pack keygen: --alg must be "ed25519" or "p256", not "${algName}"`);
  const privateFile = path.join(out, 'tactful-private.jwk');
  const publicFile = path.join(out, 'tactful-public.jwk');
  if (!force && existsSync(privateFile)) throw new Problem(`${privateFile}: already exists; keep it, or pass --force to replace it (packs signed with it will no longer verify with the new key)`);
  const keys = await generateSigningKeys(alg);
  mkdirSync(out, { recursive: true });
  writeFileSync(privateFile, `${JSON.stringify(keys.privateJwk, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(publicFile, `${JSON.stringify(keys.publicJwk, null, 2)}\n`);
  console.log(`wrote ${privateFile} (keep it secret) and ${publicFile} (give it to your agents)`);
  console.log(`key id ${keys.keyId} (${alg})`);
  return 0;
}

async function sign(files: string[], keyFile: string | undefined, out: string | undefined): Promise<number> {
  if (files.length !== 1 || !keyFile || !out) throw new Problem('pack sign: give one pack file, --key <private.jwk> and --out <signed>');
  const { raw } = loadPack(files[0]!);
  const key = loadJwk(keyFile);
  if (typeof key.d !== 'string') throw new Problem(`${keyFile}: this is a public key; signing needs the private key (tactful-private.jwk)`);
  const signed = await signPack(raw, key);
  writeFileSync(out, `${JSON.stringify(signed, null, 2)}\n`);
  console.log(`wrote ${out}, signed by key ${(signed.signature as { keyId: string }).keyId}`);
  return 0;
}

async function verify(files: string[], keyFile: string | undefined): Promise<number> {
  if (files.length !== 1 || !keyFile) throw new Problem('pack verify: give one signed pack file and --key <public.jwk>');
  const file = files[0]!;
  const { raw } = loadPack(file);
  const result = await verifyPack(raw, [loadJwk(keyFile)]);
  switch (result.status) {
    case 'valid':
      console.log(`${file}: signature valid (key ${result.keyId}, ${result.alg})`);
      return 0;
    case 'unsigned':
      console.error(`${file}: signature: the pack is not signed`);
      return 1;
    case 'unknown-key':
      console.error(`${file}: signature.keyId: signed by key ${result.keyId}, not by the key in ${keyFile}`);
      return 1;
    case 'invalid':
      console.error(`${file}: signature: ${result.reason}`);
      return 1;
  }
}

export async function run(args: string[]): Promise<number> {
  try {
    const [sub, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        key: { type: 'string' },
        alg: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
    switch (sub) {
      case 'validate':
        return validate(positionals);
      case 'diff':
        return diff(positionals);
      case 'keygen':
        return await keygen(values.out, values.alg, values.force ?? false);
      case 'sign':
        return await sign(positionals, values.key, values.out);
      case 'verify':
        return await verify(positionals, values.key);
      default:
        console.error(sub ? `tactful pack: unknown subcommand "${sub}"\n\n${USAGE}` : USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof Problem) {
      console.error(error.message);
      return /^pack \w+: /.test(error.message) ? 2 : 1;
    }
    // parseArgs's own errors (an unknown option) and anything unexpected (a file that cannot be
    // written): one line, no stack.
    const message = error instanceof Error ? error.message : String(error);
    if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`tactful pack: ${message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`tactful pack: ${message}`);
    return 1;
  }
}
