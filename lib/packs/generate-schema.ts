/**
 * Writes `assets/packs/pack.schema.json` from the zod schema in `schema.ts`, so editors can check
 * and complete a pack while a team lead writes it. Run after changing the format:
 *
 *   npx tsx lib/packs/generate-schema.ts
 *
 * `tests/packs/schema.test.ts` fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packJsonSchemaText } from './schema';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/packs/pack.schema.json');
writeFileSync(file, packJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
