/**
 * "Draft a reply": a whole reply in the shape the customer's message needs, built from the
 * best-fitting phrases, for the agent to edit before inserting.
 *
 * - A question (or a plain request): their question said back when it can be, then a marked slot
 *   for the answer, then a short offer to explain more. No case handling for something to answer.
 * - A problem, a complaint or a chase: the four points every such reply needs (docs/principles.md
 *   §1) — they were heard (their words, reported, and a sorry for the experience, §2), who is
 *   responsible, a timescale, updates if it slips — between a greeting and a closing that fit.
 * - Thanks: a short, warm note (a compliment accepted only when it was said to us); nothing case-like.
 * - No request: a short acknowledgement and a marked slot for the agent's reply.
 * - Both end with an open door: anything else comes straight to this agent, with the time they will
 *   reply by — who and when, said lightly, without opening a case.
 *
 * What the draft cannot know stays a visible gap ("[when: date and time]", "[your answer here]"),
 * never a sentence that reads as finished; phrases that need their words (`{{issue}}`,
 * `{{question}}`) are used only when those words could be said back grammatically.
 */
import type { MessageKind } from '../analysis/types';
import type { PhraseKind } from '../packs/schema';
import type { TemplateGap } from '../packs/template';
import { placeholderText } from './placeholders';
import { rankCandidates, type Candidate } from './rank';
import { isNearDuplicate, sameOpening, sharesWordRun } from './similarity';
import type { DraftPart, DraftReply, Placeholder, ReplyPoint, SuggestContext, SuggestInsight } from './types';

interface Piece {
  text: string;
  gaps: TemplateGap[];
  placeholders: Placeholder[];
  missing: string[];
  key: string;
}

