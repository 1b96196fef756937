/**
 * Front (hosted, `app.frontapp.com`).
 *
 * Little of Front's markup is public (see docs/helpdesks.md): a React app styled
 * with styled-components, whose classes are `<componentName>__<hash>` — the conversation header is
 * `[class*="conversationHeader__"]`, `conversationTopbar__…` in the newer UI — and some `[data-testid^="viewer-"]` test ids. So this adapter
 * combines that with a generic approach, and its confidence is lower than other named adapters':
 * - the conversation is the pane holding the conversation header;
 * - a message is the block around each `time[datetime]` in it (the largest ancestor holding no other);
 * - the role comes from the words in the block's generated class names (`inbound` / `outbound`,
 *   `comment` for teammates' internal comments, `event`/`activity` for system lines), else the
 *   author: the contact's name means the customer, anyone else a teammate;
 * - author and body are the first elements whose component name says sender/author and body/content.
 * Guessed: the subject as the header's heading, the contact's e-mail as a `mailto:` link in the
 * contact panel, the conversation id (`cnv_…`) from the URL, the composer as the pane's editable.
 */
import { inlineText } from '../conversation/text';
import type { Role } from '../conversation/types';
import { compact, composerOf, cuesOf, emailIn, fillAuthors, firstShown, messagesAroundTimes, roleFromCues } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  /** The conversation's header: `conversationHeader__…`, or `conversationTopbar__…` in the newer UI (public evidence). */
  header: '[class*="conversationHeader__"], [class*="conversationTopbar__"]',
  viewer: '[data-testid^="viewer-"]',
  /** The newer UI's subject (public evidence), else the header's heading (guessed). */
  subject: '[class*="conversationSubjectWrapper__"] > div > span, h1, h2',
  author: '[class*="sender" i], [class*="author" i]',
  body: '[class*="messageBody" i], [class*="content__" i]',
  contactPanel: '[class*="contactPanel__"], [class*="contactDetails__"]',
  contactName: 'h2, h3',
  mailto: 'a[href^="mailto:"]',
  composer: '[contenteditable="true"], textarea',
} as const;

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://app.frontapp.com/*'];

export const front: Adapter = {
  id: 'front',
  label: 'Front',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,

  matches(url) {
    return onHosts(HOSTS, url);
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.header}, ${SELECTORS.viewer}`);
  },

  read(doc, url) {
    const header = firstShown(doc.querySelectorAll(SELECTORS.header));
    const pane = header?.parentElement;
    if (!header || !pane) return null;

    const contactPanel = doc.querySelector(SELECTORS.contactPanel);
    const contact = inlineText(contactPanel?.querySelector(SELECTORS.contactName)) || undefined;
    const roleOf = (block: Element, author: string | undefined): Role =>
      roleFromCues(`${cuesOf(block)} ${cuesOf(block.firstElementChild ?? block)}`) ?? (author && author === contact ? 'customer' : 'agent');
    const messages = messagesAroundTimes(pane, SELECTORS, roleOf);
    const name = contact ?? messages.find((m) => m.role === 'customer' && m.author)?.author;
    fillAuthors(messages, 'customer', name);

    return {
      helpdesk: 'front',
      url: url.href,
      ...compact({
        conversationId: /\b(cnv_\w+)/.exec(url.pathname)?.[1],
        subject: inlineText(header.querySelector(SELECTORS.subject)) || undefined,
      }),
      customer: compact({ name, email: emailIn(contactPanel?.querySelector(SELECTORS.mailto)?.getAttribute('href')) }),
      messages,
      composer: front.composer(doc),
      channel: 'email',
      confidence: 0.7,
    };
  },

  composer(doc) {
    const pane = firstShown(doc.querySelectorAll(SELECTORS.header))?.parentElement;
    return composerOf(pane && firstShown(pane.querySelectorAll(SELECTORS.composer)));
  },
};
