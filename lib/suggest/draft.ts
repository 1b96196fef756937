/**
 * "Draft a reply": a complete reply in the four-point shape every customer needs (PRINCIPLES.md §1)
 * — they have been heard, a timescale, who is responsible, updates if it slips — between a
 * greeting and a closing, built from the best-fitting phrases. The agent edits it before inserting.
 */
import type { PhraseKind } from '../packs/schema';
import type { TemplateGap } from '../packs/template';
import { rankCandidates, type Candidate } from './rank';
import { isNearDuplicate, sameOpening, sharesWordRun } from './similarity';
import type { DraftPart, DraftReply, ReplyPoint, SuggestContext, SuggestInsight } from './types';

/** After the acknowledgement: the sorry is "the heart of the message" for a complaint; else empathy. */
function heardFollowUp(insight: SuggestInsight): PhraseKind | undefined {
  const label = insight.emotion.label;
  if (label === 'anger' || label === 'frustration' || label === 'disappointment') return 'apology';
  if (label === 'neutral') return insight.complaint ? 'apology' : undefined;
  return 'empathy';
}

function needsDeescalation(insight: SuggestInsight): boolean {
  const { label, intensity } = insight.emotion;
  return (label === 'anger' || label === 'frustration') && intensity >= 0.5;
}

interface Piece {
  text: string;
  gaps: TemplateGap[];
  missing: string[];
  key: string;
}

export function draftReply(insight: SuggestInsight, ctx: SuggestContext): DraftReply {
  const ranked = rankCandidates(insight, { ...ctx, kinds: undefined });
  const used: Candidate[] = [];

  const usesIssue = (c: Candidate) => c.phrase.text.includes('{{issue');
  const pick = (kind: PhraseKind, prefer?: (c: Candidate) => boolean): Piece | undefined => {
    const pool = ranked.filter(
      (c) =>
        c.kind === kind &&
        // A phrase tagged "verify" says something the agent must check is true (a hand-off, a call):
        // offered as a suggestion, never put into a draft on the agent's behalf.
        !c.phrase.tags?.includes('verify') &&
        // Their words said back once is mirroring; twice is parroting.
        !(usesIssue(c) && used.some(usesIssue)) &&
        !used.some((u) => u.key === c.key || isNearDuplicate(u.words, c.words) || sharesWordRun(u.text, c.text) || sameOpening(u.text, c.text)),
    );
    const best = (prefer && pool.find(prefer)) ?? pool[0];
    if (!best) return undefined;
    used.push(best);
    return { text: best.text, gaps: best.gaps, missing: best.missing, key: best.key };
  };

  const hasMirror = Boolean(ctx.issue ?? insight.mirror?.[0]?.text);
  // "Heard" means restating their problem: prefer an acknowledgement that mirrors their words.
  const acknowledge = pick('acknowledge', hasMirror ? usesIssue : undefined);
  const followUpKind = heardFollowUp(insight);
  const feeling = followUpKind ? pick(followUpKind) : undefined;
  const deescalate = needsDeescalation(insight) ? pick('deescalate') : undefined;
  const owner = pick('ownership');
  const timescale = pick('timescale');
  const updates = pick('update');
  const greeting = pick('greeting');
  const closing = pick('closing');
  const email = ctx.channel === undefined || ctx.channel === 'email' || ctx.channel === 'unknown';
  const signoff = email ? pick('signoff') : undefined;

  const points: Array<[ReplyPoint, (Piece | undefined)[]]> = [
    ['heard', [acknowledge, feeling]],
    ['owner', [deescalate, owner]],
    ['timescale', [timescale]],
    ['updates', [updates]],
  ];

  // Assemble, keeping each gap's offset in the final text.
  let text = '';
  const gaps: TemplateGap[] = [];
  const missing: string[] = [];
  const append = (piece: Piece | undefined, separator: string) => {
    if (!piece || !piece.text) return;
    const sep = text ? separator : '';
    const offset = text.length + sep.length;
    text += sep + piece.text;
    for (const g of piece.gaps) gaps.push({ variable: g.variable, index: offset + g.index });
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
      const startsParagraph = i === 0 && ((point === 'heard' && email) || point === 'owner' || (point === 'updates' && email));
      append(piece, startsParagraph ? paragraph : ' ');
    });
    parts.push({ point, text: present.map((p) => p.text).join(' '), keys: present.map((p) => p.key) });
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
    keys: used.map((u) => u.key),
  };
}
