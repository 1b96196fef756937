/**
 * HubSpot help desk (hosted, `app.hubspot.com/help-desk/<portal>/…/ticket/<id>`; EU accounts on
 * app-eu1.hubspot.com).
 *
 * Little of HubSpot's markup is public (see docs/helpdesks.md): the help desk app
 * root `[data-application-name="svh-help-desk"]` and the ticket's name in
 * `[data-test-id="ticket-header-name-link"]`. So this adapter combines those with a generic
 * approach, and its confidence is lower than other named adapters':
 * - the thread is the app's `[role="log"]` (or an element whose test id names a thread), so that
 *   the ticket list's times beside it are not taken for messages;
 * - a message is the block around each `time[datetime]` in the thread;
 * - the role comes from the words in the block's classes and data attributes (`comment` for
 *   internal comments, `inbound`/`outbound`, `agent`, `contact`), else the author: the contact's
 *   name means the customer, anyone else an agent;
 * - author and body are the first elements whose class or test id says sender/author, body/content.
 * Guessed: the contact card (`[data-test-id*="contact"]`, its heading and `mailto:` link), the
 * channel from a label whose test id names a channel, the composer as the shown editable.
 */
import { inlineText } from '../conversation/text';
import type { Role } from '../conversation/types';
import { channelIn, compact, composerOf, cuesOf, emailIn, fillAuthors, firstShown, messagesAroundTimes, roleFromCues } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  app: '[data-application-name="svh-help-desk"]',
  subject: '[data-test-id="ticket-header-name-link"]',
  thread: '[role="log"], [data-test-id*="thread" i]',
  author: '[data-test-id*="sender" i], [data-test-id*="author" i], [class*="sender" i], [class*="author" i]',
  body: '[data-test-id*="body" i], [class*="body" i], [data-test-id*="content" i]',
  contact: '[data-test-id*="contact" i]',
  contactName: 'h2, h3, h4',
  mailto: 'a[href^="mailto:"]',
  channel: '[data-test-id*="channel" i]',
  composer: '[contenteditable="true"], textarea',
} as const;

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://app.hubspot.com/*', '*://app-eu1.hubspot.com/*'];

export const hubspot: Adapter = {
  id: 'hubspot',
  label: 'HubSpot',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,

  matches(url) {
    return onHosts(HOSTS, url) && /^\/(?:help-desk|live-messages|contacts)\//.test(url.pathname);
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.app}, ${SELECTORS.subject}`);
  },

  read(doc, url) {
    const app = doc.querySelector(SELECTORS.app) ?? doc.body;
    const subject = app?.querySelector(SELECTORS.subject);
    const thread = app?.querySelector(SELECTORS.thread);
    if (!subject || !thread) return null;

    const contactCard = app.querySelector(SELECTORS.contact);
    const contact = inlineText(contactCard?.querySelector(SELECTORS.contactName)) || undefined;
    const roleOf = (block: Element, author: string | undefined): Role =>
      roleFromCues(cuesOf(block)) ?? (author && author === contact ? 'customer' : 'agent');
    const messages = messagesAroundTimes(thread, SELECTORS, roleOf);
    const name = contact ?? messages.find((m) => m.role === 'customer' && m.author)?.author;
    fillAuthors(messages, 'customer', name);

    return {
      helpdesk: 'hubspot',
      url: url.href,
      ...compact({ conversationId: /\/ticket\/(\d+)/.exec(url.pathname)?.[1], subject: inlineText(subject) || undefined }),
      customer: compact({ name, email: emailIn(contactCard?.querySelector(SELECTORS.mailto)?.getAttribute('href')) }),
      messages,
      composer: hubspot.composer(doc),
      channel: channelIn(inlineText(app.querySelector(SELECTORS.channel))) ?? 'unknown',
      confidence: 0.7,
    };
  },

  composer(doc) {
    const app = doc.querySelector(SELECTORS.app);
    return composerOf(app && firstShown(app.querySelectorAll(SELECTORS.composer)));
  },
};
