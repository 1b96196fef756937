/**
 * Freshdesk (hosted, `<account>.freshdesk.com/a/tickets/<id>`).
 *
 * Markup (see docs/helpdesks.md): an Ember app; each entry of the ticket is a
 * `.ticket-details__item`, the ticket's first message in `[data-test-id="ticket-description"]`,
 * replies and notes in `[data-test-id="conversation-content"]`; the subject in
 * `.ticket-subject-heading`. Stability: medium (BEM classes and a few test ids).
 *
 * The markup does not say who wrote what, so roles are inferred: the description is the
 * requester's; a later entry is the requester's when its author is the requester, a note when the
 * entry's classes or data attributes say note/private, otherwise an agent's reply.
 * Guessed, not confirmed by public code: the author in `.user-name`, the time as `time[datetime]`,
 * the source in the description's header ("reported via email"), the requester's name and e-mail
 * in `[data-test-id="requester-info"]`. The composer (Froala, in public reports) is found
 * generically: the first shown editable or textarea in the ticket.
 */
import { elementText, inlineText } from '../conversation/text';
import type { Channel, Message, Role } from '../conversation/types';
import { channelIn, compact, composerOf, cuesOf, emailIn, firstByClass, firstShown, oldestFirst, roleFromCues, timeOf } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  itemClass: 'ticket-details__item',
  description: '[data-test-id="ticket-description"]',
  content: '[data-test-id="conversation-content"]',
  subjectClass: 'ticket-subject-heading',
  /** The newer ticket page's subject heading. */
  newSubjectClass: 'sentiment-ticket-heading',
  authorClass: 'user-name',
  time: 'time[datetime]',
  requester: '[data-test-id="requester-info"]',
  requesterNameClass: 'user-name',
  mailto: 'a[href^="mailto:"]',
  composer: '[contenteditable="true"], textarea',
} as const;

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://*.freshdesk.com/*'];

export const freshdesk: Adapter = {
  id: 'freshdesk',
  label: 'Freshdesk',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,
  messages: `.${SELECTORS.itemClass}`,

  matches(url) {
    return onHosts(HOSTS, url) && url.pathname.startsWith('/a/');
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.description}, ${SELECTORS.content}, .${SELECTORS.subjectClass}, .${SELECTORS.newSubjectClass}`);
  },

  read(doc, url) {
    const items = Array.from(doc.getElementsByClassName(SELECTORS.itemClass));
    if (items.length === 0) return null;

    const requester = doc.querySelector(SELECTORS.requester);
    // The requester wrote the description: their name tells their later replies from agents'.
    const opening = doc.querySelector(SELECTORS.description)?.closest(`.${SELECTORS.itemClass}`);
    const name = inlineText(firstByClass(requester, SELECTORS.requesterNameClass)) || inlineText(firstByClass(opening, SELECTORS.authorClass)) || undefined;
    let channel: Channel | undefined;
    const messages: Message[] = [];
    for (const item of items) {
      const description = item.querySelector(SELECTORS.description);
      const author = inlineText(firstByClass(item, SELECTORS.authorClass)) || undefined;
      if (description) channel = channelIn(inlineText(item, { exclude: [description] }));
      const role: Role = description ? 'customer' : roleFromCues(cuesOf(item)) === 'note' ? 'note' : author && author === name ? 'customer' : 'agent';
      messages.push(
        compact({
          id: item.getAttribute('data-id') ?? undefined,
          role,
          author,
          at: timeOf(item.querySelector(SELECTORS.time)),
          text: elementText(description ?? item.querySelector(SELECTORS.content)),
        }),
      );
    }
    oldestFirst(messages);

    return {
      helpdesk: 'freshdesk',
      url: url.href,
      ...compact({
        conversationId: /\/a\/tickets\/(\d+)/.exec(url.pathname)?.[1],
        subject: inlineText(firstByClass(doc, SELECTORS.newSubjectClass) ?? firstByClass(doc, SELECTORS.subjectClass)) || undefined,
      }),
      customer: compact({ name, email: emailIn(requester?.querySelector(SELECTORS.mailto)?.getAttribute('href')) }),
      messages,
      composer: freshdesk.composer(doc),
      channel: channel ?? 'unknown',
      confidence: 0.8,
    };
  },

  composer(doc) {
    return composerOf(firstShown(doc.querySelectorAll(SELECTORS.composer)));
  },
};
