import { restateTopic, topicOf } from '../analysis/restate';
import type { TemplateValues } from '../packs/template';
import type { SuggestContext, SuggestInsight } from './types';

function firstWord(name: string | undefined): string | undefined {
  const word = name?.trim().split(/\s+/)[0];
  return word || undefined;
}

const CASE_KINDS = new Set(['problem', 'complaint', 'chase']);

/**
 * Their problem in words the reply can say back: the analysis' restatement of their own clause, or
 * — for a problem, complaint or chase where no clause could be said back — what it is about
 * ("there's a problem with your card"), so the reply is specific without claiming any fact.
 */
export function issueOf(insight: SuggestInsight): string | undefined {
  const mirrored = insight.mirror?.[0]?.text;
  if (mirrored) return mirrored;
  if (!insight.kind || !CASE_KINDS.has(insight.kind)) return undefined;
  const latest = insight.messages?.[insight.messages.length - 1]?.text;
  return (latest && restateTopic(latest)) || undefined;
}

/**
 * Their question for "You asked …": the analysis' restatement, or — for a question that could not
 * be restated — what it is about ("about your booking").
 */
export function questionOf(insight: SuggestInsight): string | undefined {
  if (insight.question?.text) return insight.question.text;
  if (insight.kind !== 'question') return undefined;
  const latest = insight.messages?.[insight.messages.length - 1]?.text;
  const thing = latest ? topicOf(latest) : null;
  return thing ? `about ${thing}` : undefined;
}

/** The values a phrase's `{{variables}}` take for this customer, agent and ticket. */
export function templateValuesFor(insight: SuggestInsight, ctx: Omit<SuggestContext, 'packs'>): TemplateValues {
  const customerFirst = ctx.customer?.firstName ?? insight.customer?.firstName ?? firstWord(ctx.customer?.name);
  const agentFirst = ctx.agent?.firstName ?? firstWord(ctx.agent?.name);
  return {
    'customer.firstName': customerFirst,
    'customer.name': ctx.customer?.name ?? insight.customer?.fullName ?? customerFirst,
    'agent.firstName': agentFirst,
    'agent.name': ctx.agent?.name ?? agentFirst,
    company: ctx.company,
    issue: ctx.issue ?? issueOf(insight),
    question: questionOf(insight),
    'ticket.id': ctx.ticketId,
    timescale: ctx.timescale,
  };
}
