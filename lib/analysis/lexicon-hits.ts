/**
 * One pass of all matched lexicons over a message's tokens, grouped by lexicon, each with overlaps
 * resolved leftmost-longest.
 */
import {
  categoryLexicon,
  complaintLexicon,
  emotionLexicon,
  escalationLexicon,
  modifierLexicon,
  politenessLexicon,
  repeatContactLexicon,
  urgencyLexicon,
  type CategoryEntry,
  type ComplaintEntry,
  type EmotionEntry,
  type EscalationEntry,
  type ModifierEntry,
  type PolitenessEntry,
  type RepeatContactEntry,
  type UrgencyEntry,
} from './lexicon';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher';
import type { Token } from './tokenize';

type Hit =
  | { lexicon: 'emotion'; entry: EmotionEntry }
  | { lexicon: 'modifier'; entry: ModifierEntry }
  | { lexicon: 'escalation'; entry: EscalationEntry }
  | { lexicon: 'repeat'; entry: RepeatContactEntry }
  | { lexicon: 'complaint'; entry: ComplaintEntry }
  | { lexicon: 'category'; entry: CategoryEntry }
  | { lexicon: 'urgency'; entry: UrgencyEntry }
  | { lexicon: 'politeness'; entry: PolitenessEntry };

export interface LexiconHits {
  emotion: PhraseMatch<EmotionEntry>[];
  modifier: PhraseMatch<ModifierEntry>[];
  escalation: PhraseMatch<EscalationEntry>[];
  repeat: PhraseMatch<RepeatContactEntry>[];
  complaint: PhraseMatch<ComplaintEntry>[];
  category: PhraseMatch<CategoryEntry>[];
  urgency: PhraseMatch<UrgencyEntry>[];
  politeness: PhraseMatch<PolitenessEntry>[];
}

const matcher = new PhraseMatcher<Hit>();
for (const entry of emotionLexicon.entries) matcher.add(entry.term, { lexicon: 'emotion', entry });
for (const entry of modifierLexicon.entries) matcher.add(entry.term, { lexicon: 'modifier', entry });
for (const entry of escalationLexicon.entries) matcher.add(entry.term, { lexicon: 'escalation', entry });
for (const entry of repeatContactLexicon.entries) matcher.add(entry.term, { lexicon: 'repeat', entry });
for (const entry of complaintLexicon.entries) matcher.add(entry.term, { lexicon: 'complaint', entry });
for (const entry of categoryLexicon.entries) matcher.add(entry.term, { lexicon: 'category', entry });
for (const entry of urgencyLexicon.entries) matcher.add(entry.term, { lexicon: 'urgency', entry });
for (const entry of politenessLexicon.entries) matcher.add(entry.term, { lexicon: 'politeness', entry });

/**
 * The leftmost-longest choice of `longestMatches`, made while the trie is walked: matches come in
 * order of their first token, all those starting at one token together, so each lexicon keeps only
 * its longest candidate at the current token (the first found among equally long ones, as the
 * stable sort did) and takes it when it starts at or after the end of the last one taken. No
 * match that would be dropped is ever built.
 */
interface Pending {
  list: PhraseMatch<unknown>[];
  /** The end of the last match taken. */
  covered: number;
  from: number;
  to: number;
  payload: unknown;
}

function take(p: Pending): void {
  if (p.from >= 0 && p.from >= p.covered) {
    p.list.push({ payload: p.payload, from: p.from, to: p.to });
    p.covered = p.to;
  }
  p.from = -1;
}

export function findLexiconHits(tokens: readonly Token[]): LexiconHits {
  const hits: LexiconHits = { emotion: [], modifier: [], escalation: [], repeat: [], complaint: [], category: [], urgency: [], politeness: [] };
  const pending = {} as Record<Hit['lexicon'], Pending>;
  for (const lexicon of LEXICONS) pending[lexicon] = { list: hits[lexicon] as PhraseMatch<unknown>[], covered: -1, from: -1, to: -1, payload: undefined };
  matcher.forEachMatch(tokens, (payload, from, to) => {
    const p = pending[payload.lexicon];
    if (p.from === from) {
      if (to > p.to) {
        p.to = to;
        p.payload = payload.entry;
      }
      return;
    }
    take(p);
    if (from < p.covered) return;
    p.from = from;
    p.to = to;
    p.payload = payload.entry;
  });
  for (const lexicon of LEXICONS) take(pending[lexicon]);
  return hits;
}

const LEXICONS: readonly Hit['lexicon'][] = ['emotion', 'modifier', 'escalation', 'repeat', 'complaint', 'category', 'urgency', 'politeness'];
