import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARD_RULES } from '../../lib/guard';
import { GUARD_CATEGORIES } from '../../lib/guard/types';

const RULES_DIR = path.resolve(__dirname, '../../lib/guard/rules');

describe('guard rule conventions', () => {
  const files = readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));

  it('registers every rule file, and a rule file is named after its rule id', () => {
    const registered = GUARD_RULES.map((r) => r.meta.id).sort();
    expect(files.sort()).toEqual(registered);
  });

  it('has unique rule ids', () => {
    const ids = GUARD_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(GUARD_RULES.map((r) => [r.meta.id, r] as const))('%s has meta and both kinds of example', (_id, rule) => {
    expect(rule.meta.title.trim()).not.toBe('');
    expect(rule.meta.why.length).toBeGreaterThan(40);
    expect(GUARD_CATEGORIES).toContain(rule.meta.category);
    expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
    for (const example of rule.examples.invalid) {
      expect((example.ranges?.length ?? 0) + (example.matches?.length ?? 0), example.text).toBeGreaterThan(0);
    }
  });

  it('covers every built-in category with at least one rule', () => {
    const covered = new Set(GUARD_RULES.map((r) => r.meta.category));
    for (const category of GUARD_CATEGORIES) expect(covered.has(category), category).toBe(true);
  });
});
