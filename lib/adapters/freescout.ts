/**
 * FreeScout (open source, Help Scout–like, PHP/Laravel; self-hosted).
 *
 * Markup: server-rendered Blade templates (resources/views/conversations/view.blade.php,
 * partials/thread.blade.php, thread_by.blade.php, customers/profile_snippet.blade.php, layouts/app.blade.php).
 * `<body data-auth_user_id>` on every signed-in page, `data-conversation_id` on a conversation.
 * Threads are `#conv-layout-main .thread` **newest first**, typed by class: `thread-type-customer`,
 * `-message` (agent reply), `-note`, `-lineitem` (status/assignment changes, no `data-thread_id`),
 * `-draft` (unsent, skipped). The signed-in agent's own posts say "you" (thread_by.blade.php) with no
 * link; the real name is only in the user menu, `.dropdown-toggle-account .nav-user` (first name).
 * Dates: `a.thread-date[title]` "May 2, 2024 10:15" in the agent's zone; Bootstrap's tooltip moves the
 * title to `data-original-title` once it runs. The composer (Summernote over `textarea#body`) lives in
 * `.conv-reply-block`, which is `.hidden` until Reply (or Note) is clicked. Stability: high.
 */
import { elementText, inlineText } from '../conversation/text';
import type { ConversationSnapshot, Message, Role } from '../conversation/types';
import { compact, composerOf, firstByClass, parseDisplayDate } from './shared';
import type { Adapter } from './types';

const SELECTORS = {
  threads: '#conv-layout-main .thread',
  /** Class → role; a thread with none of these (a draft, a module's own type) is skipped. */
  roleClasses: { 'thread-type-customer': 'customer', 'thread-type-message': 'agent', 'thread-type-note': 'note', 'thread-type-lineitem': 'system' } as Record<string, Role>,
  personClass: 'thread-person',
  titleClass: 'thread-title',
  dateClass: 'thread-date',
  contentClass: 'thread-content',
  number: '.conv-numnav strong',
  subjectInput: '#conv-subj-value',
  subjectClass: 'conv-subjtext',
  customerName: '#conv-layout-customer .customer-name',
  customerEmail: '#conv-layout-customer .customer-email .contact-main',
  signedInName: '.dropdown-toggle-account .nav-user',
  composer: '.conv-reply-block:not(.hidden) .note-editable[contenteditable]',
  composerTextarea: '.conv-reply-block:not(.hidden) textarea#body',
} as const;

export const freescout: Adapter = {
  id: 'freescout',
  label: 'FreeScout',
  hosted: false,
  hosts: [],
  selectors: SELECTORS,
  messages: SELECTORS.threads,

  matches(url) {
    return /\/conversation\/\d+/.test(url.pathname);
  },

  detect(doc) {
    return !!doc.body?.hasAttribute('data-auth_user_id') && !!doc.getElementById('app');
  },

  read(doc, url) {
    const body = doc.body;
    const conversationId = inlineText(doc.querySelector(SELECTORS.number)) || undefined;
    const threads = Array.from(doc.querySelectorAll(SELECTORS.threads));
    if (!body?.hasAttribute('data-conversation_id') && threads.length === 0) return null;

    const me = inlineText(doc.querySelector(SELECTORS.signedInName)) || undefined;
    const customerName = inlineText(doc.querySelector(SELECTORS.customerName)) || undefined;
    const messages: { n: number; message: Message }[] = [];
    for (const el of threads) {
      const role = roleOf(el);
      if (!role) continue;
      const message = readThread(el, role, me);
      messages.push({ n: Number(el.id.replace(/\D/g, '')), message });
    }
    // Thread ids only grow, so they give the order whichever way the agent sorts the page.
    messages.sort((a, b) => a.n - b.n);
    const subjectInput = doc.querySelector<HTMLInputElement>(SELECTORS.subjectInput);

    return {
      helpdesk: 'freescout',
      url: url.href,
      conversationId,
      subject: subjectInput?.value.trim() || inlineText(firstByClass(doc, SELECTORS.subjectClass)) || undefined,
      customer: compact({
        name: customerName,
        email: inlineText(doc.querySelector(SELECTORS.customerEmail)) || undefined,
        id: /\/customers\/(\d+)/.exec(doc.querySelector(SELECTORS.customerName)?.getAttribute('href') ?? '')?.[1],
      }),
      messages: messages.map((m) => m.message),
      composer: freescout.composer(doc),
      channel: 'email',
      confidence: 0.9,
    } satisfies ConversationSnapshot;
  },

  composer(doc) {
    const editor = doc.querySelector(SELECTORS.composer);
    if (editor) return composerOf(editor, 'summernote');
    return composerOf(doc.querySelector(SELECTORS.composerTextarea), 'textarea');
  },
};

function roleOf(el: Element): Role | undefined {
  for (const name of Array.from(el.classList)) {
    const role = SELECTORS.roleClasses[name];
    if (role) return role;
  }
  return undefined;
}

function readThread(el: Element, role: Role, me: string | undefined): Message {
  const date = firstByClass(el, SELECTORS.dateClass);
  const title = date?.getAttribute('title') || date?.getAttribute('data-original-title') || '';
  let author: string | undefined;
  let text: string;
  if (role === 'system') {
    // A line item is one sentence led by its author ("you marked as Closed"): the title is the message.
    text = inlineText(firstByClass(el, SELECTORS.titleClass));
    if (me && /^you\b/i.test(text)) {
      author = me;
      text = text.replace(/^you\b/i, me);
    }
  } else {
    author = inlineText(firstByClass(el, SELECTORS.personClass)) || undefined;
    if (author?.toLowerCase() === 'you') author = me;
    text = elementText(firstByClass(el, SELECTORS.contentClass));
  }
  return compact({ id: el.getAttribute('data-thread_id') ?? (el.id.replace(/^thread-/, '') || undefined), role, author, at: parseDisplayDate(title), text });
}
