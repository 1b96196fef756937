/**
 * Gmail (mail.google.com), for teams that answer customers from a mailbox.
 *
 * Markup: Closure-compiled, obfuscated class names that have nevertheless stayed the same for
 * years and that many public extensions rely on (see docs/helpdesks.md): each
 * expanded message of a thread is `div.adn[data-message-id]`, its sender `span.gD[email][name]`,
 * its time `span.g3[title]` ("Mon, Nov 23, 2026, 6:16 AM" in the browser's zone; the text is
 * relative), its body `div.a3s`; the thread's subject `h2.hP`. Stability: medium.
 *
 * Assumed: who is the agent is decided by the signed-in account's address (the account button's
 * `aria-label`, else the window title "Subject - me@… - Gmail"): messages from it are the agent's,
 * all others the customer's. A shared mailbox the agent sends *as* (support@…) is not recognised.
 * Quoted history inside a body (`.gmail_quote`, folded by Gmail as "trimmed content") is left out.
 * Collapsed messages of a long thread are not in the DOM until expanded: only what is shown is read.
 */
import { elementText, inlineText } from '../conversation/text';
import type { Message } from '../conversation/types';
import { compact, composerOf, emailIn, firstByClass, firstShown, timeOf } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  subject: 'h2.hP',
  threadView: '[role="main"]',
  message: 'div.adn[data-message-id]',
  senderClass: 'gD',
  timeClass: 'g3',
  bodyClass: 'a3s',
  quoteClass: 'gmail_quote',
  /** The "…" button that unfolds trimmed content. */
  trimmedToggleClass: 'ajR',
  account: 'a[aria-label^="Google Account"]',
  composer: 'div[contenteditable="true"][role="textbox"]',
} as const;

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://mail.google.com/*'];

export const gmail: Adapter = {
  id: 'gmail',
  label: 'Gmail',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,

  matches(url) {
    return onHosts(HOSTS, url);
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.subject}, ${SELECTORS.message}`);
  },

  read(doc, url) {
    const subject = firstShown(doc.querySelectorAll(SELECTORS.subject));
    const thread = subject?.closest(SELECTORS.threadView) ?? doc;
    const items = thread.querySelectorAll(SELECTORS.message);
    if (items.length === 0) return null;

    const accountLabel = doc.querySelector(SELECTORS.account)?.getAttribute('aria-label') ?? '';
    const me = (emailIn(accountLabel) ?? emailIn(doc.title))?.toLowerCase();
    // "Google Account: Sam Rivera (sam@…)": the agent's own name, where Gmail writes "me".
    const myName = /:\s*([^(]+?)\s*\(/.exec(accountLabel)?.[1];
    let customer: { name?: string; email?: string } = {};
    const messages: Message[] = [];
    for (const item of Array.from(items)) {
      const sender = firstByClass(item, SELECTORS.senderClass);
      const email = sender?.getAttribute('email') ?? undefined;
      const fromMe = !!me && email?.toLowerCase() === me;
      const shown = sender?.getAttribute('name') || inlineText(sender);
      const author = (fromMe && (!shown || shown === 'me') ? myName : shown) || email;
      if (!fromMe && !customer.email && email) customer = compact({ name: author, email });
      messages.push(
        compact({
          id: item.getAttribute('data-legacy-message-id') ?? item.getAttribute('data-message-id')?.replace(/^#/, ''),
          role: fromMe ? ('agent' as const) : ('customer' as const),
          author,
          at: timeOf(firstByClass(item, SELECTORS.timeClass)),
          text: elementText(firstByClass(item, SELECTORS.bodyClass), { skip: `.${SELECTORS.quoteClass},.${SELECTORS.trimmedToggleClass}` }),
        }),
      );
    }

    return {
      helpdesk: 'gmail',
      url: url.href,
      ...compact({
        // The thread's key is the last segment of the hash route: #inbox/FMfcgz…, #label/Support/FMfcgz…
        conversationId: /\/([^/?]+)$/.exec(url.hash)?.[1],
        subject: inlineText(subject) || undefined,
      }),
      customer,
      messages,
      composer: gmail.composer(doc),
      channel: 'email',
      confidence: 0.85,
    };
  },

  composer(doc) {
    const main = firstShown(doc.querySelectorAll(SELECTORS.threadView));
    return composerOf(main?.querySelector(SELECTORS.composer) ?? doc.querySelector(SELECTORS.composer));
  },
};
