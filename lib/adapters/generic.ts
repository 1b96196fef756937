/**
 * The generic reader: for helpdesks with no named adapter (in-house tools, webmail archives, chat
 * widgets). It knows no markup; it looks for what conversations have in common.
 *
 * 1. Messages are repeated blocks: elements grouped by the tag.class path of themselves, their parent
 *    and grandparent (so messages split into day groups or tables with odd/even rows still group).
 *    Groups are ranked by how many members hold text, the best few are scored on a sample, and a
 *    group wins only when most of its members carry a message cue: an author, a time or a role word.
 *    Link-dense blocks (ticket lists, menus) do not count.
 * 2. Per block: the author (author/sender/from classes, "From:" labels, `cite`, aria-labels,
 *    "Name <mail>"), the time (`time[datetime]`, date classes and labels, `title` tooltips, dates in
 *    text), the role (words in classes, data-* and aria-labels — customer/requester/end-user/contact/
 *    left/start vs agent/staff/operator/support/me/outgoing/right/end, internal/note/private,
 *    system/event, bot — ignoring words every block shares), then the signed-in user, support-style
 *    addresses, and who opened the thread. An unnamed block quoted as "X wrote:" by the next is X's.
 * 3. The composer is the focused editable, else the largest shown one.
 *
 * Confidence rises with each kind of cue found and stays within 0.3–0.7: below any named adapter.
 * Bounded work: at most 20,000 elements grouped, 24 groups scored on 24 members each.
 */
import { collapse, elementText, HIDDEN, inlineText, isSpaceCode } from '../conversation/text';
import type { Channel, ComposerState, ConversationSnapshot, Message, Role } from '../conversation/types';
import { compact, composerOf, frameBody, isShown, nameAndEmail, oldestFirst, parseDisplayDate, parseLocalIso, timeOf } from './shared';
import type { Adapter } from './types';

const LIMITS = { elements: 20_000, groups: 24, sample: 24, walk: 80 } as const;

const CHROME_WORDS = ['header', 'meta', 'byline', 'actions', 'toolbar', 'avatar', 'footer', 'controls'];
const CHROME = CHROME_WORDS.map((w) => `[class*=${w} i]`).join();
const WORDS = {
  note: /^(internal|note|notes|private|whisper)$/,
  system: /^(system|event|events|activity|audit|log)$/,
  bot: /^(bot|chatbot|automated|automation)$/,
  agent: /^(agent|staff|operator|support|me|mine|self|outgoing|outbound|sent|right|end|admin|employee)$/,
  customer: /^(customer|requester|requestor|enduser|contact|client|visitor|guest|incoming|inbound|received|them|left|start)$/,
  author: /^(author|sender|from|by|byline|user|username|name|who|poster|person)$/,
  date: /^(date|time|timestamp|stamp|when|posted|created|sent|ago)$/,
  chrome: new RegExp(`^(${CHROME_WORDS.join('|')})$`),
  alignment: /^(left|right|start|end|me|them|incoming|outgoing)$/,
};
const LABELS = { author: /^(from|author|sender|by|posted by|written by)\s*:?$/i, date: /^(date|sent|time|posted|created|when)\s*:?$/i };
const SIGNED_IN = '[class*="current-user" i], [class*="logged-in" i], [aria-label^="signed in as" i], [aria-label^="logged in as" i]';
const EDITABLES = 'textarea, [contenteditable=""], [contenteditable="true"], iframe';
const FIELD_LABELS = 'th, dt, label';
/** The signed-in user's element, editables and field labels: one walk of the page for all three. */
const PAGE_PARTS = `${SIGNED_IN}, ${EDITABLES}, ${FIELD_LABELS}`;
const SUPPORT_ADDRESS = /^(support|help|helpdesk|service|care|team|info|hello|no-?reply)[@.+-]/i;
const ROLES: Role[] = ['note', 'system', 'bot', 'agent', 'customer'];
/** Page chrome left out of a message's text. */
const TEXT_SKIP = 'header,footer,nav';
const SKIPPED = /^(SCRIPT|STYLE|SVG|OPTION|BR|HR|IMG|INPUT|BUTTON|NAV|SELECT|HEAD|TEMPLATE)$/i;

