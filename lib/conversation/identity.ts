import type { ConversationSnapshot } from './types';

/**
 * Who a customer is, across helpdesks and channels. An e-mail address is the strongest key and is
 * shared by every helpdesk; without one, the helpdesk's own customer id (scoped to that helpdesk's
 * origin); failing that, the name as shown on that helpdesk. No key → the conversation is shown
 * but not recorded, because guessing would merge different people.
 */
export function customerKey(snapshot: ConversationSnapshot): string | undefined {
  const email = snapshot.customer.email?.trim().toLowerCase();
  if (email) return `email:${email}`;
  const scope = `${snapshot.helpdesk}@${originOf(snapshot.url)}`;
  const id = snapshot.customer.id?.trim();
  if (id) return `id:${scope}:${id}`;
  const name = snapshot.customer.name?.trim().replace(/\s+/g, ' ').toLowerCase();
  if (name) return `name:${scope}:${name}`;
  return undefined;
}

/** One conversation (ticket, chat, thread): the same key on every visit, whatever the URL's query. */
export function conversationKey(snapshot: ConversationSnapshot): string {
  const scope = `${snapshot.helpdesk}@${originOf(snapshot.url)}`;
  if (snapshot.conversationId) return `${scope}#${snapshot.conversationId}`;
  try {
    return `${scope}${new URL(snapshot.url).pathname}`;
  } catch {
    return `${scope}:${snapshot.url}`;
  }
}

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'unknown';
  }
}
