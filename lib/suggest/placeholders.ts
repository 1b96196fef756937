/**
 * A value the draft cannot know (when, their problem, the answer itself) stays a visible gap, never
 * a sentence that reads as finished: "I'll come back to you [when: date and time] with an update."
 * The markers are in square brackets with words the draft guard's placeholder rule recognises, so
 * one left in the editor is flagged too; the panel selects them and blocks Insert while any is left.
 */
import type { RenderedTemplate } from '../packs/template';
import type { Placeholder } from './types';

export const PLACEHOLDER_TEXT: Record<string, string> = {
  timescale: '[when: date and time]',
  issue: '[insert their problem here]',
  question: '[insert their question here]',
  answer: '[your answer here]',
  reply: '[your reply here]',
  'customer.firstName': '[customer first name]',
  'customer.name': '[customer name]',
  'agent.firstName': '[your first name]',
  'agent.name': '[your name]',
  company: '[company name]',
  'ticket.id': '[ticket number]',
};

export function placeholderText(variable: string): string {
  return PLACEHOLDER_TEXT[variable] ?? `[insert ${variable} here]`;
}

/** Every marker still in an edited text: the panel blocks Insert while this is not empty. */
export function placeholdersIn(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const [variable, marker] of Object.entries(PLACEHOLDER_TEXT)) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(marker, from);
      if (at < 0) break;
      out.push({ variable, start: at, end: at + marker.length });
      from = at + marker.length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The rendered template with a visible marker at each gap, and where each marker is. */
export function withPlaceholders(rendered: RenderedTemplate): { text: string; gaps: RenderedTemplate['gaps']; placeholders: Placeholder[] } {
  if (rendered.gaps.length === 0) return { text: rendered.text, gaps: [], placeholders: [] };
  let text = '';
  let last = 0;
  const gaps: RenderedTemplate['gaps'] = [];
  const placeholders: Placeholder[] = [];
  for (const gap of rendered.gaps) {
    text += rendered.text.slice(last, gap.index);
    last = gap.index;
    const before = text.slice(-1);
    const after = rendered.text.charAt(gap.index);
    // The template tidied the spaces around the missing value away; put one back on each side.
    const lead = before && !/\s/.test(before) && !/[(\u201c"]/.test(before) ? ' ' : '';
    const trail = after && /[\p{L}\p{N}]/u.test(after) ? ' ' : '';
    const marker = placeholderText(gap.variable);
    const start = text.length + lead.length;
    text += `${lead}${marker}${trail}`;
    gaps.push({ variable: gap.variable, index: start });
    placeholders.push({ variable: gap.variable, start, end: start + marker.length });
  }
  text += rendered.text.slice(last);
  return { text, gaps, placeholders };
}
