/**
 * Helpers the adapters (named and generic) share. Everything here is a pure function of DOM nodes or
 * strings (but `press`, which acts on the page when the agent asks), and small: the content script bundles every adapter inside a 20 KB gzip budget. Helpdesk
 * knowledge (selectors, ids, wording) stays in each adapter's own file, never here.
 */
import { collapse, elementText, inlineText } from '../conversation/text';
import type { Channel, ComposerState, EditorKind, Message, Role } from '../conversation/types';
import type { Adapter } from './types';

type Root = Element | Document | null | undefined;

/** First descendant with a class. Class lookups are cached by the browser: far cheaper than selectors on big pages. */
export function firstByClass(root: Root, className: string): Element | null {
  return root?.getElementsByClassName(className)[0] ?? null;
}

/** Drop undefined fields, so that snapshots are plain JSON and compare equal to written-out objects. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * Is the element shown, judging by markup alone (no layout: jsdom has none, and reading layout in the
 * agent's page forces a reflow)? Helpdesks that keep several tickets open hide the others with
 * `hidden`, `aria-hidden` or an inline `display: none` on an ancestor.
 */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (hidesItself(node)) return false;
  return true;
}

/** Does the element's own markup hide it (and so everything inside it)? */
export function hidesItself(node: Element): boolean {
  return node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || /display:\s*none/.test(node.getAttribute('style') ?? '');
}

/** The first shown element of a list: the visible one of several open tickets. */
export function firstShown(elements: Iterable<Element>): Element | null {
  for (const el of elements) if (isShown(el)) return el;
  return null;
}

/**
 * ISO 8601 from an element that carries a time: a machine-readable `datetime`, else a full date in
 * its `title` (tooltips), else its text. Relative times ("2 hours ago") give undefined.
 */
export function timeOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const machine = el.getAttribute('datetime');
  if (machine) {
    const time = Date.parse(machine);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  return parseDisplayDate(el.getAttribute('title') ?? '') ?? parseDisplayDate(el.textContent ?? '');
}

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** A zone-less local time as ISO 8601; "pm" / "p" moves the hour to the afternoon. Month by its English name. */
export function localTime(
  year: number,
  monthName: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second?: string,
  ampm?: string,
): Date | undefined {
  const month = MONTHS.indexOf((monthName || '-').slice(0, 3).toLowerCase());
  if (month < 0 || month % 3) return undefined;
  let h = Number(hour);
  if (ampm) h = (h % 12) + (/p/i.test(ampm) ? 12 : 0);
  const date = new Date(year, month / 3, Number(day), h, Number(minute), Number(second ?? 0));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "2024-05-02 10:15[:30]" in the browser's zone. */
export function parseLocalIso(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  return m ? localTime(Number(m[1]), MONTHS.slice(3 * Number(m[2]) - 3, 3 * Number(m[2])), m[3], m[4], m[5], m[6])?.toISOString() : undefined;
}

/**
 * English display dates as hosted helpdesks write them, with a time and without a zone:
 * "Mon, Nov 23, 2026, 6:16 AM" (Gmail), "November 23, 2026 at 6:16 AM" (Salesforce),
 * "23 Nov 2026 18:16", "Monday, 23 November 2026 at 6:16:05 pm". Taken in the browser's zone,
 * which is the zone the helpdesk rendered them in.
 */
export function parseDisplayDate(raw: string): string | undefined {
  const m =
    /^(?:[a-z]+\.?,? )?(?:([a-z]{3})[a-z]*\.? (\d{1,2})|(\d{1,2}) ([a-z]{3})[a-z]*\.?),? (\d{4}),?(?: at)? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([ap])\.?m\.?)?$/i.exec(
      collapse(raw),
    );
  return m ? localTime(Number(m[5]), m[1] ?? m[4], m[2] ?? m[3], m[6], m[7], m[8], m[9])?.toISOString() : undefined;
}

/**
 * "May 2, 10:15 AM": a display date without its year, as chat UIs show this year's messages. The
 * year is the latest one that does not put the date in the future (a "Dec 31" read on Jan 1 is last
 * year's). Browser zone, like every zone-less display date.
 */
