/**
 * Gorgias (hosted, `<account>.gorgias.com/app/ticket/<id>`).
 *
 * Almost nothing of Gorgias's markup is public (see docs/helpdesks.md): only the
 * ticket URL `/app/ticket/<id>`. So this adapter is mostly a generic reader scoped by that, and its
 * confidence is the lowest of the named adapters:
 * - the ticket is the page's `main` (or an element whose class names a ticket body);
 * - a message is the block around each `time[datetime]` in it;
 * - the role comes from the words in the block's classes and data attributes (Gorgias's API calls
 *   notes `public: false` and agents' messages `from_agent`; the markup is assumed to say
 *   `internal-note` / `from-agent` / `customer` or similar), else the author: the customer's
 *   name means the customer, anyone else an agent;
 * - the channel from the first message's classes or data (`email`, `chat`, `facebook`, …);
 * - author and body are the first elements whose class or test id says sender/author, body/content.
 * Guessed: the subject as the ticket header's input or heading, the customer's name and e-mail in
 * a customer panel (class or test id naming the customer), the composer as the shown editable.
 */
import { inlineText } from '../conversation/text';
import type { Role } from '../conversation/types';
import { channelIn, compact, composerOf, cuesOf, emailIn, fillAuthors, firstShown, messagesAroundTimes, roleFromCues } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  ticket: '[class*="TicketBody"], [class*="ticket-body"], main',
  header: '[class*="TicketHeader"], [class*="ticket-header"]',
  subject: 'input, h1',
  author: '[data-testid*="sender" i], [data-testid*="author" i], [class*="sender" i], [class*="author" i]',
  body: '[data-testid*="body" i], [class*="body" i], [class*="content" i]',
  customerPanel: '[class*="CustomerInfo"], [class*="customer-info"], [data-testid*="customer" i]',
  customerName: 'h2, h3, h4',
  mailto: 'a[href^="mailto:"]',
  composer: '[contenteditable="true"], textarea',
} as const;

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://*.gorgias.com/*'];

/** The open ticket's id: `/app/ticket/<id>`, or `/app/views/<view>/<id>` when opened from a view. */
function ticketIdOf(url: URL): string | undefined {
  return /^\/app\/(?:ticket|views\/[^/]+)\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
}

export const gorgias: Adapter = {
  id: 'gorgias',
  label: 'Gorgias',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,

  matches(url) {
    return onHosts(HOSTS, url) && url.pathname.startsWith('/app/');
  },

  detect(doc, url) {
    return ticketIdOf(url) !== undefined || !!doc.querySelector('[class*="TicketHeader"], [class*="TicketBody"]');
  },

  read(doc, url) {
    const conversationId = ticketIdOf(url);
    const ticket = doc.querySelector(SELECTORS.ticket);
    if (!ticket || (!conversationId && !doc.querySelector(SELECTORS.header))) return null;

    const panel = doc.querySelector(SELECTORS.customerPanel);
    const customerName = inlineText(panel?.querySelector(SELECTORS.customerName)) || undefined;
    const roleOf = (block: Element, author: string | undefined): Role =>
      roleFromCues(cuesOf(block)) ?? (author && author === customerName ? 'customer' : 'agent');
    const messages = messagesAroundTimes(ticket, SELECTORS, roleOf);
    const name = customerName ?? messages.find((m) => m.role === 'customer' && m.author)?.author;
    fillAuthors(messages, 'customer', name);
    const subject = doc.querySelector(SELECTORS.header)?.querySelector(SELECTORS.subject);
    const firstBlock = ticket.querySelector('time[datetime]')?.closest('[data-channel], [class*="channel"]');

    return {
      helpdesk: 'gorgias',
      url: url.href,
      ...compact({
        conversationId,
        subject: (subject as HTMLInputElement | null | undefined)?.value?.trim() || inlineText(subject) || undefined,
      }),
      customer: compact({ name, email: emailIn(panel?.querySelector(SELECTORS.mailto)?.getAttribute('href')) }),
      messages,
      composer: gorgias.composer(doc),
      channel: (firstBlock && channelIn(cuesOf(firstBlock))) || 'unknown',
      confidence: 0.65,
    };
  },

  composer(doc) {
    const ticket = doc.querySelector(SELECTORS.ticket);
    return composerOf(ticket && firstShown(ticket.querySelectorAll(SELECTORS.composer)));
  },
};
