import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/lib/page/watcher';

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<ol id="log"><li>first</li></ol>';
});
afterEach(() => {
  vi.useRealTimers();
});

const items = () => [...document.querySelectorAll('#log li')].map((li) => li.textContent);
const flushMutations = () => Promise.resolve();

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('watchPage', () => {
  it('reports the first reading and each change, once per quiet period', async () => {
    const onChange = vi.fn();
    const read = vi.fn(items);
    const watcher = watchPage({ doc: document, read, onChange, debounceMs: 200 });
    watcher.refresh();
    expect(onChange).toHaveBeenLastCalledWith(['first']);

    document.querySelector('#log')!.insertAdjacentHTML('beforeend', '<li>second</li>');
    await flushMutations();
    document.querySelector('#log')!.insertAdjacentHTML('beforeend', '<li>third</li>');
    await flushMutations();
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(read).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenLastCalledWith(['first', 'second', 'third']);
    watcher.stop();
  });

  it('sends nothing when a re-render changes nothing', async () => {
    const onChange = vi.fn();
    const watcher = watchPage({ doc: document, read: items, onChange, debounceMs: 50 });
    watcher.refresh();
    document.querySelector('#log')!.innerHTML = '<li>first</li>';
    await flushMutations();
    vi.advanceTimersByTime(50);
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('does no work while the tab is hidden and catches up when it is shown', async () => {
    const read = vi.fn(items);
    const onChange = vi.fn();
    const watcher = watchPage({ doc: document, read, onChange, debounceMs: 50 });
    watcher.refresh();
    setVisibility('hidden');
    document.querySelector('#log')!.insertAdjacentHTML('beforeend', '<li>while hidden</li>');
    await flushMutations();
    vi.advanceTimersByTime(500);
    expect(read).toHaveBeenCalledTimes(1);

    setVisibility('visible');
    vi.advanceTimersByTime(50);
    expect(onChange).toHaveBeenLastCalledWith(['first', 'while hidden']);
    watcher.stop();
  });

  it('stops observing when stopped', async () => {
    const read = vi.fn(items);
    const watcher = watchPage({ doc: document, read, onChange: () => {}, debounceMs: 10 });
    watcher.stop();
    document.querySelector('#log')!.insertAdjacentHTML('beforeend', '<li>late</li>');
    await flushMutations();
    vi.advanceTimersByTime(100);
    expect(read).not.toHaveBeenCalled();
  });

  it("ignores the agent's typing in the reply editor and Tactful's own elements, but not the conversation", async () => {
    document.body.innerHTML = '<ol id="log"><li>first</li></ol><div id="reply" contenteditable="true"><p></p></div>';
    const reply = document.getElementById('reply')!;
    const read = vi.fn(items);
    const ignore = (node: Node) => node === reply || node.nodeName === 'TACTFUL-MARKS';
    const watcher = watchPage({ doc: document, read, onChange: () => {}, debounceMs: 50, ignore });
    watcher.refresh();
    for (const text of ['H', 'Hi', 'Hi D']) {
      reply.querySelector('p')!.textContent = text;
      await flushMutations();
    }
    reply.append(document.createElement('p'));
    document.documentElement.append(document.createElement('tactful-marks'));
    await flushMutations();
    document.querySelector('tactful-marks')!.remove();
    await flushMutations();
    vi.advanceTimersByTime(500);
    expect(read).toHaveBeenCalledTimes(1);

    document.querySelector('#log')!.insertAdjacentHTML('beforeend', '<li>second</li>');
    await flushMutations();
    vi.advanceTimersByTime(50);
    expect(read).toHaveBeenCalledTimes(2);
    watcher.stop();
  });

  it('backs off after a costly read: the next waits several times as long as it took', async () => {
    let clock = 0;
    const read = vi.fn(() => {
      clock += 400; // a read of a very big page
      return items();
    });
    const watcher = watchPage({ doc: document, read, onChange: () => {}, debounceMs: 50, backoff: 4, now: () => clock + Date.now() });
    watcher.refresh();
    document.querySelector('#log')!.insertAdjacentHTML('beforeend', '<li>second</li>');
    await flushMutations();
    vi.advanceTimersByTime(1000);
    expect(read).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(700);
    expect(read).toHaveBeenCalledTimes(2);
    watcher.stop();
  });
});
