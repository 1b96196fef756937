/**
 * The analysis lexicons: JSON data with a note and a source for every entry, checked once when the
 * module loads so that a bad edit fails loudly (naming the file and the term) instead of silently
 * weakening the analysis.
 */
import type { EscalationRisk, FeltEmotion, IssueCategory, UrgencyCueKind } from '../types';
import emotionsJson from './emotions.json';
import modifiersJson from './modifiers.json';
import escalationJson from './escalation.json';
import repeatContactJson from './repeat-contact.json';
import complaintJson from './complaint.json';
import categoriesJson from './categories.json';
import urgencyJson from './urgency.json';
import tokenClassesJson from './token-classes.json';
import perspectiveJson from './perspective.json';
import normaliseJson from './normalise.json';
import politenessJson from './politeness.json';
import { localesOf } from '../../language/lexicon';

/** Every entry in every lexicon has these. */
export interface LexiconEntry {
  /** Lower-case, space-separated tokens; `word*` matches any ending, `<class>` a token class. */
  term: string;
  note: string;
  source: string;
}

export interface EmotionEntry extends LexiconEntry {
  emotion: FeltEmotion;
  weight: number;
}
export type ModifierRole = 'negator' | 'intensifier' | 'downtoner' | 'contrast';
export interface ModifierEntry extends LexiconEntry {
  role: ModifierRole;
  factor: number;
}
export interface EscalationEntry extends LexiconEntry {
  risk: EscalationRisk;
  weight: number;
}
export interface RepeatContactEntry extends LexiconEntry {
  weight: number;
}
export type ComplaintSignal = 'problem' | 'accusation' | 'blame' | 'service';
export interface ComplaintEntry extends LexiconEntry {
  signal: ComplaintSignal;
  weight: number;
}
export interface CategoryEntry extends LexiconEntry {
  category: IssueCategory;
  weight: number;
}
export interface UrgencyEntry extends LexiconEntry {
  cue: UrgencyCueKind;
  weight: number;
}
export interface TokenClassEntry extends LexiconEntry {
  class: string;
}
export interface PerspectiveEntry extends LexiconEntry {
  mirror: string;
}
export type PolitenessRole = 'thanks' | 'courtesy' | 'request';
export interface PolitenessEntry extends LexiconEntry {
  role: PolitenessRole;
}
export interface NormaliseEntry extends LexiconEntry {
  becomes: string;
}

export interface Lexicon<E extends LexiconEntry> {
  name: string;
  /** The language its terms are in (a BCP 47 tag). */
  locale: string;
  about: string;
  entries: readonly E[];
}

type FieldCheck = { kind: 'number'; min: number; max: number } | { kind: 'string'; oneOf?: readonly string[] };

const EMOTIONS: readonly FeltEmotion[] = ['anger', 'frustration', 'anxiety', 'confusion', 'disappointment', 'satisfaction'];
const CATEGORIES: readonly IssueCategory[] = [
  'delivery', 'order', 'refund', 'billing', 'damaged', 'technical', 'account', 'cancellation', 'service', 'feedback', 'other',
];

function readLexicon<E extends LexiconEntry>(name: string, doc: unknown, fields: Record<string, FieldCheck>): Lexicon<E> {
  const fail = (where: string, why: string): never => {
    throw new Error(`lexicon ${name}: ${where}: ${why}`);
  };
  if (typeof doc !== 'object' || doc === null) return fail('file', 'not an object');
  const { locale, about, entries } = doc as { locale?: unknown; about?: unknown; entries?: unknown };
  localesOf({ [name]: { locale } });
  if (typeof about !== 'string') fail('about', 'missing');
  if (!Array.isArray(entries)) return fail('entries', 'not an array');
  entries.forEach((raw: unknown, i) => {
    const entry = raw as Record<string, unknown>;
    const where = `entry ${i} (${JSON.stringify(entry?.term)})`;
    for (const key of ['term', 'note', 'source']) {
      if (typeof entry?.[key] !== 'string' || entry[key] === '') fail(where, `"${key}" must be a non-empty string`);
    }
    for (const [key, check] of Object.entries(fields)) {
      const value = entry[key];
      if (check.kind === 'number') {
        if (typeof value !== 'number' || !(value >= check.min && value <= check.max)) {
          fail(where, `"${key}" must be a number in ${check.min}..${check.max}`);
        }
      } else if (typeof value !== 'string' || (check.oneOf && !check.oneOf.includes(value))) {
        fail(where, `"${key}" must be ${check.oneOf ? `one of ${check.oneOf.join(', ')}` : 'a string'}`);
      }
    }
  });
  return { name, locale: locale as string, about: about as string, entries: entries as E[] };
}

const weight = { kind: 'number', min: 0, max: 1 } as const;

export const emotionLexicon = readLexicon<EmotionEntry>('emotions.json', emotionsJson, {
  emotion: { kind: 'string', oneOf: EMOTIONS },
  weight,
});
export const modifierLexicon = readLexicon<ModifierEntry>('modifiers.json', modifiersJson, {
  role: { kind: 'string', oneOf: ['negator', 'intensifier', 'downtoner', 'contrast'] },
  factor: { kind: 'number', min: 0, max: 3 },
});
export const escalationLexicon = readLexicon<EscalationEntry>('escalation.json', escalationJson, {
  risk: { kind: 'string', oneOf: ['cancel', 'leave', 'review', 'chargeback', 'legal', 'regulator'] },
  weight,
});
export const repeatContactLexicon = readLexicon<RepeatContactEntry>('repeat-contact.json', repeatContactJson, { weight });
export const complaintLexicon = readLexicon<ComplaintEntry>('complaint.json', complaintJson, {
  signal: { kind: 'string', oneOf: ['problem', 'accusation', 'blame', 'service'] },
  weight,
});
export const categoryLexicon = readLexicon<CategoryEntry>('categories.json', categoriesJson, {
  category: { kind: 'string', oneOf: CATEGORIES },
  weight: { kind: 'number', min: 0, max: 5 },
});
export const urgencyLexicon = readLexicon<UrgencyEntry>('urgency.json', urgencyJson, {
  cue: { kind: 'string', oneOf: ['deadline', 'plea', 'health', 'safety', 'business'] },
  weight,
});
export const politenessLexicon = readLexicon<PolitenessEntry>('politeness.json', politenessJson, {
  role: { kind: 'string', oneOf: ['thanks', 'courtesy', 'request'] },
});
export const tokenClassLexicon = readLexicon<TokenClassEntry>('token-classes.json', tokenClassesJson, {
  class: { kind: 'string' },
});
export const perspectiveLexicon = readLexicon<PerspectiveEntry>('perspective.json', perspectiveJson, {
  mirror: { kind: 'string' },
});
export const normaliseLexicon = readLexicon<NormaliseEntry>('normalise.json', normaliseJson, {
  becomes: { kind: 'string' },
});

/** Lexicons whose terms are matched against the customer's words (tests keep them tidy). */
export const MATCHED_LEXICONS: readonly Lexicon<LexiconEntry>[] = [
  emotionLexicon,
  modifierLexicon,
  escalationLexicon,
  repeatContactLexicon,
  complaintLexicon,
  categoryLexicon,
  urgencyLexicon,
  politenessLexicon,
  tokenClassLexicon,
  perspectiveLexicon,
  normaliseLexicon,
];

/** The languages the analysis reads: those its lexicons declare they are written in. */
export const ANALYSIS_LANGUAGES: ReadonlySet<string> = localesOf(Object.fromEntries(MATCHED_LEXICONS.map((l) => [l.name, l])));
