import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { englishMessages } from '../i18n-messages';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../');
/** Where the interface's words are asked for: the views, the entrypoints, and the manifest's sources. */
const SOURCES = ['components', 'entrypoints', 'lib/commands-manifest.ts', 'wxt.config.ts'];

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (/\.tsx?$/.test(path)) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(path, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(full, entry.name)] : [],
  );
}

const files = SOURCES.flatMap(sourceFiles).map((file) => ({ file: file.slice(ROOT.length), text: readFileSync(file, 'utf8') }));
// The browser's own `@@` messages come with every build; ours are the rest.
const defined = new Set(englishMessages().map((message) => message.key.join('.')).filter((key) => !key.startsWith('@@')));

/** Keys asked for as `i18n.t('a.b')` in code and as `__MSG_a_b__` in the manifest, by file. */
function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const add = (key: string, file: string) => used.set(key, [...(used.get(key) ?? []), file]);
  for (const { file, text } of files) {
    for (const match of text.matchAll(/\bi18n\.t\(\s*'([\w.]+)'/g)) add(match[1] ?? '', file);
    for (const match of text.matchAll(/__MSG_(\w+)__/g)) {
      // A manifest name is the key with its dots written as underscores; find the key it stands for.
      const key = [...defined].find((k) => k.replaceAll('.', '_') === match[1]) ?? `(no key for ${match[1]})`;
      add(key, file);
    }
  }
  return used;
}

describe('the interface’s words (assets/locales/en.yml)', () => {
  const used = usedKeys();

  it('asks only for keys written in a literal, so this check sees them all', () => {
    const dynamic = files.filter(({ text }) => (text.match(/\bi18n\.t\(/g) ?? []).length !== (text.match(/\bi18n\.t\(\s*'[\w.]+'/g) ?? []).length);
    expect(dynamic.map(({ file }) => file)).toEqual([]);
  });

  it('has every key the code asks for', () => {
    const missing = [...used].filter(([key]) => !defined.has(key)).map(([key, where]) => `${key} (${where.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('has no key nothing asks for', () => {
    expect([...defined].filter((key) => !used.has(key))).toEqual([]);
  });

  it('keeps keys apart once dots become underscores (the browser’s message names)', () => {
    const names = [...defined].map((key) => key.replaceAll('.', '_').toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads in tests as in the extension, with substitutions and plurals', () => {
    expect(i18n.t('manifest.name')).toBe('Tactful');
  });
});
