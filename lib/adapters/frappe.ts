/**
 * Frappe Helpdesk (open source, Frappe framework + Vue 3 / frappe-ui; self-hosted or Frappe Cloud).
 *
 * Markup: client-rendered Vue (desk/src/components/EmailArea.vue, EmailContent.vue, CommentBox.vue;
 * pages/ticket/TicketAgent.vue). The agent view is `/helpdesk/tickets/<id>`; its document title is
 * "<id> - <subject>". Activities: e-mails `#communication-<name>` (sender's full name in the first
 * `span`, then "<address>" in another), comments `#comment-<name>` (internal; the commenter's name is in
 * the header just above, `.font-medium`). E-mail bodies are rendered into an `iframe[srcdoc]`
 * (`.email-content` inside it; older releases put `.email-content` in the page). Times are relative
 * ("2 hours ago") with the full date only in a hover tooltip, so messages carry no `at`, and the page
 * order (oldest first) is kept. Composer: TipTap/ProseMirror, the only `.ProseMirror[contenteditable=true]`
 * (existing comments render read-only editors). Assets load from `/assets/helpdesk/`. Stability: medium.
 */
import { elementText, inlineText } from '../conversation/text';
import type { ConversationSnapshot, Message } from '../conversation/types';
import { compact, composerOf, emailIn, firstByClass, frameBody } from './shared';
import type { Adapter } from './types';

const SELECTORS = {
  appAssets: 'link[href*="/assets/helpdesk/"], script[src*="/assets/helpdesk/"]',
  activities: '[id^="communication-"], [id^="comment-"]',
  emailContentClass: 'email-content',
  commenterClass: 'font-medium',
  composer: '.ProseMirror[contenteditable="true"]',
} as const;

const TICKET_PATH = /^\/helpdesk\/tickets\/(\d+)/;

export const frappe: Adapter = {
  id: 'frappe',
  label: 'Frappe Helpdesk',
  hosted: false,
  hosts: [],
  selectors: SELECTORS,
  messages: SELECTORS.activities,

  matches(url) {
    return TICKET_PATH.test(url.pathname);
  },

  detect(doc) {
    return !!doc.querySelector(SELECTORS.appAssets);
  },

  read(doc, url) {
    const conversationId = TICKET_PATH.exec(url.pathname)?.[1];
    // Off its own route (a page saved or served elsewhere), a page with activities is still a ticket.
    if (!conversationId && !doc.querySelector(SELECTORS.activities)) return null;

    let customer: { name?: string; email?: string } | undefined;
    const messages: Message[] = [];
    for (const el of Array.from(doc.querySelectorAll(SELECTORS.activities))) {
      const id = el.id.replace(/^(communication|comment)-/, '');
      if (el.id.startsWith('comment-')) {
        const commenter = inlineText(el.parentElement?.getElementsByClassName(SELECTORS.commenterClass)[0]) || undefined;
        messages.push(compact({ id, role: 'note' as const, author: commenter, text: elementText(el) }));
        continue;
      }
      const sender = readSender(el);
      // The ticket is raised by whoever sent its first e-mail; everyone else writing is staff.
      customer ??= sender;
      const fromCustomer = sender.email ? sender.email === customer.email : sender.name === customer.name;
      messages.push(compact({ id, role: fromCustomer ? ('customer' as const) : ('agent' as const), author: sender.name ?? sender.email, text: emailBody(el) }));
    }

    return {
      helpdesk: 'frappe',
      url: url.href,
      conversationId,
      subject: new RegExp(`^${conversationId}\\s*-\\s*(.+?)(?:\\s*\\|.*)?$`).exec(doc.title.trim())?.[1],
      customer: compact({ name: customer?.name, email: customer?.email }),
      messages,
      composer: frappe.composer(doc),
      channel: 'email',
      confidence: 0.8,
    } satisfies ConversationSnapshot;
  },

  composer(doc) {
    return composerOf(doc.querySelector(SELECTORS.composer), 'prosemirror');
  },
};

function readSender(el: Element): { name?: string; email?: string } {
  const spans = el.getElementsByTagName('span');
  const name = inlineText(spans[0]) || undefined;
  for (const span of Array.from(spans).slice(0, 6)) {
    const text = inlineText(span);
    if (/^<.+@.+>$/.test(text)) return compact({ name, email: emailIn(text) });
  }
  return compact({ name });
}

/** The body lives in the page, in the srcdoc iframe's document once loaded, or only in its srcdoc. */
function emailBody(el: Element): string {
  const inPage = firstByClass(el, SELECTORS.emailContentClass);
  if (inPage) return elementText(inPage);
  const frame = el.getElementsByTagName('iframe')[0];
  const loaded = elementText(firstByClass(frameBody(frame), SELECTORS.emailContentClass));
  if (loaded || !frame || typeof DOMParser === 'undefined') return loaded;
  // Parsed inertly (a DOMParser document runs no scripts and loads nothing).
  const parsed = new DOMParser().parseFromString(frame.getAttribute('srcdoc') ?? '', 'text/html');
  return elementText(firstByClass(parsed, SELECTORS.emailContentClass));
}
