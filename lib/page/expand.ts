import type { Adapter } from '../adapters/types';

/** Rounds of pressing: what one round reveals (Gmail's older messages come back collapsed) is pressed in the next. */
const ROUNDS = 3;

/**
 * Open the messages the helpdesk shows folded, as the agent asked from the panel: the adapter
 * presses its helpdesk's own controls, then, once the page has settled, presses what that revealed,
 * never one control twice. Answers how many controls were pressed (0: nothing to open, or an
 * adapter that cannot). The page watcher sees the page change and sends the new reading.
 */
export async function expandMessages(doc: Document, adapter: Adapter | undefined, settle: () => Promise<void> = () => settled(doc)): Promise<{ pressed: number }> {
  if (!adapter?.expand) return { pressed: 0 };
  const pressed = new WeakSet<Element>();
  let total = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const more = adapter.expand(doc, pressed);
    if (more === 0) break;
    total += more;
    if (round < ROUNDS - 1) await settle();
  }
  return { pressed: total };
}

/** Resolves once the page has made no change for `quietMs`, or after `maxMs` at most. */
export function settled(doc: Document, quietMs = 300, maxMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    const wait = () => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    };
    const observer = new MutationObserver(wait);
    const cap = setTimeout(done, maxMs);
    observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
    wait();
  });
}