export function parseYearlessDate(raw: string, now: number = Date.now()): string | undefined {
  const m = /^(?:[a-z]+,? )?([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{1,2}):(\d{2})(?: ?([ap])\.?m\.?)?$/i.exec(collapse(raw));
  if (!m) return undefined;
  const year = new Date(now).getFullYear();
  const date = localTime(year, m[1], m[2], m[3], m[4], undefined, m[5]);
  return date && (date.getTime() > now + 86_400_000 ? localTime(year - 1, m[1], m[2], m[3], m[4], undefined, m[5]) : date)?.toISOString();
}

/** Seconds (or milliseconds) since the epoch, as helpdesks put them in data attributes. */
export function isoFromEpoch(raw: string | null | undefined): string | undefined {
  const value = Number(raw);
  if (!raw || !Number.isFinite(value) || value <= 0) return undefined;
  return new Date(value < 1e11 ? value * 1000 : value).toISOString();
}

/** "Dana Whitfield <dana@example.com>", "<dana@example.com>", "dana@example.com" or just a name. */
export function nameAndEmail(raw: string | null | undefined): { name?: string; email?: string } {
  const text = collapse(raw);
  const m = /^"?(.*?)"?\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text) ?? /^()([^\s@<>]+@[^\s@<>]+)$/.exec(text);
  if (m) return m[1] ? { name: m[1], email: m[2] } : { email: m[2] };
  return text ? { name: text } : {};
}

