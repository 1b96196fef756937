/**
 * The packs that ship with Tactful, validated once when first used. A built-in pack that fails
 * its own schema is a bug caught by tests, so here it throws.
 */
import en from '../../assets/packs/en.json';
import { parsePack, type Pack } from './schema';

let cached: Pack[] | undefined;

export function builtinPacks(): Pack[] {
  if (!cached) {
    const parsed = parsePack(en);
    if (!parsed.ok) throw new Error(`Built-in pack en.json is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    cached = [parsed.pack];
  }
  return cached;
}