const THANKS = /\bthank/i;
const HOPE = /\bhope\b/i;
/** The customer thanks someone ("thanks", "cheers", "much appreciated"). */
const THANKED = /\b(?:thank|thx|thnx|thks|ty|cheers|appreciate[ds]?|grateful)/i;
/** The message speaks to us ("you", "your team", "ur"). */
const ADDRESSED = /\b(?:you|your|yours|u|ur|y'all|yall)\b/i;
const NEGATIVE = new Set(['anger', 'frustration', 'disappointment']);

/** The message kind, inferred from the older insight fields when the analysis did not name one. */
export function draftShape(insight: SuggestInsight): MessageKind {
  if (insight.kind) return insight.kind;
  if (insight.emotion.label === 'satisfaction') return 'thanks';
  if (insight.complaint || NEGATIVE.has(insight.emotion.label)) return (insight.repeatContact?.length ?? 0) > 0 ? 'chase' : 'complaint';
  return 'problem';
}

/** A marked slot where the agent writes what only they know (the answer, their reply). */
function slot(variable: 'answer' | 'reply'): Piece {
  const text = placeholderText(variable);
  return { text, gaps: [{ variable, index: 0 }], placeholders: [{ variable, start: 0, end: text.length }], missing: [variable], key: '' };
}

export function draftReply(insight: SuggestInsight, ctx: SuggestContext): DraftReply {
  const shape = draftShape(insight);
  const shaped: SuggestInsight = insight.kind ? insight : { ...insight, kind: shape };
  const ranked = rankCandidates(shaped, { ...ctx, kinds: undefined });
  const used: Candidate[] = [];

  const theirWords = (c: Candidate) => c.phrase.text.includes('{{issue') || c.phrase.text.includes('{{question');
  const pick = (kind: PhraseKind, prefer?: (c: Candidate) => boolean): Piece | undefined => {
    const pool = ranked.filter(
      (c) =>
        c.kind === kind &&
        // A phrase tagged "verify" says something the agent must check is true (a hand-off, a call):
        // offered as a suggestion, never put into a draft on the agent's behalf.
        !c.phrase.tags?.includes('verify') &&
        // Their words are said back only when they could be: never a gap where their words go.
        !c.missing.includes('issue') &&
        !c.missing.includes('question') &&
        // Their words said back once is mirroring; twice is parroting.
        !(theirWords(c) && used.some(theirWords)) &&
        !used.some((u) => u.key === c.key || isNearDuplicate(u.words, c.words) || sharesWordRun(u.text, c.text) || sameOpening(u.text, c.text)),
    );
    const best = (prefer && pool.find(prefer)) ?? pool[0];
    if (!best) return undefined;
    used.push(best);
    return { text: best.text, gaps: best.gaps, placeholders: best.placeholders, missing: best.missing, key: best.key };
  };

  /** A phrase of this kind that passes `only`, or none: never another phrase in its place. */
  const pickOnly = (kind: PhraseKind, only: (c: Candidate) => boolean): Piece | undefined => {
    const fits = ranked.some((c) => c.kind === kind && only(c));
    return fits ? pick(kind, only) : undefined;
  };
  // Thanks and chatter end with an open door: who picks up anything else, and by when.
  const openDoor = (c: Candidate) => c.phrase.tags?.includes('open-door') === true && !c.missing.includes('timescale');

  const { label, intensity } = insight.emotion;
  const strong = label !== 'neutral' && label !== 'satisfaction' && intensity >= 0.5;
  const latest = insight.messages?.[insight.messages.length - 1]?.text ?? '';
  // They asked something beside the problem ("… why is it still not here?"): the answer has a place too.
  const asked = Boolean(insight.question) || latest.includes('?');
  const points: Array<[ReplyPoint | 'answer' | 'follow' | 'door', (Piece | undefined)[]]> = [];
  if (shape === 'question') {
    const heard = pick('acknowledge', theirWords);
    // A question asked in distress or with a complaint in it ("what is going on?!") is heard first.
    // (Not for a bare complaint flag or a mild reading: "please cancel" is not distress.)
    const sorry = NEGATIVE.has(label) && (intensity >= 0.5 || (insight.complaint === true && intensity >= 0.4)) ? pick('apology') : undefined;
    const feeling = !sorry && (label === 'anxiety' || label === 'confusion') && intensity >= 0.5 ? pick('empathy') : undefined;
    // Answer first; then, since an answer may need checking, who follows it up, by when, and how they will hear.
    points.push(['heard', [heard, sorry, feeling]], ['answer', [slot('answer')]], ['follow', [pick('timescale')]]);
  } else if (shape === 'no-request') {
    points.push(['heard', [pick('acknowledge')]], ['answer', [slot('reply')]], ['door', [pickOnly('closing', openDoor)]]);
  } else if (shape === 'thanks') {
    // "Thank you for your kind message" only for thanks or praise said to us; praise of something
    // else, or a post passed on, is thanked for being shared.
    const toUs = insight.resolved === true || THANKED.test(latest) || ADDRESSED.test(latest);
    const shared = (c: Candidate) => c.phrase.tags?.includes('shared') === true;
    points.push(['heard', [pick('acknowledge', (c) => shared(c) !== toUs)]], ['door', [pickOnly('closing', openDoor)]]);
  } else {
    // Heard: their words (reported, not confirmed) and a sorry for the experience.
    const acknowledge = pick('acknowledge', theirWords);
    const apology = pick('apology', theirWords);
    // One sentence of feeling is enough: empathy only where no apology could be said.
    const feeling = !apology && strong && shape !== 'problem' ? pick('empathy') : undefined;
    const deescalate = strong && shape !== 'problem' ? pick('deescalate') : undefined;
    points.push(['heard', [acknowledge, apology, feeling]]);
    if (asked) points.push(['answer', [slot('answer')]]);
    // When their message does not say what went wrong, the owner asks for it before promising anything.
    const asks = (c: Candidate) => c.phrase.requires?.includes('unclear-issue') === true;
    points.push(['owner', [deescalate, pick('ownership', asks)]], ['timescale', [pick('timescale', asks)]], ['updates', [pick('update')]]);
  }
  // The greeting last, so it can leave the thanks to the acknowledgement: one "thanks" at the top is enough.
  const thanked = used.some((u) => THANKS.test(u.text));
  const greeting = pick('greeting', thanked ? (c) => !THANKS.test(c.text) : undefined);
  // One thank-you per reply (a closing that thanks them again reads as a form letter), and no
  // "I hope that helps" under a sorry: the answer has not helped yet.
  const thankedOnce = used.some((u) => THANKS.test(u.text));
  const apologised = used.some((u) => u.kind === 'apology');
  const closing = pick('closing', thankedOnce || apologised ? (c) => !(thankedOnce && THANKS.test(c.text)) && !(apologised && HOPE.test(c.text)) : undefined);
  const email = ctx.channel === undefined || ctx.channel === 'email' || ctx.channel === 'unknown';
  const signoff = email ? pick('signoff') : undefined;

  // Assemble, keeping each gap's and placeholder's offset in the final text.
  let text = '';
  const gaps: TemplateGap[] = [];
  const placeholders: Placeholder[] = [];
  const missing: string[] = [];
  const append = (piece: Piece | undefined, separator: string) => {
    if (!piece || !piece.text) return;
    const sep = text ? separator : '';
    const offset = text.length + sep.length;
    text += sep + piece.text;
    for (const g of piece.gaps) gaps.push({ variable: g.variable, index: offset + g.index });
    for (const p of piece.placeholders) placeholders.push({ variable: p.variable, start: offset + p.start, end: offset + p.end });
    for (const m of piece.missing) if (!missing.includes(m)) missing.push(m);
  };

  const parts: DraftPart[] = [];
  const paragraph = '\n\n';
  append(greeting, '');
  for (const [point, pieces] of points) {
    const present = pieces.filter((p): p is Piece => Boolean(p?.text));
    if (present.length === 0) continue;
    // E-mail: the greeting on its own line, then heard, the plan (owner, timescale), updates.
    // Chat: "Hi Jane, <heard>" then the plan in one short paragraph.
    present.forEach((piece, i) => {
      const startsParagraph = i === 0 && (((point === 'heard' || point === 'updates') && email) || point === 'owner' || point === 'answer' || point === 'follow' || point === 'door');
      append(piece, startsParagraph ? paragraph : ' ');
    });
    const said = present.map((p) => p.text).join(' ');
    const keys = present.map((p) => p.key);
    // A question's follow-up is one sentence that says who checks, by when, and that they will hear.
    if (point === 'follow') for (const covered of ['owner', 'timescale', 'updates'] as const) parts.push({ point: covered, text: said, keys });
    // The open door says who picks up anything else ("straight to me") and by when.
    else if (point === 'door') for (const covered of ['owner', 'timescale'] as const) parts.push({ point: covered, text: said, keys });
    else if (point !== 'answer') parts.push({ point, text: said, keys });
  }
  append(closing, paragraph);
  append(signoff, paragraph);

  return {
    text,
    parts,
    greeting: greeting?.text,
    closing: closing?.text,
    missing,
    gaps,
    placeholders,
    shape,
    keys: used.map((u) => u.key),
  };
}
