/**
 * Is a named adapter's reading whole? Helpdesks change their markup without notice; an adapter
 * whose selectors half-match reads some messages and misses the rest, and nothing fails. After a
 * read, the messages it found are compared with a cheap count of what the page shows: the
 * adapter's own message blocks (`Adapter.messages`), or else the generic reader's count. Small on
 * purpose: it runs in the content script after every read.
 */
import type { ReadHealth } from '../conversation/reading';
import type { ConversationSnapshot } from '../conversation/types';
import { hidesItself } from './shared';
import type { Adapter } from './types';

/** Below this many messages on the page, "far fewer" cannot be told from a page that loads late. */
export const MIN_VISIBLE = 3;

/**
 * How many of the adapter's message blocks the page shows: one pass over the matches, each
 * ancestor judged once (the blocks of one list share them); undefined when it declares none.
 */
export function visibleMessages(adapter: Adapter, doc: Document): number | undefined {
  if (!adapter.messages) return undefined;
  const shown = new Map<Element, boolean>();
  const isShownOnce = (el: Element): boolean => {
    // Up to the first ancestor already judged (or the root), then down again with the answer.
    const path: Element[] = [];
    let node: Element | null = el;
    let result = true;
    for (; node; node = node.parentElement) {
      const known = shown.get(node);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(node);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      result = result && !hidesItself(path[i]!);
      shown.set(path[i]!, result);
    }
    return result;
  };
  let count = 0;
  for (const el of Array.from(doc.querySelectorAll(adapter.messages))) if (isShownOnce(el)) count++;
  return count;
}

/** Far fewer: less than half of what the page shows, with enough on the page to tell. */
export function readsFarFewer(read: number, visible: number): boolean {
  return visible >= MIN_VISIBLE && read * 2 < visible;
}

/** A reading that names its customer, or holds a message from them. */
export function hasCustomer(snapshot: ConversationSnapshot): boolean {
  const { name, email, id } = snapshot.customer;
  return !!(name || email || id) || snapshot.messages.some((m) => m.role === 'customer');
}

/**
 * Why a named adapter's reading looks incomplete, or undefined when it looks whole. Every named
 * adapter finds the customer on its own pages (tests/adapters/health.test.ts checks each
 * fixture), so a reading with messages and no customer is a sign of changed markup too.
 */
export function assessRead(adapter: string, snapshot: ConversationSnapshot, visible: number | undefined): ReadHealth | undefined {
  const read = snapshot.messages.length;
  if (visible !== undefined && readsFarFewer(read, visible)) return { adapter, problem: 'readFewer', read, visible };
  if (read > 0 && !hasCustomer(snapshot)) return { adapter, problem: 'noCustomer' };
  return undefined;
}

/** The generic reader's reading is clearly fuller: twice the messages at least, and MIN_VISIBLE more. */
export function clearlyMore(theirs: number, ours: number): boolean {
  return theirs >= ours * 2 && theirs - ours >= MIN_VISIBLE;
}

/**
 * Does the generic reader's reading hold the adapter's, so that it reads the same conversation
 * and not some other list on a busy page? The adapter's first few messages (their openings) must
 * be among its texts: a bounded check, whatever the conversation's length.
 */
export function holds(theirs: ConversationSnapshot, ours: ConversationSnapshot): boolean {
  return holdsOpenings((i) => theirs.messages[i]?.text, ours);
}

/**
 * `holds`, for a reading not made (`Adapter.count`): its texts are read one at a time, oldest
 * first, and only until each of the first few messages' openings is found (the first ones, on a
 * page showing the same conversation).
 */
export function holdsOpenings(theirs: (i: number) => string | undefined, ours: ConversationSnapshot): boolean {
  return ours.messages.slice(0, MIN_VISIBLE).every((m) => {
    const opening = m.text.trim().slice(0, 40);
    if (!opening) return true;
    for (let i = 0, text = theirs(0); text !== undefined; text = theirs(++i)) if (text.includes(opening)) return true;
    return false;
  });
}
