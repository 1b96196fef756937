import { browser, type Browser } from 'wxt/browser';

/**
 * Typed one-listener-per-type messages over `runtime.sendMessage`/`tabs.sendMessage`.
 *
 * Tactful's own, not a library's, because it runs in the content script on every helpdesk page,
 * whose size has a budget (`npm run size`): this is the part of a messaging library the extension
 * uses — typed requests and answers, errors carried back as errors — in a tenth of the bytes.
 *
 * The wire format: a request is `{ id, type, data, timestamp }`; the answer is `{ res }`, or
 * `{ err: { message } }` when the listener threw. A context answers only the types it listens to,
 * so the panel, the background and a content script can share `runtime.onMessage`.
 */
export type Sender = Browser.runtime.MessageSender;

/** What a protocol's entry `name(data: D): R` takes and gives. */
type DataOf<F> = F extends (...args: infer A) => unknown ? (A['length'] extends 0 ? undefined : A[0]) : never;
type ReturnOf<F> = F extends (...args: never[]) => infer R ? R : never;

export interface Received<D> {
  data: D;
  sender: Sender;
}

interface Request {
  id?: number;
  type?: unknown;
  data?: unknown;
  timestamp?: unknown;
}

type Answer = { res?: unknown; err?: { message?: string } } | undefined;

export interface Messaging<M> {
  /** Send to the extension's pages and worker, or to a tab's content script when `tabId` is given. */
  sendMessage<K extends keyof M>(type: K, data: DataOf<M[K]>, tabId?: number): Promise<Awaited<ReturnOf<M[K]>>>;
  /** Answer messages of one type in this context; returns the function that stops listening. */
  onMessage<K extends keyof M>(type: K, listener: (message: Received<DataOf<M[K]>>) => ReturnOf<M[K]> | Promise<Awaited<ReturnOf<M[K]>>>): () => void;
  removeAllListeners(): void;
}

export function defineMessaging<M>(): Messaging<M> {
  const listeners = new Map<string, (message: Received<never>) => unknown>();
  let nextId = Math.floor(Math.random() * 1e4);

  const root = (message: Request, sender: Sender, respond: (answer: Answer) => void): boolean => {
    const listener = typeof message?.type === 'string' && typeof message.timestamp === 'number' ? listeners.get(message.type) : undefined;
    if (!listener) return false;
    (async () => ({ res: await listener({ data: message.data as never, sender }) }))()
      .catch((error: unknown) => ({ err: { message: error instanceof Error ? error.message : String(error) } }))
      .then(respond);
    return true; // the answer comes later
  };

  const removeRoot = () => {
    if (listeners.size === 0) browser.runtime.onMessage.removeListener(root);
  };

  return {
    async sendMessage(type, data, tabId) {
      const request = { id: nextId++, type, data, timestamp: Date.now() };
      const answer = (await (tabId === undefined ? browser.runtime.sendMessage(request) : browser.tabs.sendMessage(tabId, request))) as Answer;
      if (!answer) throw new Error('No response');
      if (answer.err) throw new Error(answer.err.message ?? 'The other side failed');
      return answer.res as never;
    },
    onMessage(type, listener) {
      const name = String(type);
      if (listeners.has(name)) throw new Error(`Only one listener for ${name} in one context`);
      if (listeners.size === 0) browser.runtime.onMessage.addListener(root);
      listeners.set(name, listener as (message: Received<never>) => unknown);
      return () => {
        if (listeners.get(name) !== listener) return;
        listeners.delete(name);
        removeRoot();
      };
    },
    removeAllListeners() {
      listeners.clear();
      removeRoot();
    },
  };
}
