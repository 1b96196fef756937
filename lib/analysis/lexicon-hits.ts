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
import { longestMatches, PhraseMatcher, type PhraseMatch } from './phrase-matcher';
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

export function findLexiconHits(tokens: readonly Token[]): LexiconHits {
  const hits: LexiconHits = { emotion: [], modifier: [], escalation: [], repeat: [], complaint: [], category: [], urgency: [], politeness: [] };
  // One pass to group by lexicon; the per-lexicon lists are small, so resolving overlaps is cheap.
  for (const m of matcher.findAll(tokens)) {
    const list = hits[m.payload.lexicon] as PhraseMatch<unknown>[];
    list.push({ payload: m.payload.entry, from: m.from, to: m.to });
  }
  return {
    emotion: longestMatches(hits.emotion),
    modifier: longestMatches(hits.modifier),
    escalation: longestMatches(hits.escalation),
    repeat: longestMatches(hits.repeat),
    complaint: longestMatches(hits.complaint),
    category: longestMatches(hits.category),
    urgency: longestMatches(hits.urgency),
    politeness: longestMatches(hits.politeness),
  };
}
