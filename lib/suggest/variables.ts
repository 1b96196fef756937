import type { TemplateValues } from '../packs/template';
import type { SuggestContext, SuggestInsight } from './types';

function firstWord(name: string | undefined): string | undefined {
  const word = name?.trim().split(/\s+/)[0];
  return word || undefined;
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
    issue: ctx.issue ?? insight.mirror?.[0]?.text,
    question: insight.question?.text,
    'ticket.id': ctx.ticketId,
    timescale: ctx.timescale,
  };
}
