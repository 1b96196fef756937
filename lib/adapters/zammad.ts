/**
 * Zammad, classic agent UI (open source, Rails + Spine/CoffeeScript; self-hosted).
 *
 * Markup: client-rendered Eco templates (app/views/ticket_zoom/*.jst.eco). Every open ticket stays in
 * the DOM as a task: `#taskbars .content`, only the shown one `.active`; everything is read inside it.
 * Articles `.ticket-article-item.<sender>` (`customer` / `agent` / `system`) with `.is-internal` for
 * notes, `[data-id]`. The author is only in the article's top meta rows ("From": `Name <email>`)
 * or the avatar; time `time.humanTimeFromNow[datetime]` (ISO, UTC); body
 * `.textBubble-content .richtext-content`. Ticket `.js-objectNumber[data-number]`, title
 * `.js-objectTitle` (an editable div). Composer: a plain contenteditable,
 * `form.article-add .articleNewEdit-body[contenteditable]`. URLs are hash routes: `#ticket/zoom/<id>`.
 * Stability: high (template classes unchanged across Zammad 5–6).
 */
import { elementText, inlineText } from '../conversation/text';
import type { ConversationSnapshot, Message, Role } from '../conversation/types';
import { compact, composerOf, firstByClass, nameAndEmail, timeOf } from './shared';
import type { Adapter } from './types';

const SELECTORS = {
  activeTask: '#taskbars .content.active',
  articleClass: 'ticket-article-item',
  senderRoles: { customer: 'customer', agent: 'agent', system: 'system' } as Record<string, Role>,
  internalClass: 'is-internal',
  /** The first value row of the top meta block is "From". */
  fromValue: '.article-meta.top .article-meta-value',
  timeClass: 'humanTimeFromNow',
  bodyClass: 'richtext-content',
  bubbleClass: 'textBubble-content',
  number: '.js-objectNumber',
  title: '.js-objectTitle',
  composer: 'form.article-add .articleNewEdit-body[contenteditable]',
} as const;

export const zammad: Adapter = {
  id: 'zammad',
  label: 'Zammad',
  hosted: false,
  hosts: [],
  selectors: SELECTORS,
  messages: `${SELECTORS.activeTask} .${SELECTORS.articleClass}`,

  matches(url) {
    return /^#ticket\/zoom\/\d+/.test(url.hash);
  },

  detect(doc) {
    return !!doc.getElementById('taskbars') && !!doc.getElementById('app');
  },

  read(doc, url) {
    const task = doc.querySelector(SELECTORS.activeTask);
    const numberEl = task?.querySelector(SELECTORS.number);
    const articles = task ? Array.from(task.getElementsByClassName(SELECTORS.articleClass)) : [];
    if (!numberEl && articles.length === 0) return null;

    let customer: { name?: string; email?: string } | undefined;
    const messages: Message[] = [];
    for (const el of articles) {
      const message = readArticle(el);
      if (!message) continue;
      if (message.role === 'customer' && !customer) customer = nameAndEmail(el.querySelector(SELECTORS.fromValue)?.textContent);
      messages.push(message.message);
    }

    return {
      helpdesk: 'zammad',
      url: url.href,
      conversationId: numberEl?.getAttribute('data-number') || inlineText(numberEl) || undefined,
      subject: inlineText(task?.querySelector(SELECTORS.title)) || undefined,
      customer: compact({ name: customer?.name, email: customer?.email }),
      messages,
      composer: zammad.composer(doc),
      channel: customer?.email ? 'email' : 'unknown',
      confidence: 0.9,
    } satisfies ConversationSnapshot;
  },

  composer(doc) {
    return composerOf(doc.querySelector(SELECTORS.activeTask)?.querySelector(SELECTORS.composer), 'contenteditable');
  },
};

function readArticle(el: Element): { role: Role; message: Message } | null {
  let role: Role | undefined;
  for (const name of Array.from(el.classList)) role ??= SELECTORS.senderRoles[name];
  if (!role) return null;
  if (el.classList.contains(SELECTORS.internalClass)) role = 'note';
  const from = nameAndEmail(el.querySelector(SELECTORS.fromValue)?.textContent);
  const body = firstByClass(firstByClass(el, SELECTORS.bubbleClass), SELECTORS.bodyClass);
  const message = compact({
    id: el.getAttribute('data-id') ?? undefined,
    role,
    // Agents' e-mails go out as "Tom Okafor via Support <support@…>" (Zammad's default sender format).
    author: from.name?.replace(/ via .*$/, '') ?? from.email,
    at: timeOf(firstByClass(el, SELECTORS.timeClass)),
    text: elementText(body),
  });
  return { role, message };
}
