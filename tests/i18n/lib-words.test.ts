import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../');
/** lib/ files whose words reach the agent: they ask for them with `t` (lib/i18n.ts) instead of writing them. */
const FILES = [
  'lib/panel/model.ts',
  'lib/highlight/index.ts',
  'lib/panel/language.ts',
  'lib/panel/keyboard.ts',
  'lib/panel/page.ts',
  'lib/panel/off-thread.ts',
  'lib/adapters/health.ts',
  'lib/promises/words.ts',
  'lib/promises/reminders.ts',
  'lib/promises/store.ts',
  'lib/history/errors.ts',
  'lib/history/manual.ts',
  'lib/history/notes.ts',
  'lib/history/transfer.ts',
  'lib/history/summary.ts',
  'lib/packs/subscribe.ts',
  'lib/packs/store.ts',
  'lib/packs/keys.ts',
  'lib/packs/load.ts',
  'lib/packs/diff.ts',
  'lib/packs/sign.ts',
  'lib/validation.ts',
  'lib/timescale/promises.ts',
  'lib/timescale/estimate.ts',
  'lib/timescale/words.ts',
  'lib/packs/managed.ts',
  'lib/settings.ts',
  'lib/welcome.ts',
  'lib/packs/schema.ts',
  'lib/packs/template.ts',
  'lib/suggest/rank.ts',
  'lib/suggest/why.ts',
];

/**
 * The code without its `.meta({ … })` calls: a pack schema's field descriptions are documentation for
 * pack authors' editors (assets/packs/pack.schema.json), not words the extension shows.
 */
function withoutMeta(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf('.meta(', at);
    if (start < 0) return out + text.slice(at);
    out += text.slice(at, start);
    let depth = 0;
    let quote = '';
    let i = start + '.meta'.length;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (quote) {
        if (ch === '\\') i++;
        else if (ch === quote) quote = '';
      } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    at = i + 1;
  }
}

/** A string literal that reads as an English sentence: a capital, at least four words, a full stop. */
function sentences(text: string): string[] {
  const found: string[] = [];
  for (const line of withoutMeta(text).split('\n')) {
    const code = line.trim();
    if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/*') || code.includes('console.')) continue;
    for (const match of code.matchAll(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g)) {
      const body = match[0].slice(1, -1).trim();
      if (/^[A-Z]/.test(body) && body.split(' ').length >= 4 && /[.!?…]$/.test(body)) found.push(`${body.slice(0, 60)}`);
    }
  }
  return found;
}

describe('lib/ words the agent reads', () => {
  it('are not written in English in the code (they live in assets/locales/en.yml)', () => {
    const written = FILES.flatMap((file) => sentences(readFileSync(join(ROOT, file), 'utf8')).map((s) => `${file}: ${s}`));
    expect(written).toEqual([]);
  });

  it('would be caught if they were', () => {
    expect(sentences("  return { line: 'Not in history: the page shows nothing.' };")).toHaveLength(1);
    expect(sentences("  // 'A comment may say anything it likes.'")).toEqual([]);
    expect(sentences("  id: z.string().meta({ description: 'Unique within the pack, for editors.' }),\n  x: 'Shown to the agent as words.',")).toHaveLength(1);
  });
});
