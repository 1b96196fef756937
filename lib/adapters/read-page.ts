import type { ConversationSnapshot } from '../conversation/types';
import type { ReadRequest, ReadResult } from '../messaging';
import { assessRead, clearlyMore, holds, holdsOpenings, visibleMessages } from './health';
import type { Adapter } from './types';

/**
 * Below this the generic reader is guessing (a list of e-mails, a form's field groups look like
 * repeated blocks too): the panel says it sees no conversation rather than show a wrong one.
 */
export const FALLBACK_MIN_CONFIDENCE = 0.5;

/**
 * Read the conversation on a page. Each adapter runs in isolation: one that throws is reported in
 * `errors` and the next is tried, so a broken adapter never breaks the page or the panel.
 *
 * An adapter's `null` means "no conversation on this page" (an inbox, a search) and is trusted.
 * A snapshot with no messages means it knows this is a conversation page but found none — its
 * selectors no longer match, or the page shows only a reply form. Then the generic reader tries,
 * and if it finds messages the result says which adapter it stood in for.
 *
 * A reading with messages is checked too (lib/adapters/health.ts): far fewer messages than the
 * page shows, or no customer, marks it `degraded`; if the generic reader then reads clearly more,
 * it stands in. Where the page's count comes from the generic reader, it counts (`Adapter.count`)
 * rather than reads: the full second reading is made only for a degraded one.
 */
export function readPage(
  doc: Document,
  url: URL,
  named: readonly Adapter[],
  fallback: Adapter,
  request: ReadRequest = {},
  now: () => number = () => performance.now(),
): ReadResult {
  const started = now();
  const errors: ReadResult['errors'] = [];
  const done = (result: Omit<ReadResult, 'ms' | 'errors'>): ReadResult => ({ ...result, ms: now() - started, errors });

  if (request.adapter) {
    const known = [...named, fallback];
    const forced = known.find((a) => a.id === request.adapter);
    if (!forced) {
      errors.push({ adapter: request.adapter, message: `No adapter called "${request.adapter}". Known: ${known.map((a) => a.id).join(', ')}` });
      return done({ snapshot: null });
    }
    return done({ snapshot: attempt(forced, doc, url, errors) ?? null, adapter: forced.id });
  }

  let firstRecognised: Adapter | undefined;
  let empty: { snapshot: ConversationSnapshot; adapter: Adapter } | undefined;
  let failed: string | undefined;
  // The generic reader's reading, made once and only when needed: a stand-in, or a yardstick.
  let guess: ConversationSnapshot | null | undefined;
  const generic = () => {
    if (guess === undefined) {
      const read = attempt(fallback, doc, url, errors, true);
      guess = read && read.confidence >= FALLBACK_MIN_CONFIDENCE ? read : null;
    }
    return guess;
  };
  // The yardstick without a second reading, where the generic reader can count (`Adapter.count`).
  const genericCount = (theirs: ConversationSnapshot): number | undefined => {
    if (!fallback.count || guess !== undefined) {
      const read = generic();
      return read && holds(read, theirs) ? read.messages.length : undefined;
    }
    let counted: ReturnType<NonNullable<Adapter['count']>> | undefined;
    try {
      counted = fallback.count(doc, url);
    } catch (error) {
      errors.push({ adapter: fallback.id, message: error instanceof Error ? error.message : String(error) });
      guess = null;
      return undefined;
    }
    return counted && counted.confidence >= FALLBACK_MIN_CONFIDENCE && holdsOpenings(counted.text, theirs) ? counted.messages : undefined;
  };
  for (const adapter of recognisedAdapters(named, doc, url, errors)) {
    firstRecognised ??= adapter;
    const snapshot = attempt(adapter, doc, url, errors);
    if (snapshot === undefined) failed ??= adapter.id;
    if (!snapshot) continue;
    if (snapshot.messages.length > 0) {
      // The yardstick: the adapter's own message blocks, else the generic reader's reading of the same conversation.
      const same = () => {
        const read = generic();
        return read && holds(read, snapshot) ? read : null;
      };
      const degraded = assessRead(adapter.id, snapshot, visibleMessages(adapter, doc) ?? genericCount(snapshot));
      if (!degraded) return done({ snapshot, adapter: adapter.id });
      const fuller = same();
      if (fuller && clearlyMore(fuller.messages.length, snapshot.messages.length)) {
        return done({ snapshot: fuller, adapter: fallback.id, fallbackFrom: adapter.id, degraded });
      }
      return done({ snapshot, adapter: adapter.id, degraded });
    }
    empty ??= { snapshot, adapter };
  }
  // A recognised page that said "no conversation" (null) is not second-guessed.
  // Every recognised adapter has been tried by now (the loop returns or runs out).
  if (firstRecognised && !empty && !failed) return done({ snapshot: null, adapter: firstRecognised.id });
  const standInSnapshot = generic();
  const standIn = empty?.adapter.id ?? failed;
  if (standInSnapshot && (standInSnapshot.messages.length > 0 || !empty)) {
    return done({ snapshot: standInSnapshot, adapter: fallback.id, ...(standIn ? { fallbackFrom: standIn } : {}) });
  }
  if (!empty) return done({ snapshot: null, adapter: firstRecognised?.id });
  // Nothing read where the page shows messages: say so, rather than show an empty conversation as whole.
  const degraded = assessRead(empty.adapter.id, empty.snapshot, visibleMessages(empty.adapter, doc));
  return done({ snapshot: empty.snapshot, adapter: empty.adapter.id, ...(degraded ? { degraded } : {}) });
}

/** The adapter's reading: a snapshot, null (no conversation), or undefined when it threw. */
function attempt(adapter: Adapter, doc: Document, url: URL, errors: ReadResult['errors'], mustDetect = false): ConversationSnapshot | null | undefined {
  try {
    if (mustDetect && !adapter.detect(doc, url)) return null;
    return adapter.read(doc, url);
  } catch (error) {
    errors.push({ adapter: adapter.id, message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/**
 * Named adapters whose own markers are on the page, those whose URL pattern also matches first,
 * asked lazily: each adapter's detection queries the whole page, and the first one that reads the
 * page well ends the search, so the rest need not look at all.
 */
function* recognisedAdapters(named: readonly Adapter[], doc: Document, url: URL, errors: ReadResult['errors']): Generator<Adapter> {
  const safely = (adapter: Adapter, ask: (a: Adapter) => boolean): boolean => {
    try {
      return ask(adapter);
    } catch (error) {
      errors.push({ adapter: adapter.id, message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  const detects = (adapter: Adapter) => safely(adapter, (a) => a.detect(doc, url));
  const later: Adapter[] = [];
  for (const adapter of named) {
    if (!safely(adapter, (a) => a.matches(url))) later.push(adapter);
    else if (detects(adapter)) yield adapter;
  }
  for (const adapter of later) if (detects(adapter)) yield adapter;
}
