/**
 * The generic reader's text patterns run over page text: they must take linear time. Each is a
 * single pass that finds what a (backtracking) regular expression would; checked against that
 * expression on short texts, and run on long adversarial ones, which must simply finish.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorInLabel, quotedAuthor } from '../../lib/adapters/generic';

// The patterns as regular expressions: right on short texts, polynomial on long runs of spaces.
const LABEL_PATTERN = /\b(?:from|by)\s+([^,()]+?)\s*(?:[,(]|$)/i;
const WROTE_PATTERN = /(?:^|\n)(?:on .+?,\s*)?([^\n,<>]+?)\s*(?:<[^>\s]+@[^>\s]+>)?\s+wrote:\s*(?:\n|$)/i;

/** Texts built from the pieces the patterns look for, so that near-misses are common. */
function pieces(words: string[], maxLength = 14): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...words), { maxLength }).map((parts) => parts.join(''));
}

const LABEL_WORDS = ['from', 'From', 'by', 'BY', ' ', '  ', '\t', '\n', ',', '(', ')', 'Dana', 'x', 'nearby', '-', '\u00a0'];
const WROTE_WORDS = [
  'on ', 'On ', 'Thu', ',', ' ', '  ', '\n', '\r', '\t', 'Dana', 'wrote:', 'WROTE:', 'wrote', ':', '<', '>', '@', 'dana@x.com', '<d@x>', 'x', '\u2028',
];

describe('generic reader patterns', () => {
  it('reads an aria-label author as the regular expression does', () => {
    expect(authorInLabel('Message from Dana Whitfield, 2 May')).toBe('Dana Whitfield');
    expect(authorInLabel('Reply by Sam (agent)')).toBe('Sam');
    expect(authorInLabel('Sent from (mobile) by Dana')).toBe('Dana');
    fc.assert(
      fc.property(pieces(LABEL_WORDS), (label) => {
        expect(authorInLabel(label)).toBe(LABEL_PATTERN.exec(label)?.[1]);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a quote header\'s author as the regular expression does', () => {
    expect(quotedAuthor('Thanks!\nOn Thu, 2 May 2024 at 09:30, Dana Whitfield <dana@example.com> wrote:\n> hi')).toBe('Dana Whitfield');
    expect(quotedAuthor('Sam Rivera wrote:\n> hi')).toBe('Sam Rivera');
    expect(quotedAuthor('She wrote: a letter')).toBeUndefined();
    fc.assert(
      fc.property(pieces(WROTE_WORDS), (text) => {
        expect(quotedAuthor(text)).toBe(WROTE_PATTERN.exec(text)?.[1]);
      }),
      { numRuns: 5000 },
    );
    // Longer texts: many lines before and after the header.
    fc.assert(
      fc.property(pieces([...WROTE_WORDS, '\n', '\n', 'text'], 60), (text) => {
        expect(quotedAuthor(text)).toBe(WROTE_PATTERN.exec(text)?.[1]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a header some clients break over lines, whatever was read before it', () => {
    const split = [
      'Thanks.\n\nOn Thu, 2 May 2024 at 09:30,\nDana Whitfield\n<dana@example.com>\nwrote:\n> hi',
      'Thanks.\n\nOn Thu, 2 May 2024 at 09:30, Dana Whitfield\n<dana@example.com> wrote:\n> hi',
      'Dana Whitfield <dana@example.com>\n\nwrote:\n> hi',
      'One\nTwo\nThree\nFour\nOn Thu,\nDana\n<d@x.io>\nwrote:',
    ];
    // A long text first: the pass keeps its working arrays between texts, and nothing of one may leak into the next.
    const long = `${'a, <b@c> '.repeat(5_000)}\nSam wrote:\n`;
    for (const text of [long, ...split, long, ...split.map((t) => t.replace('wrote:', 'wrote: no'))]) {
      expect(quotedAuthor(text)).toBe(WROTE_PATTERN.exec(text)?.[1]);
    }
    expect(quotedAuthor(split[0]!)).toBe('Dana Whitfield');
  });

  it('finishes on long runs of spaces and near-misses', () => {
    const spaces = ' '.repeat(100_000);
    expect(authorInLabel(`from${spaces}x)`)).toBeUndefined();
    expect(authorInLabel(`from${spaces}Dana${spaces}`)).toBe('Dana');
    expect(authorInLabel(`${'by '.repeat(50_000)})`)).toBeUndefined();
    expect(quotedAuthor(`Dana${spaces}wrote: yes`)).toBeUndefined();
    expect(quotedAuthor(`On x,${spaces}Dana${spaces}<d@x>${spaces}wrote:${spaces}\n`)).toBe('Dana');
    expect(quotedAuthor(`On ${','.repeat(50_000)}${spaces}wrote: no`)).toBeUndefined();
    expect(quotedAuthor(`${'a wrote:\n'.repeat(1)}${'x wrote: y\n'.repeat(20_000)}`)).toBe('a');
    expect(quotedAuthor(`<${'@'.repeat(100_000)} wrote: x`)).toBeUndefined();
    expect(quotedAuthor(`${'\n'.repeat(100_000)}Dana wrote:`)).toBe('Dana');
    expect(quotedAuthor(`${'wrote:'.repeat(50_000)}\n${' wrote:'.repeat(20_000)}`)).toBe(' wrote:'.repeat(19_999));
  });
});
