/**
 * Watches the helpdesk page and reports when the conversation on it changes. Runs in the agent's
 * page, so it does as little as it can:
 * - mutations only mark the page dirty, and one read happens per quiet period (debounced);
 * - mutations that cannot change the conversation are not even that: the agent typing in the reply
 *   editor, Tactful's own marks over it (`ignore`);
 * - a costly read backs off: the next one waits at least `backoff` times as long as the last one
 *   took, so on a very big page Tactful takes a small share of the page's time, however busy the
 *   page is; it waits for the page to be idle (`requestIdleCallback`) where the browser has it;
 *   and when a read is costly enough to be felt (`slowReadMs`), none starts while the agent is
 *   typing: it waits for a pause (`typingPauseMs` without a key pressed);
 * - nothing at all happens while the tab is hidden (the observer is disconnected);
 * - a read that produces the same result as last time sends nothing.
 */

export interface PageWatcherOptions<T> {
  doc: Document;
  /** Produce the current result; called at most once per quiet period. */
  read: () => T;
  /** Called with each result that differs from the previous one. */
  onChange: (result: T) => void;
  /** Key that decides whether two results are the same (defaults to JSON). */
  keyOf?: (result: T) => string;
  debounceMs?: number;
  /**
   * Nodes whose changes say nothing about the conversation (the reply editor, Tactful's own
   * elements): a mutation inside one of them, or one that only adds or removes them, is ignored.
   */
  ignore?: (node: Node) => boolean;
  /** The next read waits at least this many times as long as the last read took. */
  backoff?: number;
  /** A read that took longer than this waits for the agent to stop typing. */
  slowReadMs?: number;
  /** How long without a key pressed counts as a pause in typing. */
  typingPauseMs?: number;
  now?: () => number;
}

export interface PageWatcher {
  /** Read now and report if changed (used on start and when the tab becomes visible). */
  refresh(): void;
  stop(): void;
}

/** At most this long waiting for the page to be idle before reading anyway. */
const IDLE_TIMEOUT_MS = 1000;

export function watchPage<T>({
  doc,
  read,
  onChange,
  keyOf = (r) => JSON.stringify(r),
  debounceMs = 250,
  ignore,
  backoff = 4,
  slowReadMs = 40,
  typingPauseMs = 1500,
  now = () => performance.now(),
}: PageWatcherOptions<T>): PageWatcher {
  const view = doc.defaultView;
  let lastKey: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let stopped = false;
  /** When the last read ended and how long it took. */
  let lastEnd = -Infinity;
  let lastCost = 0;
  let lastKeyPress = -Infinity;
  const onKey = () => {
    lastKeyPress = now();
  };

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    if (idle !== undefined) view?.cancelIdleCallback?.(idle);
    idle = undefined;
  };

  const refresh = () => {
    if (stopped) return;
    cancel();
    const started = now();
    const result = read();
    lastEnd = now();
    lastCost = lastEnd - started;
    const key = keyOf(result);
    if (key === lastKey) return;
    lastKey = key;
    onChange(result);
  };

  const schedule = () => {
    if (timer !== undefined || idle !== undefined || stopped) return;
    const wait = Math.max(debounceMs, lastEnd + lastCost * backoff - now());
    timer = setTimeout(() => {
      timer = undefined;
      if (lastCost > slowReadMs && now() - lastKeyPress < typingPauseMs) return schedule();
      if (view?.requestIdleCallback) idle = view.requestIdleCallback(refresh, { timeout: IDLE_TIMEOUT_MS });
      else refresh();
    }, wait);
  };

  const inside = (node: Node | null) => !!node && !!ignore?.(node);
  const matters = (record: MutationRecord) => {
    if (!ignore) return true;
    for (let node: Node | null = record.target; node; node = node.parentNode) if (ignore(node)) return false;
    if (record.type !== 'childList') return true;
    // A change of the page's own list matters; adding or removing one of Tactful's elements does not.
    const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return changed.length === 0 || !changed.every(inside);
  };
  const observer = new (view?.MutationObserver ?? MutationObserver)((records) => {
    if (records.some(matters)) schedule();
  });
  const connect = () => observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: false });

  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') {
      observer.disconnect();
      cancel();
    } else {
      connect();
      schedule();
    }
  };

  if (doc.visibilityState !== 'hidden') connect();
  doc.addEventListener('visibilitychange', onVisibility);
  doc.addEventListener('keydown', onKey, true);
  // Single-page helpdesks change the conversation without a load; history navigation too.
  view?.addEventListener('popstate', schedule);

  return {
    refresh,
    stop() {
      stopped = true;
      observer.disconnect();
      cancel();
      doc.removeEventListener('visibilitychange', onVisibility);
      doc.removeEventListener('keydown', onKey, true);
      view?.removeEventListener('popstate', schedule);
    },
  };
}
