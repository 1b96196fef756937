import { describe, expect, it } from 'vitest';
import { BENCHMARK_DRAFT, measureCheckDraft } from '../../lib/guard';

describe('guard speed', () => {
  it('checks a 1,000-character draft well inside the keystroke budget', () => {
    expect(BENCHMARK_DRAFT.length).toBe(1000);
    // The goal is ≤ 0.5 ms median (`npm run bench`); the test allows headroom for slow CI machines.
    expect(measureCheckDraft(BENCHMARK_DRAFT, 300)).toBeLessThan(2);
  });
});
