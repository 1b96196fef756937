/**
 * Salesforce Service Cloud, Lightning Experience: the Case record page's feed
 * (`<org>.lightning.force.com/lightning/r/Case/<id>/view`).
 *
 * Markup (see docs/helpdesks.md): feed entries are
 * `article.cuf-feedElement.cuf-feedItem`, their comments `article.cuf-commentItem`; in each, the
 * author `.cuf-entityLinkId`, the time `a.cuf-timestamp` (a full date in its text or title for
 * older entries, "2h ago" for recent ones: those get no time), the body `.cuf-feedBodyText`. The
 * feed is newest first by default and loads lazily: only what is loaded is read.
 * Lightning renders components with (synthetic) shadow DOM; its patched `querySelector` lives in
 * the page's world, and a content script's isolated world sees the plain DOM, so the feed is
 * reachable. Stability: low to medium.
 *
 * Guessed, not confirmed by public code: e-mail entries marked by "email" in the entry's classes
 * or data; tracked field changes by "trackedChange"; console tabs as `.tabContent` with the
 * shown one `.active`; the case fields in the highlights panel under
 * `[data-target-selection-name="sfdc:RecordField.Case.<Field>"]`. Roles: entries by the case's
 * contact are the customer's, other e-mails are agents' replies, other posts and comments are
 * internal chatter (notes), tracked changes are system events.
 */
import { elementText, inlineText } from '../conversation/text';
import type { Message, Role } from '../conversation/types';
import { compact, composerOf, cuesOf, emailIn, firstByClass, firstShown, oldestFirst, timeOf } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  activeTab: '.tabContent.active',
  entry: 'article.cuf-feedItem, article.cuf-commentItem',
  commentClass: 'cuf-commentItem',
  authorClass: 'cuf-entityLinkId',
  timeClass: 'cuf-timestamp',
  bodyClass: 'cuf-feedBodyText',
  field: (name: string) => `[data-target-selection-name="sfdc:RecordField.Case.${name}"]`,
  composer: '.cuf-publisher [contenteditable="true"], .cuf-publisher textarea',
} as const;

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://*.lightning.force.com/*'];

export const salesforce: Adapter = {
  id: 'salesforce',
  label: 'Salesforce',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,
  messages: SELECTORS.entry
    .split(', ')
    .map((entry) => `${SELECTORS.activeTab} ${entry}`)
    .join(', '),

  matches(url) {
    return onHosts(HOSTS, url) && url.pathname.startsWith('/lightning/');
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.entry}, ${SELECTORS.field('CaseNumber')}`);
  },

  read(doc, url) {
    const tab = doc.querySelector(SELECTORS.activeTab) ?? doc;
    const entries = Array.from(tab.querySelectorAll(SELECTORS.entry));
    const caseId = /\/lightning\/r\/Case\/(\w{15,18})\//.exec(url.pathname)?.[1];
    if (entries.length === 0 && !caseId) return null;

    const field = (name: string) => inlineText(lastPart(tab.querySelector(SELECTORS.field(name)))) || undefined;
    const contact = field('ContactId');
    let emails = false;
    const messages: Message[] = [];
    for (const entry of entries) {
      const author = inlineText(firstByClass(entry, SELECTORS.authorClass)) || undefined;
      const cues = cuesOf(entry);
      const email = !entry.classList.contains(SELECTORS.commentClass) && /email/i.test(cues);
      emails ||= email;
      const role: Role = /trackedChange/i.test(cues) ? 'system' : author && author === contact ? 'customer' : email ? 'agent' : 'note';
      messages.push(
        compact({
          id: entry.getAttribute('data-id') ?? undefined,
          role,
          author,
          at: timeOf(firstByClass(entry, SELECTORS.timeClass)),
          text: elementText(firstByClass(entry, SELECTORS.bodyClass)),
        }),
      );
    }
    oldestFirst(messages);

    return {
      helpdesk: 'salesforce',
      url: url.href,
      ...compact({ conversationId: field('CaseNumber') ?? caseId, subject: field('Subject') }),
      customer: compact({ name: contact, email: emailIn(field('ContactEmail')) }),
      messages,
      composer: salesforce.composer(doc),
      channel: emails ? 'email' : 'unknown',
      confidence: 0.75,
    };
  },

  composer(doc) {
    const tab = doc.querySelector(SELECTORS.activeTab) ?? doc;
    return composerOf(firstShown(tab.querySelectorAll(SELECTORS.composer)));
  },
};

/** A highlights-panel field holds its label then its value: the value is the last element. */
function lastPart(field: Element | null): Element | null {
  return field?.lastElementChild ?? field;
}
