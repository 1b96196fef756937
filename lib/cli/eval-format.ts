/** The eval's figures as a table, each beside its goal (used by `tactful eval` and the eval scripts run alone). */
import type { EvalMetric, EvalSection } from './eval-types';

/** Whether a figure meets its goal (undefined when it has none). */
export function passes(metric: EvalMetric): boolean | undefined {
  return metric.goal === undefined ? undefined : metric.value >= metric.goal;
}

export function formatSections(sections: readonly EvalSection[]): string {
  const lines: string[] = [];
  const nameWidth = Math.max(28, ...sections.flatMap((s) => s.metrics.map((m) => m.name.length)));
  for (const section of sections) {
    lines.push(`${section.title}`, `  data: ${section.data}`);
    if (section.metrics.length > 0) {
      lines.push(`  ${'metric'.padEnd(nameWidth)}  ${'value'.padStart(6)}  ${'goal'.padStart(6)}      ${'n'.padStart(5)}`);
      for (const m of section.metrics) {
        const pass = passes(m);
        const mark = pass === undefined ? '   ' : pass ? 'ok ' : 'LOW';
        const goal = m.goal === undefined ? '' : `≥${m.goal.toFixed(2)}`;
        lines.push(
          `  ${m.name.padEnd(nameWidth)}  ${m.value.toFixed(3).padStart(6)}  ${goal.padStart(6)}  ${mark}  ${String(m.n ?? '').padStart(5)}`,
        );
      }
    }
    for (const note of section.notes ?? []) lines.push(`  · ${note}`);
    lines.push('');
  }
  const goals = sections.flatMap((s) => s.metrics).filter((m) => m.goal !== undefined);
  const met = goals.filter((m) => passes(m)).length;
  lines.push(`${met}/${goals.length} goals met`);
  return lines.join('\n');
}
