import type { Message } from '../conversation/types';
import type { ConversationStage } from '../packs/schema';
import type { SuggestInsight } from './types';

/**
 * Where the conversation is: `repeat` when the customer says they have had to get in touch again,
 * `followup` once an agent has replied, else `first`.
 */
export function conversationStage(
  messages: readonly Pick<Message, 'role'>[],
  insight?: Pick<SuggestInsight, 'repeatContact'>,
): ConversationStage {
  if (insight?.repeatContact && insight.repeatContact.length > 0) return 'repeat';
  return messages.some((m) => m.role === 'agent') ? 'followup' : 'first';
}
