/**
 * Request Tracker 5 (Best Practical; open source, self-hosted).
 *
 * Markup: server-rendered Mason templates with Bootstrap 4 classes, checked against RT 5.0.3 from
 * Debian (tests/fixtures/helpdesks/rt/). Every page has `#rt-header-container` and a body id of
 * `comp-<path>` (`comp-Ticket-Display`). The ticket page loads its history by AJAX after the page
 * (`$ShowHistory = 'delay'`), into `.history-container`; each entry is
 * `.transaction.Ticket-transaction.<class>[data-transaction-id]` where <class> is RT's own
 * classification: `message` (create, correspondence, comment), `basics`, `people`, `dates`,
 * `links`, `cfs`, `other` (outgoing e-mail records, …). Reply and comment share the same markup;
 * only the description text ("Correspondence added" / "Comments added") tells them apart, and it
 * is translated in other languages. Dates are display strings in the RT user's zone, no ISO.
 * Stability: high for the class names (unchanged since RT 4.2), medium for the description texts.
 *
 * The reply page (`/Ticket/Update.html?id=N&Action=Respond`) holds no history in RT 5, only the
 * form: CKEditor 4 in `iframe.cke_wysiwyg_frame` over `textarea#UpdateContent`.
 */
import { elementText, inlineText } from '../conversation/text';
import type { ComposerState, ConversationSnapshot, Message, Role } from '../conversation/types';
import type { Adapter } from './types';

const SELECTORS = {
  /** RT's page chrome: present on every RT page, staff and self-service. */
  pageHeader: '#rt-header-container',
  credits: '#bpscredits',
  /** "#5: Subject", "Update ticket #5: Subject", "Ticket History #5: Subject". */
  title: '#header h1',
  /** The ticket's People box (display page); each requestor is a `.user[data-user-id]`. */
  requestors: '.ticket-info-people .requestors .user',
  transaction: '.history-container .transaction[data-transaction-id]',
  /*
   * Inside a transaction, parts are found by class name (getElementsByClassName), several times
   * faster than selector matching on a ticket with a thousand transactions.
   */
  /** RT's classification of a transaction, as a class on it. */
  messageTransactionClass: 'message',
  /** Date, description (with the author's `.user`) and action links. */
  metadataClass: 'metadata',
  dateClass: 'date',
  descriptionClass: 'description',
  userClass: 'user',
  /** "Outgoing email recorded": a copy of mail RT sent, its body not shown; skipped. */
  emailRecordLink: '.actions a[href*="ShowEmailRecord.html"]',
  /** One per shown MIME part; quoted text sits in a nested `.message-stanza`. */
  bodyClass: 'messagebody',
  /** UI inside a body that is not the message ("Show quoted text"). */
  bodyChromeClass: 'message-stanza-folder',
  /** The reply form's editor. */
  composerTextarea: 'textarea#UpdateContent, textarea[name="UpdateContent"]',
  composerFrame: 'iframe.cke_wysiwyg_frame',
  /** CKEditor's placeholder plugin marks its body while it shows "Type your message here". */
  composerPlaceholder: '.placeholder',
} as const;

