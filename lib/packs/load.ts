/**
 * Reading a pack from untrusted text (a file the agent picked, a subscription's response, the
 * editor): every check that must pass before anything is stored, with every problem named by its
 * field. Never throws, and its work is bounded by the limits below whatever the input.
 *
 * On top of the format (`parsePack` in schema.ts) it refuses, each with a plain message:
 * - an empty file, a file over PACK_LIMITS.maxBytes, text that is not JSON, a top-level list;
 * - more phrases, guard rules or allowed phrases than the limits (checked before validating each);
 * - `__proto__`, `constructor` and `prototype` keys anywhere (they mean something to JavaScript
 *   objects; no pack needs them), and nesting deeper than any pack has;
 * - HTML markup in any text: pack text is plain text, shown and inserted exactly as written.
 * It reports at most PACK_LIMITS.maxErrors problems, then says how many more there are.
 */
import { parsePack, type Pack, type PackError } from './schema';
import { t, uiLanguage } from '../i18n';

export const PACK_LIMITS = {
  /** A 5,000-phrase pack of long phrases with notes is about 2 MB; the built-in pack is 80 KB. */
  maxBytes: 2 * 1024 * 1024,
  maxPhrases: 5000,
  maxGuardRules: 1000,
  maxAllowedPhrases: 1000,
  /** Problems listed for one pack; the rest are counted. */
  maxErrors: 50,
  /** Deeper than any valid pack (pack → phrases → phrase → list → value is 5). */
  maxDepth: 12,
} as const;

