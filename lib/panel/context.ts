/** What suggestions and the draft guard need to know beside the insight. Pure. */
import type { Insight } from '../analysis';
import type { ConversationSnapshot } from '../conversation/types';
import type { GuardContext } from '../guard';
import type { Pack } from '../packs/schema';
import { packGuardContext } from '../packs/schema';
import type { Settings } from '../settings';
import type { PhrasePreferences, SuggestContext } from '../suggest/types';

/** Everything a suggestion or a drafted reply needs besides the insight. */
export function replyContext(
  snapshot: ConversationSnapshot,
  settings: Settings,
  preferences: PhrasePreferences,
  packs: readonly Pack[],
  earlierContacts?: number,
): SuggestContext {
  const agentName = settings.agentName.trim();
  return {
    earlierContacts,
    agentReplied: snapshot.messages.some((m) => m.role === 'agent'),
    packs,
    channel: snapshot.channel,
    customer: snapshot.customer.name ? { name: snapshot.customer.name, firstName: snapshot.customer.name.split(/\s+/)[0] } : undefined,
    agent: agentName ? { name: agentName, firstName: agentName.split(/\s+/)[0] } : undefined,
    company: settings.company.trim() || undefined,
    ticketId: snapshot.conversationId,
    preferences,
  };
}

/** The guard's context: the customer's name and words, and the team's own rules. */
export function guardContext(insight: Insight | undefined, snapshot: ConversationSnapshot, packs: readonly Pack[]): GuardContext {
  return {
    ...packGuardContext(packs),
    ...(snapshot.customer.name ? { customerName: snapshot.customer.name } : {}),
    mirrorPhrases: insight?.mirror.map((m) => m.text) ?? [],
  };
}