/** The English descriptions of the three message transactions (RT's `BriefDescription`). */
const DESCRIPTIONS = {
  create: /\bTicket created\b/i,
  correspond: /\bCorrespondence added\b/i,
  comment: /\bComments? added\b/i,
} as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const rt: Adapter = {
  id: 'rt',
  label: 'Request Tracker',

  matches(url) {
    return /\/(?:Ticket\/(?:Display|Update|History)\.html|SelfService\/(?:Display|Update)\.html)$/.test(url.pathname);
  },

  detect(doc) {
    const rtBody = /^comp-/.test(doc.body?.id ?? '');
    const credits = doc.querySelector(SELECTORS.credits);
    const bestPractical = !!credits && /Best Practical/i.test(inlineText(credits));
    return (rtBody && !!doc.querySelector(SELECTORS.pageHeader)) || bestPractical;
  },

  read(doc, url) {
    const title = parseTitle(inlineText(doc.querySelector(SELECTORS.title)));
    const transactions = Array.from(doc.querySelectorAll(SELECTORS.transaction));
    const urlId = url.searchParams.get('id');
    const conversationId = title?.id ?? (urlId && /^\d+$/.test(urlId) ? urlId : undefined);
    // A ticket page (display, history, reply form) names its ticket; lists and searches don't.
    if (!conversationId && transactions.length === 0) return null;

    const requestors = readRequestors(doc);
    const entries = transactions
      .map((el) => readTransaction(el))
      .filter((entry): entry is Entry => entry !== null)
      .sort((a, b) => a.txn - b.txn); // oldest first, even with "Reverse history order"

    // Without a People box (history page), the requestor is whoever created the ticket.
    const creator = entries.find((e) => e.kind === 'create')?.person;
    const customers = requestors.length > 0 ? requestors : creator ? [creator] : [];
    const messages = entries.map((entry) => toMessage(entry, customers));
    const customer = customers[0];

    return {
      helpdesk: 'rt',
      url: url.href,
      conversationId,
      subject: title?.subject || undefined,
      customer: customer ? stripUndefined({ name: customer.name, email: customer.email, id: customer.userId }) : {},
      messages,
      composer: rt.composer(doc),
      channel: 'email',
      confidence: 0.95,
    } satisfies ConversationSnapshot;
  },

  composer(doc) {
    const textarea = doc.querySelector<HTMLTextAreaElement>(SELECTORS.composerTextarea);
    const frame = doc.querySelector<HTMLIFrameElement>(SELECTORS.composerFrame);
    if (frame) {
      const body = frameBody(frame);
      if (body) {
        return { found: true, kind: 'ckeditor4', draft: body.matches(SELECTORS.composerPlaceholder) ? '' : elementText(body) };
      }
      return { found: true, kind: 'ckeditor4', draft: textareaText(textarea) };
    }
    if (textarea) return { found: true, kind: 'textarea', draft: textareaText(textarea) };
    return { found: false } satisfies ComposerState;
  },
};

interface Person {
  name?: string;
  email?: string;
  /** RT's login name (privileged users are shown as "login (Real Name)"). */
  login?: string;
  /** RT's user id (`data-user-id`). */
  userId?: string;
}

interface Entry {
  txn: number;
  kind: 'create' | 'correspond' | 'comment' | 'message' | 'system';
  person: Person | undefined;
  author: string | undefined;
  at: string | undefined;
  text: string;
}

function parseTitle(text: string): { id: string; subject: string } | null {
  const match = /#(\d+):\s*(.*)$/.exec(text);
  return match ? { id: match[1] ?? '', subject: (match[2] ?? '').trim() } : null;
}

function readRequestors(doc: Document): Person[] {
  return Array.from(doc.querySelectorAll(SELECTORS.requestors)).map(readPerson);
}

function readPerson(el: Element): Person {
  const person = parsePerson(inlineText(el));
  const userId = el.getAttribute('data-user-id');
  return userId ? { ...person, userId } : person;
}

/**
 * RT's user formats: unprivileged "Real Name <mail>" (or just the address), privileged
 * "login (Real Name)" (or just the login), and "The RT System itself".
 */
export function parsePerson(text: string): Person {
  const withMail = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text);
  if (withMail) {
    const name = (withMail[1] ?? '').replace(/^"(.*)"$/, '$1').trim();
    return stripUndefined({ name: name || undefined, email: withMail[2] });
  }
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { email: text };
  const privileged = /^(\S+) \((.+)\)$/.exec(text);
  if (privileged) return { login: privileged[1], name: privileged[2] };
  return text ? { name: text } : {};
}

function readTransaction(el: Element): Entry | null {
  const txn = Number(el.getAttribute('data-transaction-id'));
  if (!Number.isFinite(txn)) return null;
  const isMessage = el.classList.contains(SELECTORS.messageTransactionClass);
  const metadata = firstByClass(el, SELECTORS.metadataClass);
  if (!isMessage && metadata?.querySelector(SELECTORS.emailRecordLink)) return null;

  const descriptionEl = firstByClass(metadata, SELECTORS.descriptionClass);
  const userEl = firstByClass(descriptionEl, SELECTORS.userClass);
  const person = userEl ? readPerson(userEl) : undefined;
  const author = person ? person.name ?? person.email ?? person.login : undefined;
  const at = parseRtDate(inlineText(firstByClass(metadata, SELECTORS.dateClass)));
  const description = describe(descriptionEl);

  if (!isMessage) {
    return { txn, kind: 'system', person, author, at, text: description };
  }
  const kind = DESCRIPTIONS.create.test(description)
    ? 'create'
    : DESCRIPTIONS.correspond.test(description)
      ? 'correspond'
      : DESCRIPTIONS.comment.test(description)
        ? 'comment'
        : 'message';
  return { txn, kind, person, author, at, text: bodyText(el) };
}

