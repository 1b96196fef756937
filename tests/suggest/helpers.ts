import raw from '../../assets/packs/en.json';
import { parsePack, type Pack } from '../../lib/packs/schema';
import type { SuggestInsight } from '../../lib/suggest';

export function loadPack(json: unknown): Pack {
  const result = parsePack(json);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.pack;
}

export const builtIn: Pack = loadPack(raw);

/** A pack written for one test, from just its phrases. */
export function testPack(id: string, phrases: unknown[]): Pack {
  return loadPack({
    format: 1,
    id,
    name: id,
    version: '1.0.0',
    locale: 'en',
    author: 'tests',
    description: '',
    updated: '2026-01-01',
    phrases,
  });
}

export function insight(partial: Partial<SuggestInsight> & Pick<SuggestInsight, 'emotion'>): SuggestInsight {
  return { category: { label: 'other', confidence: 0.5 }, ...partial };
}
