import { conversationKey } from './identity';
import type { ConversationSnapshot } from './types';

/**
 * Some helpdesks show the reply form on a page of its own without the conversation (Request
 * Tracker's Update page). The panel keeps the last reading of each conversation it saw in this
 * session, and fills such a page from it, so the agent still gets help while writing.
 */
export class ConversationMemory {
  private readonly seen = new Map<string, ConversationSnapshot>();

  constructor(private readonly limit = 50) {}

  /** The snapshot to show: this one, or this one with the messages from an earlier view. */
  fill(snapshot: ConversationSnapshot): { snapshot: ConversationSnapshot; fromEarlierView: boolean } {
    const key = conversationKey(snapshot);
    if (snapshot.messages.length > 0) {
      this.seen.delete(key);
      this.seen.set(key, snapshot);
      if (this.seen.size > this.limit) this.seen.delete(this.seen.keys().next().value as string);
      return { snapshot, fromEarlierView: false };
    }
    const earlier = this.seen.get(key);
    if (!earlier) return { snapshot, fromEarlierView: false };
    const knowsCustomer = !!(snapshot.customer.email || snapshot.customer.name || snapshot.customer.id);
    return {
      snapshot: {
        ...snapshot,
        subject: snapshot.subject ?? earlier.subject,
        customer: knowsCustomer ? snapshot.customer : earlier.customer,
        messages: earlier.messages,
        channel: snapshot.channel ?? earlier.channel,
      },
      fromEarlierView: true,
    };
  }
}
