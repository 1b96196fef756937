/**
 * osTicket (open source, PHP; self-hosted). Staff panel under `/scp/`.
 *
 * Markup: server-rendered PHP templates (include/staff/ticket-view.inc.php, include/staff/templates/
 * thread-entries.tmpl.php, thread-entry.tmpl.php, thread-event.tmpl.php). Entries are
 * `#thread-items .thread-entry.<type>` with type `message` (the user), `response` (staff) or `note`
 * (internal); each header says "<b>Name</b> posted <time datetime=ISO>" and links `a[name=entry-N]`.
 * Events (status, assignment) are `.thread-event` with a `.description` sentence and its own
 * `time[datetime]`. Agents can sort the thread newest first, so order comes from the times.
 * Ticket `.flush-left h2 a` ("Ticket #461162"), subject `.tixTitle h3`, user `#user-<id>-name` /
 * `#user-<id>-email`. Composer: Redactor (`.redactor-in[contenteditable]`) over `textarea#response`
 * in `form#reply`, or over `textarea#internal_note` in `form#note`. Stability: high.
 */
import { elementText, inlineText } from '../conversation/text';
import type { ConversationSnapshot, Message, Role } from '../conversation/types';
import { compact, composerOf, firstByClass, isShown, oldestFirst, timeOf } from './shared';
import type { Adapter } from './types';

const SELECTORS = {
  items: '#thread-items .thread-entry, #thread-items .thread-event',
  entryClass: 'thread-entry',
  typeClasses: { message: 'customer', response: 'agent', note: 'note' } as Record<string, Role>,
  headerClass: 'header',
  bodyClass: 'thread-body',
  descriptionClass: 'description',
  entryAnchor: 'a[name^="entry-"]',
  number: '.flush-left h2 a',
  subject: '.tixTitle h3',
  userName: '[id^="user-"][id$="-name"]',
  userEmail: '[id^="user-"][id$="-email"]',
  forms: ['form#reply', 'form#note'],
  editor: '.redactor-in[contenteditable]',
  textarea: 'textarea#response, textarea#internal_note',
  /** Where the agent writes: the shown tab's Redactor, else its textarea. */
  composer: 'form#reply .redactor-in[contenteditable], form#note .redactor-in[contenteditable], textarea#response, textarea#internal_note',
  /** The staff panel's own stylesheet and script, on every `/scp/` page. */
  staffPanel: 'link[href*="scp/css/scp.css"], script[src*="scp/js/scp.js"]',
} as const;

export const osticket: Adapter = {
  id: 'osticket',
  label: 'osTicket',
  hosted: false,
  hosts: [],
  selectors: SELECTORS,
  messages: SELECTORS.items,

  matches(url) {
    return /\/scp\/tickets\.php$/.test(url.pathname) && url.searchParams.has('id');
  },

  detect(doc) {
    return !!doc.querySelector(SELECTORS.staffPanel) || !!doc.getElementById('thread-items');
  },

  read(doc, url) {
    const items = Array.from(doc.querySelectorAll(SELECTORS.items));
    const number = /#\s*(\w+)/.exec(inlineText(doc.querySelector(SELECTORS.number)))?.[1];
    if (!number && items.length === 0) return null;

    const nameEl = doc.querySelector(SELECTORS.userName);
    const messages = oldestFirst(items.map(readItem).filter((m): m is Message => m !== null));

    return {
      helpdesk: 'osticket',
      url: url.href,
      conversationId: number,
      subject: inlineText(doc.querySelector(SELECTORS.subject)) || undefined,
      customer: compact({
        name: inlineText(nameEl) || undefined,
        email: inlineText(doc.querySelector(SELECTORS.userEmail)) || undefined,
        id: nameEl?.id.replace(/^user-|-name$/g, ''),
      }),
      messages,
      composer: osticket.composer(doc),
      channel: 'email',
      confidence: 0.9,
    } satisfies ConversationSnapshot;
  },

  composer(doc) {
    for (const selector of SELECTORS.forms) {
      const form = doc.querySelector(selector);
      // The Reply and Internal Note tabs share the page; the inactive one is hidden.
      if (!form || !isShown(form)) continue;
      const editor = form.querySelector(SELECTORS.editor);
      return editor ? composerOf(editor, 'redactor') : composerOf(form.querySelector(SELECTORS.textarea), 'textarea');
    }
    return { found: false };
  },
};

function readItem(el: Element): Message | null {
  const time = el.getElementsByTagName('time')[0];
  if (!el.classList.contains(SELECTORS.entryClass)) {
    const description = firstByClass(el, SELECTORS.descriptionClass);
    const text = inlineText(description, { skip: 'time' });
    if (!text) return null;
    return compact({ role: 'system' as Role, author: inlineText(description?.getElementsByTagName('b')[0]) || undefined, at: timeOf(time), text });
  }
  let role: Role | undefined;
  for (const name of Array.from(el.classList)) role ??= SELECTORS.typeClasses[name];
  if (!role) return null;
  const header = firstByClass(el, SELECTORS.headerClass);
  return compact({
    id: header?.querySelector(SELECTORS.entryAnchor)?.getAttribute('name')?.replace('entry-', ''),
    role,
    author: inlineText(header?.getElementsByTagName('b')[0]) || undefined,
    at: timeOf(time),
    text: elementText(firstByClass(el, SELECTORS.bodyClass)),
  });
}
