/**
 * Ranking: which of the packs' phrases fit this customer now. Every point of the score has a reason
 * the agent can read ("why this"). Hard rules first (a phrase written for chat is not offered on
 * e-mail, one for delivery not for billing), then fit, then the agent's own habits.
 */
import type { EmotionLabel } from '../analysis/types';
import type { ConversationStage, Pack, Phrase, PhraseKind, Presumption } from '../packs/schema';
import { PHRASE_KINDS } from '../packs/schema';
import { renderTemplate, templateVariables, type TemplateValues } from '../packs/template';
import { withPlaceholders } from './placeholders';
import { phraseKey, preferenceBoost } from './preferences';
import { contentWords, isNearDuplicate } from './similarity';
import type { SuggestContext, SuggestInsight, Suggestion } from './types';
import { issueOf, questionOf, templateValuesFor } from './variables';
import {
  anyConversationReason,
  categoryReason,
  channelReason,
  deadlineReason,
  feelingReason,
  kindReason,
  mirrorReason,
  needsReason,
  pickedReason,
  secondaryFeelingReason,
  stageReason,
} from './why';

export interface Candidate extends Suggestion {
  words: Set<string>;
  /** Position across the packs, for a stable tie-break. */
  order: number;
}

const INTENSITY_SLACK = 0.05;
const MIN_CATEGORY_CONFIDENCE = 0.5;

/** The customer's own words behind the mirror phrase, short enough to quote. */
function quoted(insight: SuggestInsight, issue: string | undefined): string | undefined {
  const source = insight.mirror?.[0]?.source?.text ?? issue;
  if (!source) return undefined;
  const words = source.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : source.trim();
}

export function resolveStage(insight: SuggestInsight, ctx: Pick<SuggestContext, 'stage'>): ConversationStage {
  if (ctx.stage) return ctx.stage;
  return insight.repeatContact && insight.repeatContact.length > 0 ? 'repeat' : 'first';
}

/** Words in their latest message from which it counts as detailed (a paragraph, not a line). */
const DETAILED_WORDS = 40;
/** A message longer than this has usually said what happened, even when none of it can be said back. */
const UNCLEAR_MAX_WORDS = 12;

/**
 * What is known to hold for this conversation — from the history database (`earlierContacts`), the
 * conversation itself (an agent reply, their words) — so that a phrase taking something for granted
 * is offered only when it is true. Nothing is guessed: unknown means not offered.
 */
export function knownPresumptions(insight: SuggestInsight, ctx: Pick<SuggestContext, 'stage' | 'agentReplied' | 'earlierContacts'>): Set<Presumption> {
  const known = new Set<Presumption>();
  const agentReplied = ctx.agentReplied === true || ctx.stage === 'followup';
  if (agentReplied) known.add('agent-replied');
  if (agentReplied || (ctx.earlierContacts ?? 0) > 0) known.add('earlier-contact');
  const repeat = (insight.repeatContact?.length ?? 0) > 0;
  if (repeat) known.add('repeat-contact');
  if (repeat || insight.kind === 'chase') known.add('waited');
  if (insight.resolved) known.add('resolved');
  // A date alone may be in the past ("I bought it on the 17th"): a deadline needs urgency too.
  if ((insight.urgency?.score ?? 0) >= 0.5 && insight.urgency?.cues?.some((c) => c.kind === 'deadline')) known.add('deadline');
  if (questionOf(insight)) known.add('question');
  const latest = insight.messages?.[insight.messages.length - 1]?.text ?? '';
  if (latest.split(/\s+/).filter(Boolean).length >= DETAILED_WORDS) known.add('detailed-message');
  // A short first message that reports a problem but names nothing to look into: the reply asks
  // before it promises to sort it. (A chase or a later message refers to what was said before; a
  // detailed message has said what happened, even when none of it can be said back.)
  const firstMessage = (insight.messages?.length ?? 1) <= 1 && !agentReplied && !repeat;
  const clearCategory = insight.category.label !== 'other' && insight.category.confidence >= MIN_CATEGORY_CONFIDENCE;
  const short = latest.split(/\s+/).filter(Boolean).length <= UNCLEAR_MAX_WORDS;
  const unclear = short && !clearCategory && !issueOf(insight) && !questionOf(insight) && !latest.includes('?');
  if ((insight.kind === 'problem' || insight.kind === 'complaint') && firstMessage && unclear) known.add('unclear-issue');
  return known;
}

interface Fit {
  score: number;
  reasons: string[];
}

