/**
 * The reply checklist: "Customers need to know: a.) they've been heard; b.) a timescale for a
 * resolution; c.) who's responsible; d.) updates if there are any unexpected delays" (seed
 * article 000, docs/principles.md §1). Each item shows where the draft already does it, or a sentence
 * the agent could add.
 */
import type { Checklist, ChecklistEvidence, ChecklistItem, GuardContext, TextRange } from './types';
import { draftView, isQuestion, sentenceAt, type DraftView } from './text';
import { CONCRETE_TIME } from './time-phrases';

const Q = `['’]`;

// Openings that restate what the customer told us ("So your parcel …", "I understand that your …").
const RESTATES_PROBLEM = new RegExp(
  (
    String.raw`^(?:(?:hi|hello|dear|thanks|thank you)[^,.!?\n]{0,40}[,.!]\s*)?(?:ok(?:ay)?,?\s+)?(?:so\s+(?:your|you|the|it|if i)|just so i(?:${Q}ve|` +
    String.raw` have) got this right|it sounds (?:like|as if)|it seems (?:like|that)\s+(?:your|you)|i understand (?:that\s+)?(?:your|you|the|how|why|this|` +
    String.raw`it)|i can see (?:that\s+)?(?:your|you|the|why|how|this|it)|i hear (?:that\s+)?you|you mentioned|you(?:${Q}ve| have) (?:told|said|explained|` +
    String.raw`mentioned)|you said|from what you(?:${Q}ve| have)? (?:described|said|told)|if i(?:${Q}ve| have) understood|i see (?:that\s+)?(?:your|you)|` +
    String.raw`thanks? (?:you )?for (?:letting (?:me|us) know|explaining|telling (?:me|us)) (?:that|about)|i(?:${Q}m| am) (?:so |really |very |` +
    String.raw`truly )?sorry (?:to hear |to read |to learn )?(?:that\s+)?(?:your|you(?!r? (?:time|patience|wait))|the [\w-]+ (?:you|hasn|has|was|is|didn|` +
    String.raw`did|still))|i get (?:that|why|how)|i can (?:understand|imagine) (?:how|why|that))`
  ),
  'i',
);

// The time has to be about what happens next, not when they ordered ("you placed it on Monday").
const FUTURE_MARKER = new RegExp((
  String.raw`\b(?:will|${Q}ll|going to|shall|expect(?:ed)? to|aim to|plan to|scheduled|due|be with you|arrives?|reach(?:es)? you|should (?:arrive|be|` +
  String.raw`reach|land|get)|have (?:an? |the )?(?:answer|update|reply) for you|back to you)\b`
), 'i');
// "3pm on Wednesday", "tomorrow, by noon": neighbouring parts of one time read as one.
const TIME_JOINER = /^\s*(?:on|at|,|the|by|in the)?\s*$/i;

const OWNER = new RegExp(
  [
      (
        String.raw`\b(?:i${Q}ll|i will|i${Q}m going to|i am going to|let me|i${Q}m (?:personally |now |already )?(?:looking|handling|taking|dealing|working|` +
        String.raw`following|chasing|checking|arranging|sorting|investigating|on it|on this|your point)|i am (?:personally |now |already )?(?:looking|handling|` +
        String.raw`taking|dealing|working|following|chasing|checking|arranging|sorting|investigating)|i(?:${Q}ve| have) (?:personally |already |` +
        String.raw`just )?(?:taken|escalated|asked|raised|passed|booked|arranged|issued|processed|sent|refunded|contacted|spoken|chased|logged|set up|added|` +
        String.raw`flagged|opened|requested|ordered|cancelled|credited)|(?:our|the) [\w-]+(?: [\w-]+)? team (?:will|is|are|has|have|${Q}ll|${Q}s)|my colleague|` +
        String.raw`i personally|point of contact|looking after (?:this|your|it)|taking ownership|(?:it|this) myself)\b`
      ),
      String.raw`\b[A-Z][a-z]+ (?:from|in|on) (?:our|the) [A-Za-z-]+ team\b`,
    ].join('|'),
  'gi',
);

const UPDATES = new RegExp(
  (
    String.raw`\b(?:keep (?:you )?(?:updated|posted|informed|in the loop)|(?:i|we)(?:${Q}ll| will| shall|${Q}m going to| am going to|${Q}re going to|` +
    String.raw` are going to) (?:\w+ )?(?:update you|let you know|be in touch|get back to you|contact you|email you|e-mail you|call you|ring you|` +
    String.raw`message you|text you|follow up|reach out|send (?:you )?(?:an? |another )?(?:update|note|message|email)|come back to you|write (?:to you|` +
    String.raw`back)|check in|confirm|touch base|tell you)|you${Q}ll (?:hear|get an update|receive an update|get a (?:reply|message|call|text|` +
    String.raw`email)) (?:back )?from (?:me|us)|if anything changes|if (?:there${Q}s|there is) (?:a|any) (?:delay|change|problem|hold-up|update)|(?:even|` +
    String.raw`either way) if|update you|i${Q}ll be in touch)\b`
  ),
  'i',
);

