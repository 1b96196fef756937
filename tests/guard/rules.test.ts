import { describe, expect, it } from 'vitest';
import { GUARD_RULES, checkDraft, runRule } from '../../lib/guard';
import type { Finding, GuardRule, InvalidExample, TextRange } from '../../lib/guard/types';

/** Where an invalid example says its findings must be. */
function expectedRanges(example: InvalidExample): TextRange[] {
  const ranges = [...(example.ranges ?? [])];
  for (const match of example.matches ?? []) {
    const start = example.text.indexOf(match);
    if (start < 0) throw new Error(`example "${example.text}" does not contain "${match}"`);
    ranges.push({ start, end: start + match.length });
  }
  return ranges;
}

function covers(finding: Finding, range: TextRange): boolean {
  return finding.range.start <= range.start && range.end <= finding.range.end;
}

describe.each(GUARD_RULES.map((rule) => [rule.meta.id, rule] as [string, GuardRule]))('rule %s', (_id, rule) => {
  it.each(rule.examples.valid.map((v) => (typeof v === 'string' ? { text: v } : v)).map((v) => [v.text, v] as const))(
    'accepts %j',
    (_text, example) => {
      expect(runRule(rule, example.text, example.ctx ?? {}).map((f) => example.text.slice(f.range.start, f.range.end))).toEqual([]);
    },
  );

  it.each(rule.examples.invalid.map((e) => [e.text, e] as const))('flags %j', (_text, example) => {
    const findings = runRule(rule, example.text, example.ctx ?? {});
    const ranges = expectedRanges(example);
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) {
      const hit = findings.find((f) => covers(f, range));
      const got = JSON.stringify(findings.map((f) => example.text.slice(f.range.start, f.range.end)));
      expect(hit, `no ${rule.meta.id} finding covers "${example.text.slice(range.start, range.end)}"; got ${got}`).toBeDefined();
      expect(hit?.ruleId).toBe(rule.meta.id);
      expect(hit?.category).toBe(rule.meta.category);
    }
  });
});

describe('findings', () => {
  const allInvalid = GUARD_RULES.flatMap((rule) => rule.examples.invalid.map((e) => ({ rule, example: e })));

  it('carry a message, a why and the span their suggestions replace', () => {
    for (const { rule, example } of allInvalid) {
      for (const f of runRule(rule, example.text, example.ctx ?? {})) {
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.why).toBe(rule.meta.why);
        expect(f.replaces.start).toBeLessThanOrEqual(f.range.start);
        expect(f.replaces.end).toBeGreaterThanOrEqual(f.range.end);
        expect(f.suggestions.length).toBeLessThanOrEqual(3);
        if (rule.meta.category !== 'placeholder') expect(f.suggestions.length).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('suggest rewrites that pass the guard themselves, alone and in place', () => {
    for (const { rule, example } of allInvalid) {
      if (rule.meta.category === 'pack') continue;
      for (const f of runRule(rule, example.text, example.ctx ?? {})) {
        for (const suggestion of f.suggestions) {
          const alone = checkDraft(suggestion).findings.filter((x) => x.category !== 'placeholder' || rule.meta.category === 'placeholder');
          expect(alone.map((x) => `${x.ruleId}: ${suggestion}`)).toEqual([]);
          const applied = example.text.slice(0, f.replaces.start) + suggestion + example.text.slice(f.replaces.end);
          const again = runRule(rule, applied, example.ctx ?? {}).filter((x) => x.range.start < f.replaces.start + suggestion.length && x.range.end > f.replaces.start);
          expect(again.map((x) => `${x.ruleId}: ${applied}`)).toEqual([]);
        }
      }
    }
  });

  it('rewrite "It was our fault your order was late" as an apology for the experience', () => {
    const text = 'It was our fault your order was late.';
    const [f] = checkDraft(text).findings;
    expect(f?.category).toBe('fault');
    expect(f?.suggestions).toContain("I'm sorry your order was late — that's not the experience we want for you.");
  });

  it('keep the sympathy when a sentence mixes it with an admission', () => {
    const text = 'I am so sorry that you were injured, it was all my fault, I was texting while driving.';
    const [f] = checkDraft(text).findings;
    expect(f?.suggestions[0]).toBe('I am so sorry that you were injured.');
  });
});

describe('checkDraft', () => {
  it('runs each rule in isolation and reports the one that threw', () => {
    const broken: GuardRule = {
      meta: { id: 'broken', title: 'Broken', category: 'fault', severity: 'error', why: 'test' },
      examples: { valid: [], invalid: [] },
      check: () => {
        throw new Error('boom');
      },
    };
    const result = checkDraft('It was our fault.', {}, [broken, ...GUARD_RULES]);
    expect(result.failures).toEqual([{ ruleId: 'broken', error: 'boom' }]);
    expect(result.findings.some((f) => f.ruleId === 'fault')).toBe(true);
  });

  it('ignores quoted customer words and the quoted reply block', () => {
    const draft = [
      'Hi Sam,',
      'You said "it was your fault and you should have known" and I understand why you feel that way.',
      "I'm looking into it now.",
      '',
      'On Mon, 3 Jun 2024 at 10:02, Sam <sam@example.com> wrote:',
      '> Calm down? It was all your fault, obviously. Sort it ASAP.',
    ].join('\n');
    expect(checkDraft(draft).findings).toEqual([]);
  });

  it('drops a finding the team pack allows word for word', () => {
    const text = "We'll cover any costs of return postage.";
    expect(checkDraft(text).findings.map((f) => f.category)).toEqual(['compensation']);
    expect(checkDraft(text, { allowedPhrases: ["we'll cover any costs of return postage"] }).findings).toEqual([]);
  });

  it('uses the team pack avoid and prefer rules', () => {
    const result = checkDraft('No problem! Unfortunately it is out of stock.', {
      packRules: [
        { kind: 'avoid', phrase: 'no problem', message: 'We avoid this.', suggestion: 'Happy to help' },
        { kind: 'prefer', phrase: 'unfortunately', message: 'Prefer positive framing.', suggestion: 'At the moment' },
      ],
    });
    const pack = result.findings.filter((f) => f.category === 'pack');
    expect(pack.map((f) => [f.severity, f.suggestions[0]])).toEqual([
      ['warning', 'Happy to help!'],
      ['info', 'At the moment it is out of stock.'],
    ]);
  });

  it('fills a nameless greeting with the customer name', () => {
    const [f] = checkDraft('Hi ,\nThanks for waiting.', { customerName: 'Priya Shah' }).findings;
    expect(f?.suggestions[0]).toBe('Hi Priya,');
  });
});
