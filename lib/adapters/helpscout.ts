/**
 * Help Scout (hosted, `secure.helpscout.net/conversation/<id>/<number>`).
 *
 * Markup (see docs/helpdesks.md): the current UI lists threads in
 * `ol[aria-label="Thread Items"]`, each `li` holding a `div[id^="thread-"]` (the thread id, which
 * grows with time); the legacy UI used `article.thread.<type>` with `section.messageBody`. The
 * subject carries `aria-label="Conversation Subject"`, the reply editor `role="textbox"` with
 * `aria-label="Reply Editor"` (present only once Reply is clicked). Help Scout shows threads
 * newest first by default; they are put oldest first by time, else by thread id.
 * Stability: medium (accessibility labels and ids; the classes are generated).
 *
 * Guessed, not confirmed by public code: that the thread's type — Help Scout's API names
 * `customer`, `message` (a reply), `note`, `lineitem` (an event), `chat`, `phone` — appears as a
 * word in the thread element's class or `data-thread-type` (it does in the legacy UI, and in
 * FreeScout, which copies it; public code from another maintained tool shows the current UI
 * marking customer threads `is-customer`, which the same word match reads, treating the other
 * threads as the agent's, showing the time as the text of a `time`, and separating header and
 * body by an `<hr>`); the author in a `header strong`, the body in `[data-cy="ThreadBody"]`; the customer's name and e-mail in the sidebar's
 * `[aria-label="Customer Profile"]`. Much of the page's data lives in its own JavaScript
 * (`appData`), which a content script cannot see.
 */
import { elementText, inlineText } from '../conversation/text';
import type { Message, Role } from '../conversation/types';
import { compact, composerOf, emailIn, fillAuthors, oldestFirst, timeOf } from './shared';
import { onHosts } from './hosts-match';
import type { Adapter } from './types';

const SELECTORS = {
  thread: 'ol[aria-label="Thread Items"] li div[id^="thread-"], article.thread',
  author: 'header strong',
  time: 'time',
  body: '[data-cy="ThreadBody"], section.messageBody',
  header: 'header',
  rule: 'hr',
  subject: '[aria-label="Conversation Subject"]',
  profile: '[aria-label="Customer Profile"]',
  profileName: 'h2, h3',
  mailto: 'a[href^="mailto:"]',
  composer: '[role="textbox"][aria-label="Reply Editor"]',
} as const;

/** Help Scout's thread types, as words in the thread's class or `data-thread-type`. */
const TYPE = /\b(customer|message|note|lineitem|chat|phone)\b/;
const ROLE_BY_TYPE: Record<string, Role> = { customer: 'customer', message: 'agent', note: 'note', lineitem: 'system', chat: 'customer', phone: 'customer' };

/** The vendor's domains, as match patterns: the hosted bundle runs there (lib/adapters/hosts.ts). */
const HOSTS = ['*://secure.helpscout.net/*'];

/** The thread's body element; without one, what follows the rule between header and body. */
function bodyText(thread: Element): string {
  const body = thread.querySelector(SELECTORS.body);
  if (body) return elementText(body);
  const rule = thread.querySelector(SELECTORS.rule);
  const above: (Element | null)[] = [thread.querySelector(SELECTORS.header)];
  for (let el: Element | null = rule; el; el = el.previousElementSibling) above.push(el);
  return elementText(thread, { exclude: above.filter((el): el is Element => !!el) });
}

export const helpscout: Adapter = {
  id: 'helpscout',
  label: 'Help Scout',
  hosted: true,
  hosts: HOSTS,
  selectors: SELECTORS,
  messages: SELECTORS.thread,

  matches(url) {
    return onHosts(HOSTS, url);
  },

  detect(doc) {
    return !!doc.querySelector(`${SELECTORS.subject}, ol[aria-label="Thread Items"], article.thread`);
  },

  read(doc, url) {
    const threads = Array.from(doc.querySelectorAll(SELECTORS.thread));
    const number = /\/conversation\/\d+\/(\d+)/.exec(url.pathname)?.[1];
    if (threads.length === 0 && !number) return null;

    let channel: 'email' | 'chat' | 'phone' = 'email';
    const messages: (Message & { order: number })[] = [];
    for (const thread of threads) {
      const type = TYPE.exec(`${thread.getAttribute('data-thread-type') ?? ''} ${thread.className}`)?.[1] ?? '';
      if (type === 'chat' || type === 'phone') channel = type;
      const author = inlineText(thread.querySelector(SELECTORS.author)) || undefined;
      messages.push(
        compact({
          order: Number(/\d+/.exec(thread.id)?.[0] ?? 0),
          id: /\d+/.exec(thread.id)?.[0],
          // A thread with no type word is someone writing (the agent's side) when it names an author.
          role: ROLE_BY_TYPE[type] ?? (author ? 'agent' : 'system'),
          author,
          at: timeOf(thread.querySelector(SELECTORS.time)),
          text: bodyText(thread),
        }),
      );
    }
    // By time when every thread has one, else by id (ids grow with time).
    if (!messages.every((m) => m.at)) messages.sort((a, b) => a.order - b.order);
    const ordered: Message[] = oldestFirst(messages).map(({ order: _order, ...message }) => message);

    const profile = doc.querySelector(SELECTORS.profile);
    const name = inlineText(profile?.querySelector(SELECTORS.profileName)) || ordered.find((m) => m.role === 'customer' && m.author)?.author;
    fillAuthors(ordered, 'customer', name);
    const subject = doc.querySelector(SELECTORS.subject);
    return {
      helpdesk: 'helpscout',
      url: url.href,
      ...compact({
        conversationId: number,
        subject: (subject as HTMLInputElement | null)?.value?.trim() || inlineText(subject) || undefined,
      }),
      customer: compact({ name, email: emailIn(profile?.querySelector(SELECTORS.mailto)?.getAttribute('href')) }),
      messages: ordered,
      composer: helpscout.composer(doc),
      channel,
      confidence: 0.85,
    };
  },

  composer(doc) {
    return composerOf(doc.querySelector(SELECTORS.composer));
  },
};