function evidence(view: DraftView, range: TextRange): ChecklistEvidence {
  return { start: range.start, end: range.end, text: view.source.slice(range.start, range.end) };
}

const STOPWORDS = new Set([
  'your', 'you', 'that', 'this', 'have', 'has', 'with', 'from', 'they', 'them', 'been', 'were',
  'what', 'when', 'still', 'about', 'there', 'their', 'would', 'could', 'should', 'which', 'just',
  'into', 'than', 'then', 'very', 'will',
]);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9’']{4,}/g) ?? []).filter((w) => !STOPWORDS.has(w));
}

/** Where the draft mirrors one of the analysis' phrases: verbatim, or most of its key words in one sentence. */
function findMirror(view: DraftView, phrases: string[]): ChecklistEvidence | undefined {
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join('\\s+');
    const m = new RegExp(body, 'i').exec(view.masked);
    if (m) return evidence(view, { start: m.index, end: m.index + m[0].length });
  }
  for (const phrase of phrases) {
    const words = [...new Set(contentWords(phrase))];
    if (words.length === 0) continue;
    const needed = Math.max(1, Math.ceil(words.length * 0.6));
    for (const sentence of view.sentences) {
      const sentenceWords = new Set(contentWords(view.masked.slice(sentence.start, sentence.end)));
      const shared = words.filter((w) => sentenceWords.has(w) || sentenceWords.has(w.replace(/s$/, ''))).length;
      if (shared >= needed) return evidence(view, sentence);
    }
  }
  return undefined;
}

function heard(view: DraftView, ctx: GuardContext): ChecklistItem {
  const mirror = ctx.mirrorPhrases?.filter((p) => p.trim()) ?? [];
  const suggestion = mirror[0]
    ? `I understand that ${mirror[0].replace(/[.!?]+$/, '')}, and I can see why that's frustrating.`
    : "I understand this still hasn't been sorted out, and I can see why that's frustrating.";
  const mirrored = mirror.length > 0 ? findMirror(view, mirror) : undefined;
  if (mirrored) return { ok: true, evidence: mirrored, suggestion };
  for (const sentence of view.sentences) {
    const text = view.masked.slice(sentence.start, sentence.end);
    if (RESTATES_PROBLEM.test(text)) return { ok: true, evidence: evidence(view, sentence), suggestion };
  }
  return { ok: false, suggestion };
}

function timescale(view: DraftView, ctx: GuardContext): ChecklistItem {
  const suggestion = `I'll have an answer for you ${ctx.timescalePhrase ?? 'by the end of tomorrow'}.`;
  CONCRETE_TIME.lastIndex = 0;
  for (let m = CONCRETE_TIME.exec(view.masked); m; m = CONCRETE_TIME.exec(view.masked)) {
    const sentence = sentenceAt(view, m.index);
    if (isQuestion(view, sentence)) continue;
    if (!FUTURE_MARKER.test(view.masked.slice(sentence.start, sentence.end))) continue;
    let end = m.index + m[0].length;
    for (let next = CONCRETE_TIME.exec(view.masked); next && TIME_JOINER.test(view.masked.slice(end, next.index)); next = CONCRETE_TIME.exec(view.masked)) {
      end = next.index + next[0].length;
    }
    return { ok: true, evidence: evidence(view, { start: m.index, end }), suggestion };
  }
  return { ok: false, suggestion };
}

function owner(view: DraftView): ChecklistItem {
  const suggestion = "I'm looking after this myself.";
  OWNER.lastIndex = 0;
  const m = OWNER.exec(view.masked);
  if (m) return { ok: true, evidence: evidence(view, { start: m.index, end: m.index + m[0].length }), suggestion };
  return { ok: false, suggestion };
}

function updates(view: DraftView): ChecklistItem {
  const suggestion = "If anything changes before then, I'll let you know straight away.";
  const m = UPDATES.exec(view.masked);
  if (m) return { ok: true, evidence: evidence(view, { start: m.index, end: m.index + m[0].length }), suggestion };
  return { ok: false, suggestion };
}

export function checkReply(text: string, ctx: GuardContext = {}): Checklist {
  const view = draftView(text);
  return { heard: heard(view, ctx), timescale: timescale(view, ctx), owner: owner(view), updates: updates(view) };
}
