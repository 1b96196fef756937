/**
 * Zoho Desk (hosted, `desk.zoho.com/agent/<portal>/<department>/tickets/details/<id>`, and the
 * regional hosts desk.zoho.eu, .in, .com.au, .jp).
 *
 * Markup (see docs/helpdesks.md): each ticket opened in a sub-tab is a
 * `.zd_v2-ticketdetailview-container[data-id="subTab_<ticketId>"]`, and several can be in the
 * DOM at once (the shown one is read); the ticket's first message is `[data-id="threadContent"]`,
 * later threads and comments `[data-id="content"]`; the subject `[data-id="caseSubjectText"]`.
 * Stability: medium (Zoho's own `data-id` hooks; the classes carry a version prefix).
 *
 * Only the bodies are known, so each message's block is found generically: the largest ancestor
 * of a body that holds no other body. Guessed, not confirmed by public code: the author in
 * `[data-id="authorName"]`, the time in the `title` of `[data-id="threadTime"]`
 * ("23 Nov 2026 09:12 AM", in the agent's zone), comments (internal) marked by a note/comment
 * word in the block's classes or data, the channel in the block's data, the ticket number in
 * `[data-id="ticketNumber"]`, the contact in `[data-id="contactName"]` and a `mailto:` link. A
 * thread by the contact is the customer's, any other an agent's. The reply editor is taken to be
 * a contenteditable or textarea inside the shown ticket.
 */
import { elementText, inlineText } from '../conversation/text';
import type { Channel, Message, Role } from '../conversation/types';
import { blocksAround, channelIn, compact, composerOf, cuesOf, emailIn, firstShown, oldestFirst, roleFromCues, timeOf } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  ticket: '.zd_v2-ticketdetailview-container[data-id^="subTab_"]',
  body: '[data-id="threadContent"], [data-id="content"]',
  description: 'threadContent',
  subject: '[data-id="caseSubjectText"]',
  author: '[data-id="authorName"]',
  time: '[data-id="threadTime"]',
  number: '[data-id="ticketNumber"]',
  contactName: '[data-id="contactName"]',
  mailto: 'a[href^="mailto:"]',
  composer: '[contenteditable="true"], textarea',
} as const;

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://desk.zoho.com/*', '*://desk.zoho.eu/*', '*://desk.zoho.in/*', '*://desk.zoho.com.au/*', '*://desk.zoho.jp/*'];

export const zohodesk: Adapter = {
  id: 'zohodesk',
  label: 'Zoho Desk',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,
  messages: SELECTORS.body,

  matches(url) {
    return onHosts(HOSTS, url) && url.pathname.startsWith('/agent/');
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.ticket}, ${SELECTORS.subject}`);
  },

  read(doc, url) {
    const ticket = firstShown(doc.querySelectorAll(SELECTORS.ticket));
    if (!ticket) return null;

    const contact = inlineText(ticket.querySelector(SELECTORS.contactName)) || undefined;
    let channel: Channel | undefined;
    const messages: Message[] = [];
    for (const block of blocksAround(ticket, ticket.querySelectorAll(SELECTORS.body))) {
      const body = block.matches(SELECTORS.body) ? block : block.querySelector(SELECTORS.body);
      const author = inlineText(block.querySelector(SELECTORS.author)) || undefined;
      const opening = body?.getAttribute('data-id') === SELECTORS.description;
      const cues = cuesOf(block);
      if (opening) channel = channelIn(cues);
      const role: Role = opening ? 'customer' : roleFromCues(cues) === 'note' ? 'note' : author && author === contact ? 'customer' : 'agent';
      messages.push(compact({ id: block.id || undefined, role, author, at: timeOf(block.querySelector(SELECTORS.time)), text: elementText(body) }));
    }
    oldestFirst(messages);

    return {
      helpdesk: 'zohodesk',
      url: url.href,
      ...compact({
        conversationId:
          inlineText(ticket.querySelector(SELECTORS.number)).replace(/^#/, '') || ticket.getAttribute('data-id')?.replace('subTab_', ''),
        subject: inlineText(ticket.querySelector(SELECTORS.subject)) || undefined,
      }),
      customer: compact({
        name: contact ?? messages.find((m) => m.role === 'customer')?.author,
        email: emailIn(ticket.querySelector(SELECTORS.mailto)?.getAttribute('href')),
      }),
      messages,
      composer: zohodesk.composer(doc),
      channel: channel ?? 'unknown',
      confidence: 0.8,
    };
  },

  composer(doc) {
    const ticket = firstShown(doc.querySelectorAll(SELECTORS.ticket));
    return composerOf(ticket && firstShown(ticket.querySelectorAll(SELECTORS.composer)));
  },
};
