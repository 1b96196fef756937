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
import { collapse, elementText, inlineText } from '../conversation/text';
import type { ComposerState, ConversationSnapshot, Message, Role } from '../conversation/types';
import { compact, firstByClass, localTime, nameAndEmail, parseDisplayDate, parseLocalIso } from './shared';
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
  /** Every entry of the history, whatever its attributes: what the page shows. */
  history: '.history-container .transaction',
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
  /** A message's shown headers: one row per header, its name ("From:") then its value. */
  headerKeyClass: 'message-header-key',
  /** The reply form's editor. */
  composerTextarea: 'textarea#UpdateContent, textarea[name="UpdateContent"]',
  composerFrame: 'iframe.cke_wysiwyg_frame',
  /** Where the agent writes: CKEditor 4's frame once it has loaded, else the plain textarea. */
  composer: 'iframe.cke_wysiwyg_frame, textarea#UpdateContent, textarea[name="UpdateContent"]',
} as const;

/** The English descriptions of the three message transactions (RT's `BriefDescription`). */
const DESCRIPTIONS = {
  create: /\bTicket created\b/i,
  correspond: /\bCorrespondence added\b/i,
  comment: /\bComments? added\b/i,
} as const;

export const rt: Adapter = {
  id: 'rt',
  label: 'Request Tracker',
  hosted: false,
  hosts: [],
  selectors: SELECTORS,
  messages: SELECTORS.history,

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
    const customer = withNameFromHeaders(customers[0], transactions);
    // Messages signed with the bare address get the name the headers gave.
    if (customer?.name && customer.email) for (const m of messages) if (m.role === 'customer' && m.author === customer.email) m.author = customer.name;

    return {
      helpdesk: 'rt',
      url: url.href,
      conversationId,
      subject: title?.subject || undefined,
      customer: customer ? compact({ name: customer.name, email: customer.email, id: customer.userId }) : {},
      messages,
      composer: rt.composer(doc),
      channel: 'email',
      confidence: 0.95,
    } satisfies ConversationSnapshot;
  },

  composer(doc) {
    if (doc.querySelector(SELECTORS.composerFrame)) return { found: true, kind: 'ckeditor4' };
    return doc.querySelector(SELECTORS.composerTextarea) ? { found: true, kind: 'textarea' } : ({ found: false } satisfies ComposerState);
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

/**
 * RT shows a requestor without a real name by address alone, but their e-mail's `From:` header
 * (shown above each message) often carries the name: take it from the first message whose
 * sender is that address.
 */
function withNameFromHeaders(person: Person | undefined, transactions: Element[]): Person | undefined {
  const email = person?.email?.toLowerCase();
  if (!person || person.name || !email) return person;
  for (const transaction of transactions) {
    for (const key of Array.from(transaction.getElementsByClassName(SELECTORS.headerKeyClass))) {
      if (inlineText(key) !== 'From:') continue;
      const from = nameAndEmail(inlineText(key.nextElementSibling));
      if (from.name && from.email?.toLowerCase() === email) return { ...person, name: from.name };
    }
  }
  return person;
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
  const person = nameAndEmail(text);
  const privileged = !person.email && /^(\S+) \((.+)\)$/.exec(text);
  return privileged ? { login: privileged[1], name: privileged[2] } : person;
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
  const description = describe(descriptionEl, userEl);

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
function describe(el: Element | null, userEl: Element | null): string {
  if (!el) return '';
  // RT writes the author's `.user` and plain text: the text nodes around it, read without a walk.
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue;
    else if (node !== userEl || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') {
      text = inlineText(el, { skip: `.${SELECTORS.userClass}` });
      break;
    }
  }
  return collapse(text).replace(/^[\s\-–—:]+/, '');
}

/** Each shown MIME part's text; a body nested in another (a quoted part) is read with its parent. */
function bodyText(el: Element): string {
  const texts: string[] = [];
  let outer: Element | undefined;
  for (const body of Array.from(el.getElementsByClassName(SELECTORS.bodyClass))) {
    // Bodies come in document order, so a nested one follows the body that holds it.
    if (outer?.contains(body)) continue;
    outer = body;
    const text = elementText(body, { skip: `.${SELECTORS.bodyChromeClass}` });
    if (text) texts.push(text);
  }
  return texts.join('\n\n');
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
  return compact({ id: String(entry.txn), role, author: entry.author, at: entry.at, text: entry.text });
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
  const text = collapse(raw);
  // DefaultFormat: [Www ]Mmm DD HH:MM[:SS] YYYY
  const m = /^(?:[a-z]+,? )?([a-z]{3})[a-z]*\.? (\d{1,2}) (\d{1,2}):(\d{2})(?::(\d{2}))? (\d{4})$/i.exec(text);
  if (m) return localTime(Number(m[6]), m[1], m[2], m[3], m[4], m[5])?.toISOString();
  // RFC2822 and W3CDTF carry their offset; ISO and LocalizedDateTime are the shared display formats.
  if (/^([a-z]+, )?\d{1,2} [a-z]{3} \d{4} [\d:]+ [+-]\d{4}$|^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)$/i.test(text)) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  return parseLocalIso(text) ?? parseDisplayDate(text);
}
