/**
 * Gmail (mail.google.com), for teams that answer customers from a mailbox.
 *
 * Markup: Closure-compiled, obfuscated class names that have nevertheless stayed the same for
 * years and that many public extensions rely on (see docs/helpdesks.md). A thread is a
 * `[role="list"]` of list items, oldest first; an item's class says its state: `h7` expanded, `kv`
 * collapsed, `kQ` / `kx` hidden behind Gmail's "N older messages". An expanded message is
 * `div.adn[data-message-id]`, its sender `span.gD[email][name]`, its time `span.g3[title]`
 * ("Mon, Nov 23, 2026, 6:16 AM" in the browser's zone; the text is relative), its body `div.a3s`.
 * A collapsed one has no `div.adn` and no body in the page: only its header (`.adf.ads`) with the
 * sender (`td.gF span[email]`), the same time span and a one-line preview `.iA.g6`. The thread's
 * subject is `h2.hP` (in `.ha`). Stability: medium.
 *
 * Collapsed messages are read with their preview as the text and `partial: true`, in page order
 * with the expanded ones, so that a long thread keeps its earlier messages (and a thread whose
 * messages are all collapsed is still a conversation). Hidden ones (`kQ`, `kx`) are not in the
 * page at all and are not read. On the agent's click in the panel, `expand` presses the "N older
 * messages" notice (`.adv`) and each collapsed header, as a mouse would (Gmail acts on mousedown and
 * mouseup), found by structure, not by the localised "Expand all" label; the page is then read again.
 *
 * Assumed: who is the agent is decided by the signed-in account's address (the account button's
 * `aria-label`, else the window title "Subject - me@… - Gmail"): messages from it are the agent's,
 * all others the customer's. A shared mailbox the agent sends *as* (support@…) is not recognised.
 * Quoted history inside a body (`.gmail_quote`, folded by Gmail as "trimmed content") is left out.
 */
import { elementText, inlineText } from '../conversation/text';
import type { Message } from '../conversation/types';
import { compact, composerOf, emailIn, firstByClass, firstShown, press, timeOf } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  subject: 'h2.hP, .ha h2',
  threadView: '[role="main"]',
  message: 'div.adn[data-message-id]',
  /** Expanded messages and collapsed ones (a thread's list item with class `kv`, no `div.adn` inside), in page order. */
  anyMessage: 'div.adn[data-message-id], [role="list"] .kv',
  senderClass: 'gD',
  /** The sender in a message's header, collapsed or expanded. */
  headerSender: 'td.gF span[email]',
  /** A collapsed message's header: pressing it opens the message (Gmail listens to mousedown/mouseup). */
  collapsedHeader: '.adf.ads',
  /** The thread's folded middle, "N older messages" (in a `kQ` item): pressing it shows the hidden ones, collapsed. */
  olderNotice: '[role="list"] .adv',
  /** A collapsed message's one-line preview. */
  snippetClass: 'iA',
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
  messages: SELECTORS.anyMessage,

  matches(url) {
    return onHosts(HOSTS, url);
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.subject}, ${SELECTORS.anyMessage}`);
  },

  read(doc, url) {
    const { subject, items } = threadOf(doc);
    if (items.length === 0) return null;

    const accountLabel = doc.querySelector(SELECTORS.account)?.getAttribute('aria-label') ?? '';
    const me = (emailIn(accountLabel) ?? emailIn(doc.title))?.toLowerCase();
    // "Google Account: Sam Rivera (sam@…)": the agent's own name, where Gmail writes "me".
    const myName = /:\s*([^(]+?)\s*\(/.exec(accountLabel)?.[1];
    let customer: { name?: string; email?: string } = {};
    const messages: Message[] = [];
    for (const item of items) {
      const collapsed = !item.matches(SELECTORS.message);
      const sender = (collapsed && item.querySelector(SELECTORS.headerSender)) || firstByClass(item, SELECTORS.senderClass);
      const email = sender?.getAttribute('email') ?? undefined;
      const fromMe = !!me && email?.toLowerCase() === me;
      const shown = sender?.getAttribute('name') || inlineText(sender);
      const author = (fromMe && (!shown || shown === 'me') ? myName : shown) || email;
      if (!fromMe && !customer.email && email) customer = compact({ name: author, email });
      const common = { role: fromMe ? ('agent' as const) : ('customer' as const), author, at: timeOf(firstByClass(item, SELECTORS.timeClass)) };
      if (collapsed) {
        // Gmail's preview of a collapsed message: the start of its body, all that the page holds of it.
        messages.push(compact({ ...common, text: inlineText(firstByClass(item, SELECTORS.snippetClass)), partial: true as const }));
        continue;
      }
      messages.push(
        compact({
          id: item.getAttribute('data-legacy-message-id') ?? item.getAttribute('data-message-id')?.replace(/^#/, ''),
          ...common,
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

  /**
   * Presses, by structure and never by Gmail's (localised) "Expand all" label, the thread's
   * "N older messages" notice and the header of each collapsed message, as a mouse would. The
   * notice's messages come back collapsed: the caller presses again once the page has changed.
   */
  expand(doc, pressed = new WeakSet()) {
    const { thread, items } = threadOf(doc);
    const targets = [
      ...Array.from(thread.querySelectorAll(SELECTORS.olderNotice)),
      ...items.filter((item) => !item.matches(SELECTORS.message)).map((item) => item.querySelector(SELECTORS.collapsedHeader) ?? item),
    ].filter((el) => !pressed.has(el));
    for (const el of targets) {
      pressed.add(el);
      press(el);
    }
    return targets.length;
  },

  composer(doc) {
    const main = firstShown(doc.querySelectorAll(SELECTORS.threadView));
    return composerOf(main?.querySelector(SELECTORS.composer) ?? doc.querySelector(SELECTORS.composer));
  },
};

/** The open thread (the view around its shown subject, else the page) and its messages in page order, expanded or collapsed. */
function threadOf(doc: Document): { subject: Element | null; thread: Element | Document; items: Element[] } {
  const subject = firstShown(doc.querySelectorAll(SELECTORS.subject));
  const thread = subject?.closest(SELECTORS.threadView) ?? doc;
  // querySelectorAll answers in document order: collapsed and expanded messages stay interleaved as shown.
  return { subject, thread, items: Array.from(thread.querySelectorAll(SELECTORS.anyMessage)).filter(isMessage) };
}

/**
 * Keeps expanded messages, and collapsed ones that are a message's own item: not a `kv` in the item
 * of an expanded message, nor inside another collapsed item (should Gmail nest the class), which
 * would read one message twice.
 */
function isMessage(item: Element): boolean {
  if (item.matches(SELECTORS.message)) return true;
  const listItem = item.closest('[role="listitem"]') ?? item;
  return !listItem.querySelector(SELECTORS.message) && !item.querySelector(SELECTORS.message) && !item.parentElement?.closest('.kv, div.adn');
}
