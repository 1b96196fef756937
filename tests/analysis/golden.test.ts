/**
 * Pins the complete analysis of a fixed set of messages and conversations, so that work on speed
 * (or any refactor) cannot change a result unnoticed. When a change is meant to alter results,
 * regenerate the file and review its diff:
 *
 *   UPDATE_ANALYSIS_GOLDEN=1 npx vitest run tests/analysis/golden.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeConversation, analyzeMessage, createAnalysisCache } from '../../lib/analysis';
import { GOLDEN_MESSAGES, goldenConversations } from './fixtures/golden-messages';

const FILE = path.resolve(import.meta.dirname, 'fixtures/analysis-golden.json');

interface Golden {
  messages: unknown[];
  conversations: Array<{ scratch: unknown; incremental: unknown }>;
}

/** As JSON would carry it: absent and undefined fields alike. */
const plain = <T>(value: T): unknown => JSON.parse(JSON.stringify(value)) as unknown;

function compute(): Golden {
  return {
    messages: GOLDEN_MESSAGES.map((text) => plain({ text, analysis: analyzeMessage(text) })),
    conversations: goldenConversations().map((snapshot) => {
      const scratch = analyzeConversation(snapshot, { cache: createAnalysisCache() });
      const before = analyzeConversation({ ...snapshot, messages: snapshot.messages.slice(0, -1) }, { cache: createAnalysisCache() });
      const incremental = analyzeConversation(snapshot, { cache: createAnalysisCache(), previous: before });
      return { scratch: plain(scratch), incremental: plain(incremental) };
    }),
  };
}

describe('analysis results are pinned', () => {
  const actual = compute();
  if (process.env.UPDATE_ANALYSIS_GOLDEN === '1') writeFileSync(FILE, `${JSON.stringify(actual, null, 1)}\n`);
  const golden = JSON.parse(readFileSync(FILE, 'utf8')) as Golden;

  it('covers every pinned message', () => {
    expect(actual.messages.length).toBe(golden.messages.length);
    expect(actual.conversations.length).toBe(golden.conversations.length);
  });

  GOLDEN_MESSAGES.forEach((text, i) => {
    it(`message ${i}: ${JSON.stringify(text.slice(0, 50))}`, () => {
      expect(actual.messages[i]).toEqual(golden.messages[i]);
    });
  });

  it('conversation insights, from scratch and incremental', () => {
    expect(actual.conversations).toEqual(golden.conversations);
  });
});