/** The body of an iframe on the page's own origin (rich editors, e-mail previews); null across origins. */
export function frameBody(frame: Element | null | undefined): HTMLElement | null {
  try {
    return (frame as HTMLIFrameElement | null)?.contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

/**
 * Oldest first, whatever the page's order: by time when every message has one (a stable sort keeps
 * same-minute messages in page order), else reversed when the times that are known run backwards.
 */
export function oldestFirst<T extends Message>(messages: T[]): T[] {
  const times = messages.map((m) => m.at).filter((at): at is string => !!at);
  if (times.length === messages.length) return messages.sort((a, b) => ((a.at ?? '') < (b.at ?? '') ? -1 : (a.at ?? '') > (b.at ?? '') ? 1 : 0));
  const first = times[0];
  const last = times[times.length - 1];
  return first && last && first > last ? messages.reverse() : messages;
}

/** The first e-mail address in a text ("Dana Whitfield <dana@example.com>", a mailto: link). */
export function emailIn(text: string | null | undefined): string | undefined {
  return /[^\s<>()"':,;]+@[^\s<>()"':,;]+\.[a-z]{2,}/i.exec(text ?? '')?.[0];
}

/** The channel a helpdesk names in a label ("via email", "Messaging", "WhatsApp"). */
export function channelIn(text: string): Channel | undefined {
  if (/mail/i.test(text)) return 'email';
  if (/phone|call|voice/i.test(text)) return 'phone';
  if (/facebook|instagram|twitter|whatsapp|social|sms/i.test(text)) return 'social';
  if (/chat|messag|widget/i.test(text)) return 'chat';
  return undefined;
}

/**
 * A role from the words a page puts in class names and data attributes ("is-internal-note",
 * "message--outbound", "sender-type-bot"; "comment" is a teammates-only comment in most helpdesks).
 * For helpdesks whose markup is only partly known; order matters: a note written by an agent is a note.
 */
export function roleFromCues(cues: string): Role | undefined {
  if (/note|internal|private|comment/i.test(cues)) return 'note';
  if (/bot\b|bot[-_A-Z]|automat/.test(cues)) return 'bot';
  if (/system|event|activity|lineitem/i.test(cues)) return 'system';
  if (/agent|teammate|outbound|outgoing|staff|operator/i.test(cues)) return 'agent';
  if (/customer|requester|end-?user|visitor|contact|inbound|incoming/i.test(cues)) return 'customer';
  return undefined;
}

/** The words an element carries about itself: its classes and its data-* values. */
export function cuesOf(el: Element): string {
  let cues = el.getAttribute('class') ?? '';
  for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('data-')) cues += ` ${attr.name} ${attr.value}`;
  return cues;
}

/**
 * The message blocks around a set of anchors (one per message, e.g. each `time[datetime]`): for
 * each anchor, its highest ancestor under `scope` that holds no other anchor. This finds the
 * repeated blocks of a message list without knowing its class names.
 */
export function blocksAround(scope: Element, anchors: ArrayLike<Element>): Element[] {
  const held = new Map<Element, number>();
  for (const anchor of Array.from(anchors)) {
    for (let node = anchor.parentElement; node && node !== scope; node = node.parentElement) held.set(node, (held.get(node) ?? 0) + 1);
  }
  const blocks: Element[] = [];
  for (const anchor of Array.from(anchors)) {
    let block = anchor;
    while (block.parentElement && block.parentElement !== scope && held.get(block.parentElement) === 1) block = block.parentElement;
    if (blocks[blocks.length - 1] !== block) blocks.push(block);
  }
  return blocks;
}

/** The kind of editor an editable element belongs to, from the marks each editor library leaves. */
export function editorKind(el: Element): EditorKind {
  if (el.tagName === 'TEXTAREA') return 'textarea';
  const classes = el.classList;
  if (classes.contains('ProseMirror')) return 'prosemirror';
  if (classes.contains('ck-editor__editable')) return 'ckeditor5';
  if (classes.contains('ql-editor')) return 'quill';
  if (classes.contains('public-DraftEditor-content')) return 'draftjs';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.hasAttribute('data-slate-editor')) return 'slate';
  if (classes.contains('note-editable')) return 'summernote';
  if (classes.contains('redactor-in')) return 'redactor';
  return 'contenteditable';
}

/** The composer state of an editor element: found, and which kind (the draft is read by lib/compose). */
/** Where lib/compose looks first for the reply editor on a page this adapter read. */
export function composerHint(adapter: Adapter, doc: Document): Element | string | undefined {
  return adapter.composerIn?.(doc) ?? adapter.selectors.composer;
}

export function composerOf(el: Element | null | undefined, kind?: EditorKind): ComposerState {
  return el ? { found: true, kind: kind ?? editorKind(el) } : { found: false };
}

/** Name the messages of one role that show no author, from where the page names that person elsewhere. */
export function fillAuthors(messages: Message[], role: Role, name: string | undefined): void {
  if (name) for (const message of messages) if (message.role === role && !message.author) message.author = name;
}

export interface TimedBlockHints {
  /** Selector for the author's name inside a block. */
  author: string;
  /** Selector for the message body inside a block; without one, the block less author and time. */
  body: string;
}

/**
 * Messages for a helpdesk whose message markup is not known: the blocks around each
 * `time[datetime]` under `scope` (see blocksAround), the author and body found by the adapter's
 * hints, the role by the adapter. Oldest first.
 */
export function messagesAroundTimes(scope: Element, hints: TimedBlockHints, roleOf: (block: Element, author: string | undefined) => Role): Message[] {
  const times = scope.querySelectorAll('time[datetime]');
  const messages: Message[] = [];
  for (const block of blocksAround(scope, times)) {
    const authorEl = block.querySelector(hints.author);
    const time = block.tagName === 'TIME' ? block : block.querySelector('time[datetime]');
    const author = inlineText(authorEl) || undefined;
    const body = block.querySelector(hints.body);
    const text = body ? elementText(body) : elementText(block, { exclude: [authorEl, time] });
    messages.push(compact({ id: block.getAttribute('data-id') ?? (block.id || undefined), role: roleOf(block, author), author, at: timeOf(time), text }));
  }
  return oldestFirst(messages);
}

/**
 * Press an element as a mouse does: mousedown, mouseup, click, each bubbling and cancelable, from
 * the page's window. Some web apps (Gmail) act on mousedown/mouseup and ignore a bare click().
 */
export function press(el: Element): void {
  const view = el.ownerDocument.defaultView;
  if (!view) return;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, view, button: 0, buttons: type === 'mousedown' ? 1 : 0 }));
  }
}
