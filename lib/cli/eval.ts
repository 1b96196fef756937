/**
 * `tactful eval [--data <dir>] [--json] [--check]`: measures Tactful on labelled data and prints
 * each figure beside its goal. `--check` exits 1 when a goal is missed (for CI); without it the
 * command only reports.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateGuard } from './eval-guard';
import { evaluateAnalysis } from './eval-analysis';
import { formatSections, passes } from './eval-format';
import type { EvalSection } from './eval-types';

export { formatSections };
import { evaluateTimes } from './eval-times';

export interface SectionProvider {
  name: string;
  evaluate(dataDir: string): Promise<EvalSection[]>;
}

/**
 * Every part of Tactful that is measured on labelled data. To add one (e.g. the draft guard), write
 * `lib/cli/eval-<part>.ts` exporting `evaluate<Part>(dataDir): Promise<EvalSection[]>`, import it
 * above and append `{ name: '<part>', evaluate: evaluate<Part> }` here.
 */
export const SECTION_PROVIDERS: SectionProvider[] = [
  { name: 'analysis', evaluate: evaluateAnalysis },
  { name: 'guard', evaluate: evaluateGuard },
  { name: 'times', evaluate: evaluateTimes },
];

/** `../shared/data/dev` beside the repository checkout. */
export function defaultDataDir(): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(repo, '..', 'shared', 'data', 'dev');
}

export async function run(args: string[]): Promise<number> {
  let dataDir = defaultDataDir();
  let json = false;
  let check = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--check') check = true;
    else if (arg === '--data') {
      const value = args[++i];
      if (!value) {
        console.error('eval: --data needs a folder');
        return 2;
      }
      dataDir = resolve(value);
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: tactful eval [--data <dir>] [--json] [--check]\n  default data: ../shared/data/dev beside the repository');
      return 0;
    } else {
      console.error(`eval: unknown argument "${arg}"`);
      return 2;
    }
  }
  if (!existsSync(dataDir)) {
    console.error(`eval: data folder not found: ${dataDir}`);
    return 2;
  }
  const sections: EvalSection[] = [];
  for (const provider of SECTION_PROVIDERS) {
    try {
      sections.push(...(await provider.evaluate(dataDir)));
    } catch (error) {
      // One broken part never hides the others' figures.
      sections.push({
        title: `${provider.name}: failed`,
        data: dataDir,
        metrics: [],
        notes: [error instanceof Error ? error.message : String(error)],
      });
    }
  }
  console.log(json ? JSON.stringify({ dataDir, sections }, null, 2) : formatSections(sections));
  const missed = sections.flatMap((s) => s.metrics).some((m) => passes(m) === false);
  const failed = sections.some((s) => s.title.endsWith(': failed'));
  return check && (missed || failed) ? 1 : 0;
}
