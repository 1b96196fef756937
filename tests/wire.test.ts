import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineMessaging } from '../lib/wire';

/**
 * The browser's side of `runtime.onMessage` as Chromium and Firefox give it: each listener is
 * called with (message, sender, sendResponse); the first to call sendResponse answers, and one that
 * returns true may answer later. No listener answering gives `undefined`.
 */
type Listener = (message: unknown, sender: object, respond: (answer: unknown) => void) => boolean | undefined;
let listeners: Listener[];

beforeEach(() => {
  listeners = [];
  const onMessage = fakeBrowser.runtime.onMessage as unknown as Record<string, unknown>;
  onMessage.addListener = (listener: Listener) => listeners.push(listener);
  onMessage.removeListener = (listener: Listener) => (listeners = listeners.filter((l) => l !== listener));
  const deliver = (message: unknown, sender: object) =>
    new Promise((resolve) => {
      let waiting = false;
      for (const listener of listeners) waiting = listener(message, sender, resolve) === true || waiting;
      if (!waiting) resolve(undefined);
    });
  (fakeBrowser.runtime as unknown as Record<string, unknown>).sendMessage = (message: unknown) => deliver(message, { id: 'panel' });
  (fakeBrowser.tabs as unknown as Record<string, unknown>).sendMessage = (tabId: number, message: unknown) => deliver(message, { tab: { id: tabId } });
});

afterEach(() => fakeBrowser.reset());

interface Protocol {
  add(request: { a: number; b: number }): number;
  fail(): void;
  ping(): string;
}

describe('typed messages', () => {
  it('delivers a request to the listener of its type and returns its answer, sync or async', async () => {
    const wire = defineMessaging<Protocol>();
    wire.onMessage('add', async ({ data }) => data.a + data.b);
    wire.onMessage('ping', () => 'pong');
    await expect(wire.sendMessage('add', { a: 2, b: 3 })).resolves.toBe(5);
    await expect(wire.sendMessage('ping', undefined)).resolves.toBe('pong');
  });

  it('tells the listener who sent it, including the tab', async () => {
    const wire = defineMessaging<Protocol>();
    let from: unknown;
    wire.onMessage('ping', ({ sender }) => ((from = sender.tab?.id), 'pong'));
    await wire.sendMessage('ping', undefined, 42);
    expect(from).toBe(42);
  });

  it('carries an error thrown by the listener back to the sender as an error', async () => {
    const wire = defineMessaging<Protocol>();
    wire.onMessage('fail', () => {
      throw new Error('the editor is gone');
    });
    await expect(wire.sendMessage('fail', undefined)).rejects.toThrow('the editor is gone');
  });

  it('rejects when nobody listens to the type, and leaves other listeners in the context alone', async () => {
    const wire = defineMessaging<Protocol>();
    wire.onMessage('ping', () => 'pong');
    await expect(wire.sendMessage('add', { a: 1, b: 1 })).rejects.toThrow('No response');
    await expect(wire.sendMessage('ping', undefined)).resolves.toBe('pong');
  });

  it('ignores messages that are not in its format', async () => {
    const wire = defineMessaging<Protocol>();
    wire.onMessage('ping', () => 'pong');
    await expect(fakeBrowser.runtime.sendMessage({ type: 'ping' })).resolves.toBeUndefined();
    await expect(fakeBrowser.runtime.sendMessage('ping')).resolves.toBeUndefined();
  });

  it('allows one listener per type, and stops listening when asked', async () => {
    const wire = defineMessaging<Protocol>();
    const stop = wire.onMessage('ping', () => 'pong');
    expect(() => wire.onMessage('ping', () => 'again')).toThrow(/one listener/);
    stop();
    expect(listeners).toHaveLength(0);
    await expect(wire.sendMessage('ping', undefined)).rejects.toThrow('No response');
    wire.onMessage('ping', () => 'back');
    wire.onMessage('add', ({ data }) => data.a);
    await expect(wire.sendMessage('ping', undefined)).resolves.toBe('back');
    wire.removeAllListeners();
    expect(listeners).toHaveLength(0);
  });

  it('answers with the same wire format the tests and the command line speak', async () => {
    const wire = defineMessaging<Protocol>();
    wire.onMessage('add', ({ data }) => data.a * 10 + data.b);
    const answer = await fakeBrowser.runtime.sendMessage({ id: 1, type: 'add', data: { a: 4, b: 2 }, timestamp: Date.now() });
    expect(answer).toEqual({ res: 42 });
  });
});
