/**
 * UVdesk community edition (open source, Symfony/Twig + Backbone; self-hosted).
 *
 * Markup: uvdesk/core-framework Resources/views/ticket.html.twig. The ticket's first message is
 * server-rendered as `.uv-ticket-main.create`; replies, notes and forwards are rendered by Backbone
 * (`#thread_list_item_tmp`) into `.thread-list`, each a `.uv-ticket-main` (`.uv-ticket-note-agent` for
 * notes). In each: author `.uv-ticket-member-name` (a link to `…/customers/…` for the customer, to the
 * agent's account otherwise, a plain span for the system), time `.timeago[data-timestamp]` (epoch
 * seconds), body `.message`, thread id in `a.copy-thread-link` ("#123"). The reply form is also a
 * `.uv-ticket-main` (`.uv-ticket-reply`) and is skipped. Ticket id `.uv-aside-title h6` ("Ticket #123")
 * or the URL `/member/ticket/view/<id>`, subject `.uv-ticket-head-rt h1`, customer
 * `.uv-aside-customer-info span` (name, then e-mail), channel `.uv-channel-email` / `.uv-channel-web`.
 * Composer: TinyMCE in an iframe over a textarea, inside the reply tab `#reply`. Stability: medium.
 */
import { elementText, inlineText } from '../conversation/text';
import type { ConversationSnapshot, Message, Role } from '../conversation/types';
import { compact, composerOf, firstByClass, frameBody, isoFromEpoch } from './shared';
import type { Adapter } from './types';

const SELECTORS = {
  threadClass: 'uv-ticket-main',
  replyFormClass: 'uv-ticket-reply',
  noteClass: 'uv-ticket-note-agent',
  nameClass: 'uv-ticket-member-name',
  timeClass: 'timeago',
  bodyClass: 'message',
  threadLinkClass: 'copy-thread-link',
  ticketTitle: '.uv-aside-title h6',
  subject: '.uv-ticket-head-rt h1',
  customerInfo: '.uv-aside-customer-info span',
  emailChannelClass: 'uv-channel-email',
  composerFrame: '#reply iframe',
  composerTextarea: '#reply textarea',
  composer: '#reply iframe, #reply textarea',
} as const;

const TICKET_PATH = /\/member\/ticket\/view\/(\d+)/;

export const uvdesk: Adapter = {
  id: 'uvdesk',
  label: 'UVdesk',
  hosted: false,
  hosts: [],
  selectors: SELECTORS,
  messages: `.${SELECTORS.threadClass}`,

  matches(url) {
    return TICKET_PATH.test(url.pathname);
  },

  detect(doc) {
    return doc.getElementsByClassName('uv-inner-section').length > 0 || doc.getElementsByClassName('uv-aside').length > 0;
  },

  read(doc, url) {
    const conversationId = /#\s*(\d+)/.exec(inlineText(doc.querySelector(SELECTORS.ticketTitle)))?.[1] ?? TICKET_PATH.exec(url.pathname)?.[1];
    const threads = Array.from(doc.getElementsByClassName(SELECTORS.threadClass)).filter((el) => !el.classList.contains(SELECTORS.replyFormClass));
    if (!conversationId && threads.length === 0) return null;

    const info = doc.querySelectorAll(SELECTORS.customerInfo);
    const customer = compact({ name: inlineText(info[0]) || undefined, email: inlineText(info[1]) || undefined });
    const messages = threads.map((el) => readThread(el, customer.name));

    return {
      helpdesk: 'uvdesk',
      url: url.href,
      conversationId,
      subject: inlineText(doc.querySelector(SELECTORS.subject)) || undefined,
      customer,
      messages,
      composer: uvdesk.composer(doc),
      channel: doc.getElementsByClassName(SELECTORS.emailChannelClass).length > 0 ? 'email' : 'unknown',
      confidence: 0.85,
    } satisfies ConversationSnapshot;
  },

  composer(doc) {
    const body = frameBody(doc.querySelector(SELECTORS.composerFrame));
    if (body) return composerOf(body, 'tinymce');
    const textarea = doc.querySelector(SELECTORS.composerTextarea);
    return textarea ? composerOf(textarea, 'textarea') : { found: false };
  },
};

function readThread(el: Element, customerName: string | undefined): Message {
  const nameEl = firstByClass(el, SELECTORS.nameClass);
  const author = inlineText(nameEl) || undefined;
  const href = nameEl?.getAttribute('href') ?? '';
  let role: Role;
  if (el.classList.contains(SELECTORS.noteClass)) role = 'note';
  else if (nameEl?.tagName !== 'A') role = 'system';
  else role = /customer/i.test(href) || (!href && author === customerName) ? 'customer' : 'agent';
  return compact({
    id: inlineText(firstByClass(el, SELECTORS.threadLinkClass)).replace('#', '') || undefined,
    role,
    author,
    at: isoFromEpoch(firstByClass(el, SELECTORS.timeClass)?.getAttribute('data-timestamp')),
    text: elementText(firstByClass(el, SELECTORS.bodyClass)),
  });
}
