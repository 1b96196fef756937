import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARD_LEXICONS } from '../../lib/guard/lexicon';
import grammar from '../../lib/language/grammar.json';
import { localesOf, type LexiconFile } from '../../lib/language/lexicon';
import { ANALYSIS_LANGUAGES } from '../../lib/analysis/lexicon';
import { ANALYSED_LANGUAGES } from '../../lib/panel/language';

// Every word list kept as data is held to the same conventions as the analysis lexicons: an about
// text, entries sorted, unique and lower-case, each with a note and a source.
const FILES: [string, LexiconFile][] = [...Object.entries(GUARD_LEXICONS), ['language/grammar', grammar as LexiconFile]];
const LISTS = FILES.flatMap(([file, data]) => Object.entries(data.lists).map(([name, list]) => [`${file}/${name}`, list] as const));

describe('guard and language lexicon files', () => {
  it('loads every JSON file in lib/guard/lexicon', () => {
    const dir = path.resolve(__dirname, '../../lib/guard/lexicon');
    const json = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(json.sort()).toEqual(Object.keys(GUARD_LEXICONS).sort());
  });

  it.each(FILES)('%s says what it is for', (_name, data) => {
    expect(data.about.length).toBeGreaterThan(20);
    expect(Object.keys(data.lists).length).toBeGreaterThan(0);
  });

  it.each(FILES)('%s declares the language its words are in', (_name, data) => {
    expect(data.locale).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
  });
});

describe('the languages Tactful advises in', () => {
  it('are the ones both the analysis and the draft check have lexicons for', () => {
    expect(ANALYSIS_LANGUAGES).toEqual(new Set(['en']));
    expect(ANALYSED_LANGUAGES).toEqual(['en']);
  });

  it('come from the files: a region narrows a language, and a missing or malformed tag stops the load with the file named', () => {
    expect(localesOf({ a: { locale: 'en-GB' }, b: { locale: 'en' }, c: { locale: 'es' } })).toEqual(new Set(['en', 'es']));
    expect(() => localesOf({ 'fault.json': {} })).toThrow(/fault\.json: "locale"/);
    expect(() => localesOf({ 'fault.json': { locale: 'English' } })).toThrow(/fault\.json/);
  });
});

describe.each(LISTS)('list %s', (_name, list) => {
  it('has an about text and entries', () => {
    expect(list.about.length).toBeGreaterThan(5);
    expect(list.entries.length).toBeGreaterThan(0);
  });

  it('keeps terms lower-case, trimmed and single-spaced', () => {
    const bad = list.entries.filter((e) => e.term !== e.term.toLowerCase() || e.term !== e.term.trim() || /\s{2,}/.test(e.term) || e.term === '');
    expect(bad.map((e) => e.term)).toEqual([]);
  });

  it('keeps terms sorted and unique', () => {
    const terms = list.entries.map((e) => e.term);
    const out = terms.filter((t, i) => i > 0 && !((terms[i - 1] as string) < t));
    expect(out).toEqual([]);
  });

  it('gives every entry a note and a source', () => {
    const bad = list.entries.filter((e) => !e.note?.trim() || !e.source?.trim());
    expect(bad.map((e) => e.term)).toEqual([]);
  });
});

describe('guard source files', () => {
  const dir = path.resolve(__dirname, '../../lib/guard');
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.ts')),
    ...readdirSync(path.join(dir, 'rules')).filter((f) => f.endsWith('.ts')).map((f) => `rules/${f}`),
    ...readdirSync(path.join(dir, 'lexicon')).filter((f) => f.endsWith('.ts')).map((f) => `lexicon/${f}`),
    ...readdirSync(path.resolve(dir, '../language')).filter((f) => f.endsWith('.ts')).map((f) => `../language/${f}`),
  ];

  it.each(files)('%s has no line over 200 characters', (file) => {
    const long = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.length > 200);
    expect(long).toEqual([]);
  });

  it('lexicon modules do not import each other in a loop (they import only the language layer and JSON)', () => {
    for (const f of readdirSync(path.join(dir, 'lexicon')).filter((x) => x.endsWith('.ts') && x !== 'frames.ts')) {
      const imports = [...readFileSync(path.join(dir, 'lexicon', f), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((i) => !(i?.startsWith('../../language') || i?.endsWith('.json'))), f).toEqual([]);
    }
  });
});