/** The description without its author: "Status changed from 'new' to 'open'". */
function describe(el: Element | null): string {
  if (!el) return '';
  return inlineText(el, { skip: isUser }).replace(/^[\s\-–—:]+/, '');
}

const isUser = (el: Element) => el.classList.contains(SELECTORS.userClass);
const isBodyChrome = (el: Element) => el.classList.contains(SELECTORS.bodyChromeClass);

function firstByClass(root: Element | null | undefined, className: string): Element | null {
  return root?.getElementsByClassName(className)[0] ?? null;
}

function bodyText(el: Element): string {
  return Array.from(el.getElementsByClassName(SELECTORS.bodyClass))
    .filter((body) => !body.parentElement?.closest(`.${SELECTORS.bodyClass}`))
    .map((body) => elementText(body, { skip: isBodyChrome }))
    .filter(Boolean)
    .join('\n\n');
}

function toMessage(entry: Entry, customers: Person[]): Message {
  const fromCustomer = entry.person ? customers.some((c) => samePerson(c, entry.person as Person)) : false;
  let role: Role;
  switch (entry.kind) {
    case 'system':
      role = 'system';
      break;
    case 'comment':
      role = 'note';
      break;
    case 'create':
      // The request itself, unless staff opened the ticket to write to the customer.
      role = fromCustomer || customers.length === 0 ? 'customer' : 'agent';
      break;
    default:
      role = fromCustomer ? 'customer' : 'agent';
  }
  return stripUndefined({ id: String(entry.txn), role, author: entry.author, at: entry.at, text: entry.text });
}

function samePerson(a: Person, b: Person): boolean {
  if (a.userId && b.userId) return a.userId === b.userId;
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  if (a.login && b.login) return a.login === b.login;
  return !!a.name && a.name === b.name;
}

/**
 * RT shows dates as text in the RT user's time zone, in the format of `$DateTimeFormat`:
 * DefaultFormat "Mon Nov 23 06:14:47 2026" (the default), ISO "2026-11-23 06:14:47",
 * RFC2822 "Mon, 23 Nov 2026 06:14:47 +0000", W3CDTF, or LocalizedDateTime (English)
 * "Mon, Nov 23, 2026 6:14:47 AM". Those without an offset are taken in the browser's zone
 * (`new Date(y, m, d, h, mi, s)`), on the assumption that the agent's RT zone is the browser's.
 */
export function parseRtDate(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  let m: RegExpExecArray | null;
  // DefaultFormat: [Www ]Mmm DD HH:MM[:SS] YYYY
  if ((m = /^(?:[A-Za-z]+,? )?([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}) (\d{1,2}):(\d{2})(?::(\d{2}))? (\d{4})$/.exec(text))) {
    return local(m[6], monthOf(m[1]), m[2], m[3], m[4], m[5]);
  }
  // ISO: YYYY-MM-DD HH:MM[:SS]
  if ((m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text))) {
    return local(m[1], Number(m[2]) - 1, m[3], m[4], m[5], m[6]);
  }
  // RFC2822 and W3CDTF carry their offset.
  if ((m = /^(?:[A-Za-z]+, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-])(\d{2})(\d{2})$/.exec(text))) {
    const month = monthOf(m[2]);
    if (month < 0) return undefined;
    const offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
    const utc = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    return new Date(utc - offset * 60_000).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  // LocalizedDateTime, English: [Www, ]Mmm D, YYYY H:MM[:SS] [AM|PM]
  if ((m = /^(?:[A-Za-z]+, )?([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])\.?[Mm]\.?)?$/.exec(text))) {
    let hour = Number(m[4]);
    if (m[7]) hour = (hour % 12) + (/p/i.test(m[7]) ? 12 : 0);
    return local(m[3], monthOf(m[1]), m[2], String(hour), m[5], m[6]);
  }
  return undefined;
}

function monthOf(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());
}

function local(
  year: string | undefined,
  month: number,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
): string | undefined {
  if (month < 0) return undefined;
  const date = new Date(Number(year), month, Number(day), Number(hour), Number(minute), Number(second ?? 0));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null; // cross-origin: not CKEditor's own frame, or a sandboxed one
  }
}

/** The textarea holds HTML once CKEditor has synced it; parse it inertly, never into the page. */
function textareaText(textarea: HTMLTextAreaElement | null): string {
  const value = textarea?.value ?? '';
  if (!/<[a-z!/]/i.test(value) || typeof DOMParser === 'undefined') return value.trim();
  return elementText(new DOMParser().parseFromString(value, 'text/html').body);
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