export type PackReadResult =
  | { ok: true; pack: Pack; /** The JSON as written (what a signature covers). */ raw: Record<string, unknown> }
  | { ok: false; errors: PackError[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Tag-shaped text: `<b>`, `</p>`, `<img src=x onerror=…>`, `<script>`. Linear: from each `<` the
 * scan stops at the next `<` or `>`. "<3" and "a < b" are not tags.
 */
const MARKUP = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!\[CDATA\[/;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** UTF-8 length counted in place (encoding a 2 MB text just to measure it would copy it). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a surrogate pair: one code point of four bytes
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

function error(path: readonly (string | number)[], message: string): PackError {
  const where = pathText(path);
  return { path: where, message: `${where || 'pack'}: ${message}` };
}

/** Keep the first `maxErrors`, then one line saying how many more. */
export function boundErrors(errors: PackError[], max: number = PACK_LIMITS.maxErrors): PackError[] {
  if (errors.length <= max) return errors;
  const more = errors.length - max;
  return [...errors.slice(0, max), { path: '', message: t('lib.packs.load.more', more, { max }) }];
}

/** A path built only when a problem is found: each node points at its parent (no array per value). */
interface PathNode {
  parent: PathNode | null;
  key: string | number;
  depth: number;
}

function pathOf(node: PathNode | null): (string | number)[] {
  const out: (string | number)[] = [];
  for (let at = node; at; at = at.parent) out.push(at.key);
  return out.reverse();
}

/** Forbidden keys, too-deep nesting and markup in text, found without recursion (no stack overflow). */
function structuralProblems(root: unknown): { fatal: PackError[]; markup: PackError[] } {
  const fatal: PackError[] = [];
  const markup: PackError[] = [];
  const stack: { value: unknown; path: PathNode | null }[] = [{ value: root, path: null }];
  const top = (node: PathNode | null) => {
    let at = node;
    while (at?.parent) at = at.parent;
    return at?.key;
  };
  while (stack.length > 0 && fatal.length + markup.length <= PACK_LIMITS.maxErrors) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const tag = MARKUP.exec(value);
      if (tag && top(path) !== '$schema' && top(path) !== 'signature') {
        const shown = tag[0].length > 40 ? `${tag[0].slice(0, 37)}…` : tag[0];
        markup.push(error(pathOf(path), t('lib.packs.load.markup', { tag: JSON.stringify(shown) })));
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const depth = path?.depth ?? 0;
    if (depth >= PACK_LIMITS.maxDepth) {
      fatal.push(error(pathOf(path), t('lib.packs.load.tooDeep', { max: PACK_LIMITS.maxDepth })));
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: { parent: path, key: i, depth: depth + 1 } });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) fatal.push(error(pathOf({ parent: path, key, depth: depth + 1 }), t('lib.packs.load.forbiddenKey', { key })));
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (!FORBIDDEN_KEYS.has(key)) stack.push({ value: (value as Record<string, unknown>)[key], path: { parent: path, key, depth: depth + 1 } });
    }
  }
  return { fatal, markup };
}

function countProblems(pack: Record<string, unknown>): PackError[] {
  const out: PackError[] = [];
  const lists: [string, number, string][] = [
    ['phrases', PACK_LIMITS.maxPhrases, t('lib.packs.load.phrases')],
    ['guardRules', PACK_LIMITS.maxGuardRules, t('lib.packs.load.guardRules')],
    ['allowedPhrases', PACK_LIMITS.maxAllowedPhrases, t('lib.packs.load.allowedPhrases')],
  ];
  const number = (n: number) => n.toLocaleString(uiLanguage());
  for (const [field, max, what] of lists) {
    const list = pack[field];
    if (Array.isArray(list) && list.length > max) {
      out.push(error([field], t('lib.packs.load.tooMany', { count: number(list.length), what, max: number(max) })));
    }
  }
  return out;
}

/** Validate parsed JSON (the editor, a subscription already parsed). Never throws. */
export function readPackJson(json: unknown): PackReadResult {
  if (Array.isArray(json)) {
    return { ok: false, errors: [error([], t('lib.packs.load.list'))] };
  }
  if (json === null || typeof json !== 'object') {
    return { ok: false, errors: [error([], t('lib.packs.load.notObject', { type: json === null ? 'null' : typeof json }))] };
  }
  const raw = json as Record<string, unknown>;
  const counts = countProblems(raw);
  if (counts.length > 0) return { ok: false, errors: counts };
  const { fatal, markup } = structuralProblems(raw);
  // Forbidden keys and deep nesting stop here: the value is not handed to anything else.
  if (fatal.length > 0) return { ok: false, errors: boundErrors([...fatal, ...markup]) };
  const parsed = parsePack(raw);
  const errors = [...markup, ...(parsed.ok ? [] : parsed.errors)];
  if (errors.length > 0 || !parsed.ok) return { ok: false, errors: boundErrors(errors) };
  return { ok: true, pack: parsed.pack, raw };
}

function tooBig(bytes: number): string {
  return t('lib.packs.load.tooBig', { size: formatBytes(bytes), max: formatBytes(PACK_LIMITS.maxBytes), phrases: PACK_LIMITS.maxPhrases.toLocaleString(uiLanguage()) });
}

/** Validate a pack file's text. Never throws. */
export function readPackText(text: string): PackReadResult {
  if (text.trim() === '') return { ok: false, errors: [error([], t('lib.packs.load.empty'))] };
  // Each UTF-16 unit is at least one UTF-8 byte, so a long string is refused before encoding it.
  const bytes = text.length > PACK_LIMITS.maxBytes ? text.length : utf8Length(text);
  if (bytes > PACK_LIMITS.maxBytes) {
    return {
      ok: false,
      errors: [error([], tooBig(bytes))],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (problem) {
    const detail = problem instanceof Error ? problem.message : String(problem);
    return { ok: false, errors: [error([], t('lib.packs.load.notJson', { detail: detail.length > 160 ? `${detail.slice(0, 157)}…` : detail }))] };
  }
  return readPackJson(json);
}

/** A file's size is known before reading it: refuse a huge one without loading it. */
export function checkPackFileSize(bytes: number): PackError | null {
  if (bytes === 0) return error([], t('lib.packs.load.empty'));
  if (bytes > PACK_LIMITS.maxBytes) {
    return error([], tooBig(bytes));
  }
  return null;
}
