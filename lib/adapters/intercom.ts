/**
 * Intercom Inbox (hosted, `app.intercom.com/a/inbox/<app>/…/conversation/<id>`; EU and AU
 * workspaces on app.eu.intercom.com / app.au.intercom.com).
 *
 * Markup: an Ember app with hashed and renamed classes (`inbox2__` became `inbox-2__` in 2026),
 * so only data attributes are relied on (see docs/helpdesks.md): the stream
 * `[data-testid="conversation-stream-scroll-container"]`, groups of consecutive parts by one
 * author `[data-part-group-id]` whose `data-part-group-category` gives the role (1 customer,
 * 3 teammate, 4 note, 5 bot, 20 system event), parts `[data-part-id]`, bodies `.interblocks-html`.
 * The composer is ProseMirror inside `[data-conversation-reply-composer]`.
 * Stability: low to medium.
 *
 * Guessed, not confirmed by public code: the author's name as the group avatar's `img[alt]`;
 * a `time[datetime]` per part; the title in `[data-testid="conversation-title"]`; the customer's
 * name and e-mail in the details sidebar (`[data-testid="user-details"]`, a `mailto:` link). The
 * channel is taken as chat (Intercom's default); conversations that began by e-mail are not told
 * apart. Parts already come oldest first; they are sorted by time anyway.
 */
import { elementText, inlineText } from '../conversation/text';
import type { Message, Role } from '../conversation/types';
import { compact, composerOf, emailIn, fillAuthors, firstByClass, firstShown, oldestFirst, timeOf } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  stream: '[data-testid="conversation-stream-scroll-container"]',
  group: '[data-part-group-id]',
  part: '[data-part-id]',
  bodyClass: 'interblocks-html',
  avatar: 'img[alt]',
  time: 'time[datetime]',
  title: '[data-testid="conversation-title"]',
  userDetails: '[data-testid="user-details"]',
  userName: '[data-testid="user-details-name"]',
  mailto: 'a[href^="mailto:"]',
  composer: '[data-conversation-reply-composer] .ProseMirror[contenteditable], [data-conversation-reply-composer] [contenteditable="true"]',
} as const;

const ROLE_BY_CATEGORY: Record<string, Role> = { '1': 'customer', '3': 'agent', '4': 'note', '5': 'bot', '20': 'system' };

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://app.intercom.com/*', '*://app.eu.intercom.com/*', '*://app.au.intercom.com/*'];

export const intercom: Adapter = {
  id: 'intercom',
  label: 'Intercom',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,
  messages: `${SELECTORS.stream} ${SELECTORS.part}`,

  matches(url) {
    return onHosts(HOSTS, url) && url.pathname.startsWith('/a/');
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.stream}, [data-conversation-reply-composer]`);
  },

  read(doc, url) {
    const stream = firstShown(doc.querySelectorAll(SELECTORS.stream));
    if (!stream) return null;

    const messages: Message[] = [];
    for (const group of Array.from(stream.querySelectorAll(SELECTORS.group))) {
      const role = ROLE_BY_CATEGORY[group.getAttribute('data-part-group-category') ?? ''] ?? 'system';
      const author = group.querySelector(SELECTORS.avatar)?.getAttribute('alt')?.trim() || undefined;
      for (const part of Array.from(group.querySelectorAll(SELECTORS.part))) {
        const body = firstByClass(part, SELECTORS.bodyClass);
        messages.push(
          compact({
            id: part.getAttribute('data-part-id') ?? undefined,
            role,
            author,
            at: timeOf(part.querySelector(SELECTORS.time)),
            text: elementText(body ?? part, { skip: 'time,img' }),
          }),
        );
      }
    }
    oldestFirst(messages);

    const details = doc.querySelector(SELECTORS.userDetails);
    const customerName = inlineText(details?.querySelector(SELECTORS.userName)) || messages.find((m) => m.role === 'customer' && m.author)?.author;
    fillAuthors(messages, 'customer', customerName);
    return {
      helpdesk: 'intercom',
      url: url.href,
      ...compact({
        conversationId: /\/conversations?\/(\d+)/.exec(url.pathname)?.[1],
        subject: inlineText(doc.querySelector(SELECTORS.title)) || undefined,
      }),
      customer: compact({
        name: customerName,
        email: emailIn(details?.querySelector(SELECTORS.mailto)?.getAttribute('href')),
      }),
      messages,
      composer: intercom.composer(doc),
      channel: 'chat',
      confidence: 0.8,
    };
  },

  composer(doc) {
    return composerOf(doc.querySelector(SELECTORS.composer));
  },
};

/** A part without an `.interblocks-html` body (events) is read whole, less its time and avatar. */
