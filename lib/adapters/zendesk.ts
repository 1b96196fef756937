/**
 * Zendesk Support, Agent Workspace (hosted, `<subdomain>.zendesk.com/agent/tickets/<id>`).
 *
 * Markup: an Ember/React app whose conversation log is tagged with the product's own
 * `data-test-id`s (see docs/helpdesks.md, gathered from public extensions):
 * the log `omni-log-container`, one `omni-log-comment-item` per comment, inside it
 * `omni-log-item-message` with an attribute `type` of `end-user` / `agent` / `bot`, the sender,
 * `time[data-test-id^="timestamp-"][datetime]` (ISO) and `omni-log-message-content`; internal notes
 * carry an `omni-log-internal-note-tag` (older) or `type="internal"` (newer). The subject is an input, `omni-header-subject`.
 * Stability: high for those test ids (Zendesk's own test hooks, unchanged for years).
 *
 * With several tickets open, each has a pane; the one in front is
 * `.ticket-panes-grid-layout[data-is-active="true"]` (public evidence), and its log, subject and
 * customer are read. Guessed, not confirmed by public code: an older `.workspace` per tab, and
 * hidden tabs hidden by an inline `display: none` (without an active pane, the shown log is read); the comment id as digits in the item's `id`; the customer's e-mail as a `mailto:`
 * link in the customer context panel; the channel from the composer's channel switcher label
 * ('unknown' without one, e.g. on a closed ticket). When a guess misses, the field is left out.
 */
import { elementText, inlineText } from '../conversation/text';
import type { Message, Role } from '../conversation/types';
import { channelIn, compact, composerOf, emailIn, firstShown, isShown, oldestFirst, timeOf } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  log: '[data-test-id="omni-log-container"]',
  item: '[data-test-id="omni-log-comment-item"]',
  message: '[data-test-id="omni-log-item-message"]',
  sender: '[data-test-id="omni-log-item-sender"]',
  time: 'time[data-test-id^="timestamp-"]',
  content: '[data-test-id="omni-log-message-content"]',
  noteTag: '[data-test-id="omni-log-internal-note-tag"]',
  subject: '[data-test-id="omni-header-subject"]',
  /** The open ticket's pane when several tickets are open (public evidence, 2023 on). */
  activePane: '.ticket-panes-grid-layout[data-is-active="true"]',
  /** One pane per open ticket: the evidence's per-ticket anchor, or (guessed) an older `.workspace`. */
  workspace: '.ticket-panes-grid-layout, [data-side-conversations-anchor-id], .workspace',
  /** Guessed: the customer context panel beside the log. */
  customerEmail: '[data-test-id^="customer-context"] a[href^="mailto:"]',
  channelSwitcher: '[data-test-id="omnichannel-channel-switcher-button"]',
  composer: [
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable]',
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable]',
    '[data-test-id="ticket-rich-text-editor"] [contenteditable][role="textbox"]',
  ].join(', '),
} as const;

/** The message's `type`; newer markup marks an internal note `type="internal"` instead of a note tag. */
const ROLE_BY_TYPE: Record<string, Role> = { 'end-user': 'customer', agent: 'agent', bot: 'bot', internal: 'note' };

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://*.zendesk.com/*'];

export const zendesk: Adapter = {
  id: 'zendesk',
  label: 'Zendesk',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,
  messages: `${SELECTORS.log} ${SELECTORS.item}`,

  matches(url) {
    return onHosts(HOSTS, url) && url.pathname.startsWith('/agent/');
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.log}, ${SELECTORS.subject}`);
  },

  read(doc, url) {
    // The active pane says which open ticket is in front; without one, the shown log is the open ticket.
    const active = doc.querySelector(SELECTORS.activePane);
    const log = (active && firstShown(active.querySelectorAll(SELECTORS.log))) || firstShown(doc.querySelectorAll(SELECTORS.log));
    if (!log) return null;
    const tab = log.closest(SELECTORS.workspace) ?? doc;

    const messages: Message[] = [];
    for (const item of Array.from(log.querySelectorAll(SELECTORS.item))) {
      const message = item.querySelector(SELECTORS.message);
      const role = item.querySelector(SELECTORS.noteTag) ? 'note' : ROLE_BY_TYPE[message?.getAttribute('type') ?? ''] ?? 'system';
      messages.push(
        compact({
          id: /\d+/.exec(item.id)?.[0],
          role,
          author: inlineText(item.querySelector(SELECTORS.sender)) || undefined,
          at: timeOf(item.querySelector(SELECTORS.time)),
          text: elementText(item.querySelector(SELECTORS.content)),
        }),
      );
    }
    oldestFirst(messages);

    const subject = tab.querySelector<HTMLInputElement>(SELECTORS.subject);
    const switcher = Array.from(tab.querySelectorAll(SELECTORS.channelSwitcher)).find(isShown);
    return {
      helpdesk: 'zendesk',
      url: url.href,
      ...compact({
        conversationId: /\/agent\/tickets\/(\d+)/.exec(url.pathname)?.[1],
        subject: subject?.value.trim() || inlineText(subject) || undefined,
      }),
      customer: compact({
        name: messages.find((m) => m.role === 'customer')?.author,
        email: emailIn(tab.querySelector(SELECTORS.customerEmail)?.getAttribute('href')),
      }),
      messages,
      composer: zendesk.composer(doc),
      channel: channelIn(inlineText(switcher)) ?? 'unknown',
      confidence: 0.9,
    };
  },

  composer(doc) {
    return composerOf(zendesk.composerIn!(doc) ?? firstShown(doc.querySelectorAll(SELECTORS.composer)));
  },

  // Every open ticket keeps its own editor, and in the newer layout several are shown side by side:
  // the one in the active pane is the agent's, wherever it sits in the page.
  composerIn(doc) {
    const active = doc.querySelector(SELECTORS.activePane);
    return active && firstShown(active.querySelectorAll(SELECTORS.composer));
  },
};
