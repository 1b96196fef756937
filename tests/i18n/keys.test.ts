import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { t } from '../../lib/i18n';
import { englishMessages } from '../i18n-messages';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../');
/** Where the interface's words are asked for: the views, the entrypoints, lib/ (its `t`), and the manifest's sources. */
const SOURCES = ['components', 'entrypoints', 'lib', 'wxt.config.ts'];
/** `i18n.t('…')` in the views, `t('…')` (lib/i18n.ts) in lib/. */
const CALL = /(?<![\w.])(?:i18n\.)?t\(/g;
const LITERAL_CALL = /(?<![\w.])(?:i18n\.)?t\(\s*'([\w.]+)'/g;

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (/\.tsx?$/.test(path)) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(path, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(full, entry.name)] : [],
  );
}

// A bare `t(` counts only where lib/i18n.ts's `t` is imported; elsewhere it may be a local function.
const IMPORTS_T = /import \{[^}]*\bt\b[^}]*\} from '[^']*i18n'/;
const files = SOURCES.flatMap(sourceFiles).map((file) => {
  const text = readFileSync(file, 'utf8');
  return { file: file.slice(ROOT.length), text: IMPORTS_T.test(text) ? text : text.replace(/(?<![\w.])t\(/g, 't_(') };
});
// The browser's own `@@` messages come with every build; ours are the rest.
const defined = new Set(englishMessages().map((message) => message.key.join('.')).filter((key) => !key.startsWith('@@')));

/** Keys asked for as `i18n.t('a.b')` in code and as `__MSG_a_b__` in the manifest, by file. */
function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const add = (key: string, file: string) => used.set(key, [...(used.get(key) ?? []), file]);
  for (const { file, text } of files) {
    for (const match of text.matchAll(LITERAL_CALL)) add(match[1] ?? '', file);
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
    const dynamic = files.filter(({ text }) => (text.match(CALL) ?? []).length !== (text.match(LITERAL_CALL) ?? []).length);
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
    expect(t('manifest.name')).toBe('Tactful');
    expect(t('panel.conversation.count', 3)).toBe('3 messages');
    expect(t('panel.conversation.count', 1)).toBe('1 message');
    expect(t('common.adapterFailed', { adapter: 'Zendesk', message: 'no log' })).toBe('The Zendesk adapter failed: no log');
  });

  it('gives lib/ the English words where there is no browser.i18n (the CLI)', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const getMessage = fakeBrowser.i18n.getMessage;
    try {
      (fakeBrowser.i18n as { getMessage?: unknown }).getMessage = undefined;
      expect(t('panel.conversation.count', 2)).toBe('2 messages');
    } finally {
      fakeBrowser.i18n.getMessage = getMessage;
    }
  });
});
