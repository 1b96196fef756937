/**
 * Chatwoot (open source, Rails + Vue 3 with Tailwind; self-hosted or app.chatwoot.com).
 *
 * Markup: client-rendered Vue components (dashboard/components-next/message/*, widgets/conversation/
 * ConversationHeader.vue). Messages `.message-bubble-container[data-message-id]` (`#message<id>`).
 * Who wrote a bubble is only in its colour classes — `bg-n-slate-4` contact, `bg-n-solid-blue` agent,
 * `bg-n-solid-amber` private note, `bg-n-solid-iris` bot — and its row alignment (`justify-start` /
 * `justify-end` / `justify-center` for activity lines). Contact bubbles carry no name: it is in the
 * conversation header, the text just before `.conversation--header--actions`. Agents' names are only in
 * their avatar's `img[alt]`. Time: `time` text, "May 2, 10:15 AM" (no year). Body `.prose`.
 * Conversation id from the URL `/app/accounts/:a/…/conversations/:id`. Composer: ProseMirror,
 * `.reply-box .ProseMirror[contenteditable]` (`.reply-box.is-private` in note mode).
 * Stability: low — utility classes change with the design system; confidence says so.
 */
import { elementText, inlineText } from '../conversation/text';
import type { ConversationSnapshot, Message, Role } from '../conversation/types';
import { compact, composerOf, emailIn, parseYearlessDate, timeOf } from './shared';
import type { Adapter } from './types';

const SELECTORS = {
  bubble: '.message-bubble-container[data-message-id]',
  /** Checked in this order: a note or a bot reply is also drawn on the agent's side. */
  colourRoles: [
    ['bg-n-solid-amber', 'note'],
    ['bg-n-solid-iris', 'bot'],
    ['bg-n-solid-blue', 'agent'],
    ['bg-n-slate-4', 'customer'],
  ] as [string, Role][],
  alignmentRoles: [
    ['justify-center', 'system'],
    ['justify-end', 'agent'],
    ['justify-start', 'customer'],
  ] as [string, Role][],
  bodyClass: 'prose',
  headerActions: '.conversation--header--actions',
  contactEmail: 'a[href^="mailto:"]',
  composer: '.reply-box .ProseMirror[contenteditable]',
} as const;

const CONVERSATION_PATH = /^\/app\/accounts\/\d+\/(?:.*\/)?conversations\/(\d+)/;

export const chatwoot: Adapter = {
  id: 'chatwoot',
  label: 'Chatwoot',
  hosted: false,
  hosts: [],
  selectors: SELECTORS,
  messages: SELECTORS.bubble,

  matches(url) {
    return CONVERSATION_PATH.test(url.pathname);
  },

  detect(doc, url) {
    // Its dashboard's route, or (a page saved or served elsewhere) its message bubbles.
    return (/^\/app\/accounts\/\d+\//.test(url.pathname) && !!doc.getElementById('app')) || !!doc.querySelector(SELECTORS.bubble);
  },

  read(doc, url) {
    const conversationId = CONVERSATION_PATH.exec(url.pathname)?.[1];
    const bubbles = Array.from(doc.querySelectorAll(SELECTORS.bubble));
    if (!conversationId && bubbles.length === 0) return null;

    const contactName = inlineText(doc.querySelector(SELECTORS.headerActions)?.previousElementSibling) || undefined;
    const messages = bubbles
      .map((el) => readBubble(el, contactName))
      .filter((m): m is Message => m !== null)
      // Message ids only grow; lazy-loaded history is prepended, so the page order can lag.
      .sort((a, b) => Number(a.id) - Number(b.id));
    const mail = Array.from(doc.querySelectorAll(SELECTORS.contactEmail)).find((a) => !a.closest(SELECTORS.bubble));

    return {
      helpdesk: 'chatwoot',
      url: url.href,
      conversationId,
      customer: compact({ name: contactName, email: emailIn(mail?.getAttribute('href')) }),
      messages,
      composer: chatwoot.composer(doc),
      channel: 'chat',
      confidence: 0.75,
    } satisfies ConversationSnapshot;
  },

  composer(doc) {
    return composerOf(doc.querySelector(SELECTORS.composer), 'prosemirror');
  },
};

function roleOf(el: Element): Role | undefined {
  for (const [className, role] of SELECTORS.colourRoles) {
    if (el.classList.contains(className) || el.getElementsByClassName(className).length > 0) return role;
  }
  for (const [className, role] of SELECTORS.alignmentRoles) if (el.classList.contains(className)) return role;
  return undefined;
}

function readBubble(el: Element, contactName: string | undefined): Message | null {
  const role = roleOf(el);
  if (!role) return null;
  const time = el.getElementsByTagName('time')[0];
  const body = el.getElementsByClassName(SELECTORS.bodyClass)[0];
  const text = body ? elementText(body) : inlineText(el, { skip: 'time' });
  if (!text) return null;
  const avatar = el.querySelector('img[alt]')?.getAttribute('alt') || undefined;
  return compact({
    id: el.getAttribute('data-message-id') ?? undefined,
    role,
    author: role === 'customer' ? contactName : role === 'system' ? undefined : avatar,
    at: timeOf(time) ?? parseYearlessDate(inlineText(time)),
    text,
  });
}