interface Block {
  el: Element;
  tokens: Set<string>;
  author?: string;
  email?: string;
  at?: string;
  meta: Element[];
  textual: boolean;
}

export const generic: Adapter = {
  id: 'generic',
  label: 'Generic reader', // the CLI's name for it; the panel words it from the catalogue (panel.source.generic)
  hosted: false,
  hosts: [],
  selectors: {},

  // Not URL-based: the registry tries it last, when no named adapter read the page.
  matches() {
    return false;
  },

  detect(doc) {
    return findBlocks(doc) !== null;
  },

  read(doc, url) {
    const prepared = prepare(doc);
    if (!prepared) return null;
    const { blocks, shared, drafts, roleByAuthor, parts } = prepared;
    // Chrome, hidden and skipped elements found once for the page, not once per message.
    const { chrome, hidden } = chromeIn(blocks.map((b) => b.el));
    for (const d of drafts) d.text = textOf(d.b, chrome, hidden);
    // An unnamed block is named by the next one quoting it ("On …, Dana <dana@…> wrote:").
    drafts.forEach((d, i) => {
      if (!d.author) d.author = quotedAuthor(drafts[i + 1]?.text ?? '')?.trim();
    });
    const opener = drafts.find((d) => d.role !== 'system' && d.role !== 'note' && d.role !== 'bot');
    const openerAuthor = opener?.role === 'agent' ? undefined : opener?.author;
    const messages: Message[] = drafts.map((d, i) => {
      let role = d.role ?? (d.author ? roleByAuthor.get(d.author) : undefined);
      role ??= d.author && openerAuthor ? (d.author === openerAuthor ? 'customer' : 'agent') : i === 0 ? 'customer' : 'agent';
      d.role = role;
      return compact({ id: d.b.el.id || undefined, role, author: d.author, at: d.b.at, text: d.text ?? '' });
    });
    const first = drafts.find((d) => d.role === 'customer');
    const customerBlock = blocks.find((b) => b.author && b.author === first?.author && b.email);
    const count = (test: (d: (typeof drafts)[number]) => unknown) => drafts.filter(test).length >= drafts.length / 2;
    const composer = composerAmong(doc, () => parts.editables);
    const header = inlineText(doc.querySelector('h1')) || doc.title;
    const channel: Channel = blocks.some((b) => b.email) || drafts.some((d) => quotedAuthor(d.text ?? '') !== undefined)
      ? 'email'
      : drafts.some((d) => [...d.b.tokens].some((t) => !shared.has(t) && WORDS.alignment.test(t)))
        ? 'chat'
        : 'unknown';
    const confidence = 0.3 + 0.1 * Number(count((d) => d.author)) + 0.1 * Number(count((d) => d.b.at)) + 0.1 * Number(count((d) => d.cued)) +
      0.05 * Number(composer.found) + 0.05 * Number(!!first?.author);

    return {
      helpdesk: 'generic',
      url: url.href,
      conversationId: /#\s?(\d+)/.exec(header)?.[1] ?? /(?:^|[/=])(\d{2,})(?:$|[/?#&])/.exec(url.pathname + url.search)?.[1],
      subject: labelled(parts.labels, /^(subject|title)\s*:?$/i) || header.replace(/^[^#]*#\s?\d+\s*[:\-–]?\s*/, '') || undefined,
      customer: compact({ name: first?.author, email: customerBlock?.email }),
      messages: oldestFirst(messages),
      composer,
      channel,
      confidence: Math.round(Math.min(confidence, 0.7) * 100) / 100,
    } satisfies ConversationSnapshot;
  },

  /**
   * The health check's yardstick (lib/adapters/health.ts): the number of messages `read` would
   * return and its confidence, without the reading. Texts are read only where the figures need
   * them (an unnamed block named by the next one's quote) and for the messages asked for.
   */
  count(doc) {
    const prepared = prepare(doc);
    if (!prepared) return null;
    const { drafts, roleByAuthor, parts } = prepared;
    // Few texts are read here: each block's chrome is looked for in that block alone.
    const textAt = (i: number): string => {
      const b = drafts[i]!.b;
      return (drafts[i]!.text ??= textOf(b, new Map([[b.el, chromeWithin(b.el)]])));
    };
    const quoted = new Set<number>();
    const authorAt = (i: number): string | undefined => {
      const d = drafts[i]!;
      if (!d.author && !quoted.has(i)) {
        quoted.add(i);
        d.author = i + 1 < drafts.length ? quotedAuthor(textAt(i + 1))?.trim() : undefined;
      }
      return d.author;
    };
    const half = drafts.length / 2;
    // Most blocks name their author: the quotes that name the rest are read only while the count needs them.
    let authors = drafts.filter((d) => d.author).length;
    for (let i = 0; i < drafts.length && authors < half; i++) if (!drafts[i]!.author && authorAt(i)) authors++;
    const openerIndex = drafts.findIndex((d) => d.role !== 'system' && d.role !== 'note' && d.role !== 'bot');
    const openerAuthor = openerIndex < 0 || drafts[openerIndex]!.role === 'agent' ? undefined : authorAt(openerIndex);
    const roleAt = (i: number): Role => {
      const d = drafts[i]!;
      if (d.role) return d.role;
      const author = authorAt(i);
      return (author ? roleByAuthor.get(author) : undefined) ?? (author && openerAuthor ? (author === openerAuthor ? 'customer' : 'agent') : i === 0 ? 'customer' : 'agent');
    };
    let firstAuthor: string | undefined;
    for (let i = 0; i < drafts.length; i++) {
      if (roleAt(i) !== 'customer') continue;
      firstAuthor = authorAt(i);
      break;
    }
    const confidence = 0.3 + 0.1 * Number(authors >= half) + 0.1 * Number(drafts.filter((d) => d.b.at).length >= half) +
      0.1 * Number(drafts.filter((d) => d.cued).length >= half) + 0.05 * Number(composerAmong(doc, () => parts.editables).found) + 0.05 * Number(!!firstAuthor);
    // The reading's order (oldest first), from the blocks' times alone.
    const order = oldestFirst(drafts.map((d, index) => ({ role: 'customer' as Role, text: '', at: d.b.at, index })));
    return {
      messages: drafts.length,
      confidence: Math.round(Math.min(confidence, 0.7) * 100) / 100,
      text: (i: number) => (order[i] ? textAt(order[i].index) : undefined),
    };
  },

  composer(doc) {
    return composerAmong(doc, () => Array.from(doc.querySelectorAll(EDITABLES)));
  },
};

/** The composer: the focused editable, else the largest shown one of the page's `editables`. */
function composerAmong(doc: Document, editables: () => Element[]): ComposerState {
  const focused = doc.activeElement;
  if (focused && focused !== doc.body && focused.matches(EDITABLES)) return composerIn(focused);
  let best: Element | undefined;
  let bestArea = -1;
  for (const el of editables()) {
    if (!isShown(el) || el.parentElement?.closest('[contenteditable="true"], [contenteditable=""]')) continue;
    if (el.tagName === 'IFRAME' && !isEditableFrame(el)) continue;
    if (el.tagName === 'TEXTAREA' && (el.hasAttribute('readonly') || el.hasAttribute('disabled'))) continue;
    const rect = el.getBoundingClientRect();
    const area = rect.width * rect.height;
    if (area > bestArea) [best, bestArea] = [el, area];
  }
  return composerIn(best);
}

interface Draft {
  b: Block;
  role?: Role;
  /** Its role came from a cue of its own (a class, a data-* attribute, an aria-label). */
  cued: boolean;
  author?: string;
  text?: string;
}

/** The page's message blocks with what they show of themselves: everything but their texts. */
/** The page's parts outside the messages that a reading needs, from one query (PAGE_PARTS), in page order. */
interface PageParts {
  signedIn: Element | null;
  editables: Element[];
  labels: Element[];
}

function pageParts(doc: Document): PageParts {
  const parts: PageParts = { signedIn: null, editables: [], labels: [] };
  for (const el of Array.from(doc.querySelectorAll(PAGE_PARTS))) {
    if (!parts.signedIn && el.matches(SIGNED_IN)) parts.signedIn = el;
    if (el.matches(EDITABLES)) parts.editables.push(el);
    if (el.matches(FIELD_LABELS)) parts.labels.push(el);
  }
  return parts;
}

function prepare(doc: Document): { blocks: Block[]; shared: Set<string>; drafts: Draft[]; roleByAuthor: Map<string, Role>; parts: PageParts } | null {
  const found = findBlocks(doc);
  if (!found) return null;
  const blocks = found.map(analyse).filter((b) => b.textual);
  const shared = sharedTokens(blocks);
  const parts = pageParts(doc);
  const me = signedInUser(parts.signedIn);
  const roleByAuthor = new Map<string, Role>();
  const drafts = blocks.map((b): Draft => {
    let role: Role | undefined = ROLES.find((r) => [...b.tokens].some((t) => !shared.has(t) && WORDS[r as keyof typeof WORDS].test(t)));
    const cued = !!role;
    if (!role && me && b.author === me) role = 'agent';
    if (!role && b.email && SUPPORT_ADDRESS.test(b.email)) role = 'agent';
    if (role && b.author && (role === 'agent' || role === 'customer')) roleByAuthor.set(b.author, role);
    // "me" bubbles are the signed-in agent's own.
    const author = b.author ?? (me && [...b.tokens].some((t) => /^(me|mine|self)$/.test(t)) ? me : undefined);
    return { b, role, cued, author };
  });
  return { blocks, shared, drafts, roleByAuthor, parts };
}

/** A block's message text: its body, without the header parts read as author and time, or page chrome. */
function textOf(b: Block, chrome: Map<Element, Element[]>, hidden?: ReadonlySet<Node>): string {
  return elementText(b.el, { skip: TEXT_SKIP, exclude: [...b.meta, ...(chrome.get(b.el) ?? [])], hidden });
}

/**
 * The registry asks `detect` and then `read` of the same page: the search is kept per document while
 * its element count is unchanged and the blocks found are still in it.
 */
const lastSearch = new WeakMap<Document, { count: number; blocks: Element[] | null }>();

function findBlocks(doc: Document): Element[] | null {
  const count = doc.getElementsByTagName('*').length;
  const last = lastSearch.get(doc);
  if (last && last.count === count && (last.blocks?.every((el) => el.isConnected) ?? true)) return last.blocks;
  const blocks = searchBlocks(doc);
  lastSearch.set(doc, { count, blocks });
  return blocks;
}

/** The repeated, cue-bearing blocks of the page's conversation, or null when it shows none. */
function searchBlocks(doc: Document): Element[] | null {
  // A static list: walking a live collection of the whole page is slow in some DOMs (jsdom).
  const all = doc.body?.querySelectorAll('*');
  if (!all) return null;
  const groups = new Map<string, Element[]>();
  const signatures = new Map<Element | null, string>();
  const signatureOf = (el: Element | null): string => {
    let sig = signatures.get(el);
    if (sig === undefined) signatures.set(el, (sig = signature(el)));
    return sig;
  };
  for (let i = 0; i < Math.min(all.length, LIMITS.elements); i++) {
    const el = all[i] as Element;
    if (SKIPPED.test(el.tagName)) continue;
    const parent = el.parentElement;
    const key = `${signatureOf(parent?.parentElement ?? null)}>${signatureOf(parent)}>${signatureOf(el)}`;
    const group = groups.get(key);
    if (group) group.push(el);
    else groups.set(key, [el]);
  }
  const ranked = [...groups.values()]
    .map((members) => ({ members, textual: members.slice(0, LIMITS.sample).filter((m) => (m.textContent ?? '').trim().length > 1).length }))
    .filter((g) => g.textual >= 2)
    .sort((a, b) => b.textual - a.textual)
    .slice(0, LIMITS.groups);
  let best: Element[] | null = null;
  let bestScore = 0;
  for (const { members } of ranked) {
    const sample = members.slice(0, LIMITS.sample).map(analyse).filter((b) => b.textual);
    const shared = sharedTokens(sample);
    const cued = sample.filter((b) => b.author || b.at || [...b.tokens].some((t) => !shared.has(t) && ROLES.some((r) => WORDS[r as keyof typeof WORDS].test(t))));
    if (sample.length < 2 || cued.length < Math.max(2, sample.length / 2)) continue;
    const length = sample.reduce((sum, b) => sum + (b.el.textContent?.length ?? 0), 0) / sample.length;
    // Longer blocks win over their own parts (a message over the fields of its header).
    const score = cued.length * (1 + Math.min(length / 80, 3));
    if (score > bestScore) [best, bestScore] = [members, score];
  }
  return best;
}

/** tag.firstClass, leaving out classes that vary between blocks of one list (odd/even, left/right). */
function signature(el: Element | null): string {
  if (!el) return '';
  // Menus and pickers repeat too; marking them apart keeps their items out of every group.
  if (/^(NAV|SELECT)$/.test(el.tagName)) return '!';
  const cls = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .find(
      (c) =>
        !/^(odd|even|first|last|active|selected|unread|new)$|\d/.test(c) &&
        !WORDS.alignment.test(c) &&
        !ROLES.some((r) => WORDS[r as keyof typeof WORDS].test(c)),
    );
  return `${el.tagName}.${cls ?? ''}`;
}

function tokensOf(text: string): string[] {
  return text.toLowerCase().replace(/end[-_ ]?user/g, 'enduser').split(/[^a-z]+/).filter(Boolean);
}

/** A short text's cue from an element: its text read from the DOM once, and only when a test needs it. */
function shortText(d: Element): string {
  // Short texts only (names, dates, labels).
  const raw = d.childElementCount < 3 ? d.textContent : null;
  return raw && raw.length < 200 ? collapse(raw) : '';
}

/** Class words that may name a date or an author: tokenising is the costly part, so only for these. */
const CUE_CLASS = /dat|tim|stamp|whe|post|creat|sen|ago|aut|from|by|user|name|who|pers/i;

function analyse(el: Element): Block {
  let cues = `${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  const attributes = el.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const attr = attributes[i]!;
    if (attr.name.startsWith('data-')) cues += ` ${attr.value}`;
  }
  const block: Block = { el, tokens: new Set(tokensOf(cues)), meta: [], textual: false };
  const byLabel = authorInLabel(el.getAttribute('aria-label') ?? '');
  if (byLabel !== undefined) setAuthor(block, byLabel);
  // The first descendants in document order, walked by hand: a live collection's length costs a walk of the whole block.
  let d: Element | null = el.firstElementChild;
  for (let walked = 0; d && walked < LIMITS.walk; walked++, d = nextInside(d, el)) {
    // Headers come first: once a block has its author and time, its body needs no walking.
    if (block.author && block.at) break;
    const cls = d.getAttribute('class') ?? '';
    const classes = cls && CUE_CLASS.test(cls) ? tokensOf(cls) : [];
    const tag = d.tagName;
    if (!block.at && (tag === 'TIME' || classes.some((t) => WORDS.date.test(t)))) {
      block.at = timeOf(d) ?? parseLooseDate(shortText(d));
      if (block.at) block.meta.push(d);
    } else if (
      !block.author &&
      (tag === 'CITE' || d.getAttribute('itemprop') === 'author' || d.getAttribute('rel') === 'author' || classes.some((t) => WORDS.author.test(t)))
    ) {
      const text = shortText(d);
      if (text && text.length < 80 && setAuthor(block, text)) block.meta.push(d);
    } else if (d.firstElementChild === null) {
      const text = shortText(d);
      if (text.length < 24 && (LABELS.author.test(text) || LABELS.date.test(text))) {
        const next = d.nextElementSibling;
        const value = next ? inlineText(next) : inlineText(d.parentElement).slice(text.length);
        const valueTime = next?.getElementsByTagName('time')[0];
        if (LABELS.author.test(text) ? !block.author && setAuthor(block, value) : !block.at && (block.at = timeOf(valueTime) ?? parseLooseDate(value))) {
          block.meta.push(next && value ? next : d.parentElement ?? d, d);
        }
      }
    }
    // A tooltip date marks a time display ("15:01" with the full date on hover).
    if (!block.at && d.hasAttribute('title') && (block.at = parseLooseDate(d.getAttribute('title') ?? ''))) block.meta.push(d);
  }
  const length = (el.textContent ?? '').trim().length;
  let linked = 0;
  if (length > 1) {
    const links = el.getElementsByTagName('a');
    for (let i = 0; i < 20; i++) {
      const a = links[i];
      if (!a) break;
      linked += (a.textContent ?? '').trim().length;
    }
  }
  // A header row (all <th>) labels the table; it is not a message.
  block.textual = length > 1 && linked < length / 2 && !(el.tagName === 'TR' && !el.getElementsByTagName('td')[0]);
  return block;
}

/** The element after `d` in document order, staying inside `root`. */
function nextInside(d: Element, root: Element): Element | null {
  if (d.firstElementChild) return d.firstElementChild;
  for (let up: Element | null = d; up && up !== root; up = up.parentElement) {
    if (up.nextElementSibling) return up.nextElementSibling;
  }
  return null;
}

function setAuthor(block: Block, raw: string | undefined): boolean {
  const person = nameAndEmail(raw);
  if (!person.name && !person.email) return false;
  block.author = person.name ?? person.email;
  block.email = person.email;
  return true;
}

const SPACE = /\s/;
const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);

/**
 * The author an aria-label names ("Message from Dana Whitfield, 2 May"): after "from" or "by" and
 * spaces, up to the first comma or "(" (or the end), trailing spaces left off; a ")" first means no
 * name there. As `/\b(?:from|by)\s+([^,()]+?)\s*(?:[,(]|$)/i` reads it, in one pass (that pattern
 * backtracks over every run of spaces, quadratic in a long one).
 */
export function authorInLabel(label: string): string | undefined {
  const keyword = /\b(?:from|by)(?=\s)/gi;
  // The end of the name found for an earlier keyword: a later one inside it ends there too.
  let end = -1;
  for (let m = keyword.exec(label); m; m = keyword.exec(label)) {
    let start = m.index + m[0].length;
    while (isSpace(label[start])) start++;
    if (end < start) {
      end = start;
      while (end < label.length && label[end] !== ',' && label[end] !== '(' && label[end] !== ')') end++;
    }
    if (label[end] === ')') continue;
    let stop = end;
    while (stop > start && isSpace(label[stop - 1])) stop--;
    if (stop > start) return label.slice(start, stop);
    // Only spaces before the end: the pattern takes the last of two or more as the name.
    if (start - (m.index + m[0].length) >= 2) return label[start - 1];
  }
  return undefined;
}

/** What `.` does not match: a line break. */
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** "wrote:" at `lastIndex`, in any case. */
const WROTE_AT = /wrote:/iy;

/**
 * Who a quote header names: "Dana <dana@…> wrote:" or "On Thu, 2 May 2024, Dana wrote:" at the
 * start of a line, "wrote:" ending its line. The name as
 * `/(?:^|\n)(?:on .+?,\s*)?([^\n,<>]+?)\s*(?:<[^>\s]+@[^>\s]+>)?\s+wrote:\s*(?:\n|$)/i` captures it,
 * found in linear time: what can follow each position is worked out once, from the end of the text
 * backwards, instead of by backtracking (quadratic or worse over long runs of spaces).
 */
export function quotedAuthor(text: string): string | undefined {
  // Where a header can be: after a space, "wrote:" with nothing but spaces after it on its line.
  let first = -1;
  let last = -1;
  for (const m of text.matchAll(/wrote:[^\S\n]*(?:\n|$)/gi)) {
    if (!isSpace(text[m.index - 1])) continue;
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  if (first < 0) return undefined;
  // A header spans its "wrote:" line and at most three lines with text before it ("On …,", the
  // name, the address), blank lines between: the rest of the text cannot hold its start.
  let start = text.lastIndexOf('\n', first) + 1;
  for (let lines = 0; start > 0 && lines < 4; ) {
    const previous = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
    if (text.slice(previous, start - 1).trim()) lines++;
    start = previous;
  }
  return headerName(text.slice(start, last));
}

/**
 * The working arrays of `headerName`, kept between calls and grown as needed: it runs once per
 * unnamed message, and allocating nine arrays each time cost more than the pass over them.
 */
let buffers: Int32Array[] = [];
type Nine<T> = [T, T, T, T, T, T, T, T, T];

/** `quotedAuthor` within the lines that can hold the header: what follows each position, worked out once from the end. */
function headerName(text: string): string | undefined {
  const n = text.length;
  if ((buffers[0]?.length ?? 0) < n + 2) buffers = Array.from({ length: 9 }, () => new Int32Array(2 * n + 256));
  const [space, lineEnds, wrote, spacedWrote, tail, at, closer, nextTail, fence] = buffers as Nine<Int32Array>;
  const code = (i: number): number => text.charCodeAt(i);
  const address = (i: number): boolean => {
    const close = closer[i + 1]!;
    return code(close) === 62 && at[i + 2]! <= close - 2 && spacedWrote[close + 1] === 1;
  };
  // One pass from the end; each array at i needs only what lies after i:
  // lineEnds[i]: from i, only spaces up to a newline or the end (the `\s*(?:\n|$)` after "wrote:");
  // wrote[i]: "wrote:" (any case) from i, its line ending there; spacedWrote[i]: `\s+wrote:…` from i;
  // at[i], closer[i]: the first "@", and the first ">" or space, from i (an address `<[^>\s]+@[^>\s]+>`);
  // tail[i]: `\s*(?:<address>)?\s+wrote:\s*(?:\n|$)` from i; nextTail[i]: the first such position from i;
  // fence[i]: the first "\n", ",", "<" or ">" from i (a name cannot cross one).
  space[n] = wrote[n] = spacedWrote[n] = spacedWrote[n + 1] = tail[n] = 0;
  lineEnds[n] = 1;
  at[n] = closer[n] = fence[n] = n;
  nextTail[n] = nextTail[n + 1] = n + 1;
  for (let i = n - 1; i >= 0; i--) {
    const c = code(i);
    const blank = isSpaceCode(c) ? 1 : 0;
    space[i] = blank;
    lineEnds[i] = c === 10 || (blank && lineEnds[i + 1]) ? 1 : 0;
    wrote[i] = (c | 32) === 119 && lineEnds[i + 6] === 1 && ((WROTE_AT.lastIndex = i), WROTE_AT.test(text)) ? 1 : 0;
    spacedWrote[i] = blank && (wrote[i + 1] || spacedWrote[i + 1]) ? 1 : 0;
    at[i] = c === 64 ? i : at[i + 1]!;
    closer[i] = c === 62 || blank ? i : closer[i + 1]!;
    tail[i] = (c === 60 && address(i)) || spacedWrote[i] || (blank && tail[i + 1]) ? 1 : 0;
    nextTail[i] = tail[i] ? i : nextTail[i + 1]!;
    fence[i] = c === 10 || c === 44 || c === 60 || c === 62 ? i : fence[i + 1]!;
  }
  // The shortest name from g, as the lazy group takes it.
  const nameFrom = (g: number): string | undefined => {
    if (g >= n) return undefined;
    const end = nextTail[g + 1]!;
    return end <= fence[g]! ? text.slice(g, end) : undefined;
  };
  for (let line = 0; line <= n; line = text.indexOf('\n', line) + 1 || n + 1) {
    if (text.slice(line, line + 3).toLowerCase() === 'on ') {
      // "On …," — each comma on the line in turn (the lazy `.+?`, one character at least), then the spaces after it, most first.
      for (let c = line + 3; c < n && !isLineBreak(code(c)); c++) {
        if (c === line + 3 || code(c) !== 44) continue;
        let g = c + 1;
        while (space[g]) g++;
        for (; g > c; g--) {
          const name = nameFrom(g);
          if (name !== undefined) return name;
        }
      }
    }
    const name = nameFrom(line);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** Words every block carries describe the list, not who wrote each block. */
function sharedTokens(blocks: Block[]): Set<string> {
  if (blocks.length < 3) return new Set();
  return new Set([...(blocks[0]?.tokens ?? [])].filter((t) => blocks.every((b) => b.tokens.has(t))));
}

/** What message texts leave out (hidden elements, TEXT_SKIP), and that or page chrome: one selector. */
const TEXT_HIDDEN = `${HIDDEN},${TEXT_SKIP}`;
const CHROME_OR_HIDDEN = `${CHROME},${TEXT_HIDDEN}`;

/**
 * Page chrome inside each block, by a word in its classes ("msg-header", "actions"), and the
 * blocks' hidden and skipped elements: one query over the blocks' lists rather than one per
 * block, each piece of chrome given to the blocks it sits in.
 */
function chromeIn(blocks: Element[]): { chrome: Map<Element, Element[]>; hidden: Set<Node> } {
  const found = new Map<Element, Element[]>();
  const hidden = new Set<Node>();
  const isBlock = new Set(blocks);
  const lists = new Set<Element>();
  for (const el of blocks) if (el.parentElement) lists.add(el.parentElement);
  // A list inside another list's block would be searched twice: keep the outermost lists.
  const outer = [...lists].filter((list) => {
    for (let up = list.parentElement; up; up = up.parentElement) if (lists.has(up)) return false;
    return true;
  });
  for (const list of outer) {
    for (const c of Array.from(list.querySelectorAll(CHROME_OR_HIDDEN))) {
      if (c.matches(TEXT_HIDDEN)) hidden.add(c);
      if (!isChrome(c)) continue;
      for (let up = c.parentElement; up && up !== list; up = up.parentElement) {
        if (!isBlock.has(up)) continue;
        const inBlock = found.get(up);
        if (inBlock) inBlock.push(c);
        else found.set(up, [c]);
      }
    }
  }
  return { chrome: found, hidden };
}

function isChrome(el: Element): boolean {
  return tokensOf(el.getAttribute('class') ?? '').some((t) => WORDS.chrome.test(t));
}

/** Page chrome inside one block. */
function chromeWithin(el: Element): Element[] {
  return Array.from(el.querySelectorAll(CHROME)).filter(isChrome);
}

/** A display date with a time: the shared English formats, or "2024-05-02 10:15" (browser zone). */
function parseLooseDate(raw: string): string | undefined {
  const text = collapse(raw);
  const local = parseLocalIso(text);
  if (local) return local;
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(text)) return new Date(text).toISOString();
  return parseDisplayDate(text.replace(/^(?:[a-z]+, )?(\d{1,2}) ([a-z]{3,}) (\d{4})/i, '$2 $1, $3'));
}

/** The value beside a label in the page's own fields (`<th>Subject</th><td>…</td>`, `<dt>`/`<dd>`, `<label>`). */
function labelled(labels: Element[], label: RegExp): string | undefined {
  for (const el of labels.slice(0, 300)) {
    if (label.test(inlineText(el))) return inlineText(el.nextElementSibling) || undefined;
  }
  return undefined;
}

function signedInUser(el: Element | null): string | undefined {
  const text = el?.getAttribute('aria-label') || inlineText(el);
  return text?.replace(/^.*\b(?:signed|logged) in as\s*/i, '').trim() || undefined;
}

function isEditableFrame(frame: Element): boolean {
  const body = frameBody(frame);
  return !!body && (body.getAttribute('contenteditable') === 'true' || body.ownerDocument.designMode === 'on' || /cke_wysiwyg_frame|tox-edit-area|_ifr$/.test(`${frame.className} ${frame.id}`));
}

function composerIn(el: Element | undefined): ComposerState {
  if (!el) return { found: false };
  if (el.tagName !== 'IFRAME') return composerOf(el);
  return composerOf(frameBody(el), el.classList.contains('cke_wysiwyg_frame') ? 'ckeditor4' : 'tinymce');
}