/** How well one phrase fits, or null when a hard rule rules it out. */
function fit(phrase: Phrase, insight: SuggestInsight, ctx: SuggestContext, stage: ConversationStage, values: TemplateValues, known: ReadonlySet<Presumption>): Fit | null {
  const reasons: string[] = [];
  let score = 0;
  // Hard rules first: a phrase that presumes what is not known, or was written for another kind of message.
  if (phrase.requires && !phrase.requires.every((r) => known.has(r))) return null;
  if (phrase.messageKinds && insight.kind) {
    if (!phrase.messageKinds.includes(insight.kind)) return null;
    score += phrase.messageKinds.length <= 2 ? 1 : 0.5;
    reasons.push(kindReason(insight.kind));
  }
  if (phrase.requires) score += 0.5 * phrase.requires.length;
  const primary: EmotionLabel = insight.emotion.label;
  let intensity = primary === 'neutral' ? 0 : insight.emotion.intensity;

  // Feeling: written for their strongest feeling, for another one they show, or for any.
  if (phrase.emotions) {
    if (phrase.emotions.includes(primary)) {
      // Written for this feeling alone beats written for several.
      score += 3 + (phrase.emotions.length === 1 ? 0.6 : phrase.emotions.length === 2 ? 0.3 : 0);
      reasons.push(feelingReason(primary, intensity));
    } else {
      const secondary = (insight.emotions ?? []).find((e) => e.label !== primary && e.intensity >= 0.25 && phrase.emotions?.includes(e.label));
      if (!secondary) return null;
      intensity = secondary.intensity;
      score += 1.5;
      reasons.push(secondaryFeelingReason(secondary.label));
    }
  } else {
    score += 0.5;
  }
  if (phrase.minIntensity !== undefined) {
    if (intensity + INTENSITY_SLACK < phrase.minIntensity) return null;
    score += 0.5;
  }
  if (phrase.maxIntensity !== undefined && intensity - INTENSITY_SLACK > phrase.maxIntensity) return null;

  if (phrase.categories) {
    // A phrase about one kind of issue says something specific: only when the category is clear.
    if (!phrase.categories.includes(insight.category.label) || insight.category.confidence < MIN_CATEGORY_CONFIDENCE) return null;
    score += 2 * Math.max(0.3, insight.category.confidence);
    reasons.push(categoryReason(insight.category.label));
  }

  const channel = ctx.channel && ctx.channel !== 'unknown' ? ctx.channel : undefined;
  if (phrase.channels) {
    if (channel && !phrase.channels.includes(channel)) return null;
    if (channel) {
      score += 0.1;
      reasons.push(channelReason(channel));
    } else {
      score -= 0.2;
    }
  }

  if (phrase.stages) {
    if (!phrase.stages.includes(stage)) return null;
    score += 1;
    reasons.push(stageReason(stage));
  }

  const variables = templateVariables(phrase.text);
  if (variables.includes('issue') && values.issue) {
    score += 1.2;
    const words = quoted(insight, values.issue);
    reasons.push(mirrorReason(words));
  }

  if (phrase.tags?.includes('urgent')) {
    if ((insight.urgency?.score ?? 0) >= 0.5) {
      score += 0.8;
      reasons.push(deadlineReason());
    } else {
      score -= 0.5;
    }
  }

  return { score, reasons };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every phrase that fits, scored and rendered, best first (no limits, no de-duplication). */
export function rankCandidates(insight: SuggestInsight, ctx: SuggestContext): Candidate[] {
  const stage = resolveStage(insight, ctx);
  const values = templateValuesFor(insight, ctx);
  const known = knownPresumptions(insight, { ...ctx, stage });
  const kinds = new Set<PhraseKind>(ctx.kinds ?? PHRASE_KINDS);
  const excluded = new Set(ctx.exclude ?? []);
  const candidates: Candidate[] = [];
  let order = 0;
  ctx.packs.forEach((pack: Pack, packIndex) => {
    for (const phrase of pack.phrases) {
      order++;
      if (!kinds.has(phrase.kind)) continue;
      const key = phraseKey(pack.id, phrase.id);
      if (excluded.has(key)) continue;
      const f = fit(phrase, insight, ctx, stage, values, known);
      if (!f) continue;
      const rendered = renderTemplate(phrase.text, values);
      const shown = withPlaceholders(rendered);
      let score = f.score - 1 * rendered.missing.length - 0.25 * packIndex;
      const reasons = [...f.reasons];
      if (rendered.missing.length > 0) reasons.push(needsReason(rendered.missing));
      const boost = preferenceBoost(ctx.preferences, key);
      if (boost > 0) {
        score += boost;
        const count = ctx.preferences?.picks[key] ?? 0;
        reasons.push(pickedReason(count));
      }
      const said = reasons.filter(Boolean);
      const why = said.length > 0 ? capitalise(said.slice(0, 3).join('; ')) : phrase.note ?? anyConversationReason();
      candidates.push({
        key,
        packId: pack.id,
        phrase,
        kind: phrase.kind,
        text: shown.text,
        missing: rendered.missing,
        gaps: shown.gaps,
        placeholders: shown.placeholders,
        score: Math.round(score * 100) / 100,
        why,
        words: contentWords(rendered.text),
        order,
      });
    }
  });
  return candidates.sort((a, b) => b.score - a.score || a.order - b.order);
}

function strip(candidate: Candidate): Suggestion {
  const { words: _words, order: _order, ...suggestion } = candidate;
  return suggestion;
}

/**
 * The phrases to offer for this insight, best first: at most `limit` (12), `perKind` (3) of a kind,
 * no two near-duplicates, variables filled (gaps listed in `missing`).
 */
export function suggest(insight: SuggestInsight, ctx: SuggestContext): Suggestion[] {
  const limit = ctx.limit ?? 12;
  const perKind = ctx.perKind ?? 3;
  const chosen: Candidate[] = [];
  const perKindCount = new Map<PhraseKind, number>();
  for (const candidate of rankCandidates(insight, ctx)) {
    if (chosen.length >= limit) break;
    // Their words said back only when they could be: a phrase with a gap for them is not usable as it is.
    if (candidate.missing.includes('issue') || candidate.missing.includes('question')) continue;
    if ((perKindCount.get(candidate.kind) ?? 0) >= perKind) continue;
    if (chosen.some((c) => isNearDuplicate(c.words, candidate.words))) continue;
    chosen.push(candidate);
    perKindCount.set(candidate.kind, (perKindCount.get(candidate.kind) ?? 0) + 1);
  }
  return chosen.map(strip);
}
