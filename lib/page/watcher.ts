/**
 * Watches the helpdesk page and reports when the conversation on it changes. Runs in the agent's
 * page, so it does as little as it can: mutations only mark the page dirty, one read happens per
 * quiet period (debounced), nothing at all happens while the tab is hidden (the observer is
 * disconnected), and a read that produces the same snapshot as last time sends nothing.
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
}

export interface PageWatcher {
  /** Read now and report if changed (used on start and when the tab becomes visible). */
  refresh(): void;
  stop(): void;
}

export function watchPage<T>({ doc, read, onChange, keyOf = (r) => JSON.stringify(r), debounceMs = 250 }: PageWatcherOptions<T>): PageWatcher {
  const view = doc.defaultView;
  let lastKey: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const refresh = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = undefined;
    const result = read();
    const key = keyOf(result);
    if (key === lastKey) return;
    lastKey = key;
    onChange(result);
  };

  const schedule = () => {
    if (timer !== undefined || stopped) return;
    timer = setTimeout(refresh, debounceMs);
  };

  const observer = new (view?.MutationObserver ?? MutationObserver)(schedule);
  const connect = () => observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: false });

  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') {
      observer.disconnect();
      clearTimeout(timer);
      timer = undefined;
    } else {
      connect();
      schedule();
    }
  };

  if (doc.visibilityState !== 'hidden') connect();
  doc.addEventListener('visibilitychange', onVisibility);
  // Single-page helpdesks change the conversation without a load; history navigation too.
  view?.addEventListener('popstate', schedule);

  return {
    refresh,
    stop() {
      stopped = true;
      observer.disconnect();
      clearTimeout(timer);
      doc.removeEventListener('visibilitychange', onVisibility);
      view?.removeEventListener('popstate', schedule);
    },
  };
}
