/**
 * Long and hostile text never throws and never takes more than linear time, in the guard, the
 * analysis and the template renderer. Generated strings (fast-check) plus the known catastrophic
 * inputs kept as regression cases. Time bounds are generous (a slow, shared CI machine): what they
 * catch is quadratic behaviour, which turns these sizes into seconds or minutes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeConversation, analyzeMessage } from '../../lib/analysis';
import { checkDraft, MAX_DRAFT_CHARS } from '../../lib/guard';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { findTemplateProblems, renderTemplate } from '../../lib/packs/template';

function snapshot(text: string): ConversationSnapshot {
  return { helpdesk: 'test', url: 'https://helpdesk.example/1', customer: {}, messages: [{ role: 'customer', text }], composer: { found: false }, confidence: 1 };
}

function ms(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

// Pieces that stress patterns: runs of whitespace, punctuation, address characters, quotes,
// greeting and apology words, template braces.
const PIECES = [' ', '\n', '\t', '.', '-', '_', '+', '@', 'www.', '://', '"', "'", '’', '>', ',', '!', '?', '{{', '}}', '[', ']',
  'Hi', 'we', 'our', 'sorry', 'soon', 'asap', 'fault', 'guarantee', 'never', 'you', 'On Mon, Sam wrote:', 'From: x', 'é', '😀'];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 400 }).map((parts) => parts.join(''));
const repeated = fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1000, max: 20000 })).map(([p, n]) => p.repeat(n));

describe('fuzz: no throw on hostile text', () => {
  it('guard, analysis and templates accept any string', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 })), (text) => {
        const result = checkDraft(text);
        expect(result.failures).toEqual([]);
        analyzeMessage(text);
        analyzeConversation(snapshot(text));
        findTemplateProblems(text);
        renderTemplate(text, {});
      }),
      { numRuns: 150 },
    );
  });

  it('long runs of one piece stay fast (linear-ish)', () => {
    fc.assert(
      fc.property(repeated, (text) => {
        expect(ms(() => checkDraft(text))).toBeLessThan(1500);
        expect(ms(() => analyzeMessage(text))).toBeLessThan(1500);
        expect(ms(() => renderTemplate(text, {}))).toBeLessThan(1500);
      }),
      { numRuns: 25 },
    );
  });
});

describe('time grows linearly with length', () => {
  const shapes: Record<string, (n: number) => string> = {
    prose: (n) => 'We are sorry your order was late, and we will look into it today. '.repeat(Math.ceil(n / 66)).slice(0, n),
    'run-on': (n) => 'we sent the wrong parcel and we are sorry and '.repeat(Math.ceil(n / 46)).slice(0, n),
    'soon asap': (n) => 'soon asap '.repeat(Math.ceil(n / 10)).slice(0, n),
    spaces: (n) => 'Hi' + ' '.repeat(n),
  };
  const median = (run: () => unknown): number => [ms(run), ms(run), ms(run)].sort((a, b) => a - b)[1] as number;
  // 8× the text: linear work takes ~8× the time, quadratic ~64×; the bound sits between.
  it.each(Object.entries(shapes))('%s: 8× the text takes well under 64× the time', (_name, make) => {
    const ctx = { maxChars: 1e9 };
    const short = make(2500);
    const long = make(20000);
    checkDraft(short, ctx);
    const small = Math.max(5, median(() => checkDraft(short, ctx)));
    const large = median(() => checkDraft(long, ctx));
    expect(large).toBeLessThan(small * 24);
  });
});

// Inputs that were catastrophic once (seconds to minutes); kept as regression cases.
const EMAIL = 'Hi Jane,\n\nThanks, sorted.\n\nOn Mon, 3 Jun 2024 at 10:02, Sarah <s@example.com> wrote:\n' +
  '> where is my order, it was late again and nobody has told me anything.\n'.repeat(1400);
export const CATASTROPHIC: Record<string, string> = {
  '"Hi" + 200 KB of spaces': 'Hi' + ' '.repeat(200_000),
  'a reply quoting 100 KB of e-mail': EMAIL.slice(0, 100_000),
  '200 KB of prose': 'We are sorry your order was late, and we will look into it today. '.repeat(3031).slice(0, 200_000),
  '100 KB of blank lines': '\n'.repeat(100_000),
  '"@ " + 200 KB of hyphens': '@ ' + '-'.repeat(200_000),
  '"www." + 100 KB of dots': 'www.' + '.'.repeat(100_000),
};

describe('known catastrophic inputs', () => {
  it.each(Object.entries(CATASTROPHIC))('%s: guard, analysis and template within a second each', (_name, text) => {
    let result: ReturnType<typeof checkDraft> | undefined;
    expect(ms(() => (result = checkDraft(text)))).toBeLessThan(1000);
    expect(result?.coverage?.checkedChars).toBeLessThanOrEqual(MAX_DRAFT_CHARS);
    expect(ms(() => analyzeMessage(text))).toBeLessThan(1000);
    expect(ms(() => analyzeConversation(snapshot(text), { cache: new Map() } as never))).toBeLessThan(1000);
    expect(ms(() => renderTemplate(text, {}))).toBeLessThan(1000);
  });

  it('the quoted e-mail is cut at its reply header, not read', () => {
    const result = checkDraft(CATASTROPHIC['a reply quoting 100 KB of e-mail'] as string);
    expect(result.coverage?.quotedFrom).toBeGreaterThan(0);
    expect(result.coverage?.checkedChars).toBe(result.coverage?.quotedFrom);
    expect(result.coverage?.capped).toBe(false);
  });

  it('long own text is capped and the result says so', () => {
    const result = checkDraft(CATASTROPHIC['200 KB of prose'] as string);
    expect(result.coverage).toMatchObject({ capped: true, checkedChars: MAX_DRAFT_CHARS, draftChars: 200_000 });
  });
});
