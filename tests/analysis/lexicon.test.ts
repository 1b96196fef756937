import { describe, expect, it } from 'vitest';
import {
  categoryLexicon,
  complaintLexicon,
  emotionLexicon,
  escalationLexicon,
  MATCHED_LEXICONS,
  modifierLexicon,
  politenessLexicon,
  repeatContactLexicon,
  tokenClassLexicon,
  urgencyLexicon,
} from '../../lib/analysis/lexicon';
import { tokenize } from '../../lib/analysis/tokenize';

/** Lexicons matched against tokenised text: their terms must be written as the tokenizer writes. */
const TOKEN_LEXICONS = [emotionLexicon, modifierLexicon, escalationLexicon, repeatContactLexicon, complaintLexicon, categoryLexicon, urgencyLexicon, politenessLexicon];
const CLASSES = new Set([...tokenClassLexicon.entries.map((e) => e.class), 'number']);

describe.each(MATCHED_LEXICONS.map((l) => [l.name, l] as const))('lexicon %s', (_name, lexicon) => {
  it('has an about text and entries, and says what language they are in', () => {
    expect(lexicon.locale).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
    expect(lexicon.about.length).toBeGreaterThan(20);
    expect(lexicon.entries.length).toBeGreaterThan(0);
  });

  it('keeps terms lower-case, trimmed and single-spaced', () => {
    const bad = lexicon.entries.filter((e) => e.term !== e.term.toLowerCase() || e.term !== e.term.trim() || /\s{2,}/.test(e.term));
    expect(bad.map((e) => e.term)).toEqual([]);
  });

  it('keeps terms sorted and unique', () => {
    const terms = lexicon.entries.map((e) => e.term);
    const out = terms.filter((t, i) => i > 0 && !((terms[i - 1] as string) < t));
    expect(out).toEqual([]);
  });

  it('gives every entry a note and a source', () => {
    const bad = lexicon.entries.filter((e) => !e.note.trim() || !e.source.trim());
    expect(bad.map((e) => e.term)).toEqual([]);
  });
});

describe.each(TOKEN_LEXICONS.map((l) => [l.name, l] as const))('matched terms in %s', (_name, lexicon) => {
  it('are written in the tokenizer\'s normalised form, so they can match', () => {
    const unmatched: string[] = [];
    for (const { term } of lexicon.entries) {
      for (const part of term.split(' ')) {
        if (part.startsWith('<') && part.endsWith('>')) {
          if (!CLASSES.has(part.slice(1, -1))) unmatched.push(`${term} (unknown class ${part})`);
          continue;
        }
        const word = part.endsWith('*') ? part.slice(0, -1) : part;
        const tokens = tokenize(word);
        if (tokens.length !== 1 || tokens[0]?.text !== word) unmatched.push(`${term} ("${part}" reads as ${tokens.map((t) => t.text).join(' ')})`);
      }
    }
    expect(unmatched).toEqual([]);
  });
});
