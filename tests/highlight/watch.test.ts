import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchDraft, type DraftCheck } from '../../lib/highlight';
import type { DraftState } from '../../lib/messaging';

/** jsdom lays nothing out: make the composer count as shown, as it is in a browser. */
function shown() {
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 300, height: 100 } as DOMRect);
}

const type = (area: HTMLTextAreaElement, value: string) => {
  area.value = value;
  area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  area.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
};

describe('watchDraft', () => {
  let sent: DraftState[];
  let check: DraftCheck;
  let area: HTMLTextAreaElement;

  beforeEach(() => {
    vi.useFakeTimers();
    shown();
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    area = document.querySelector('textarea')!;
    sent = [];
    check = watchDraft(document, (draft) => sent.push(draft));
    check.check();
  });
  afterEach(() => {
    check.stop();
    vi.useRealTimers();
  });

  it('sends the draft once typing pauses, and nothing while it goes on or when the text is the same', () => {
    expect(sent).toEqual([{ found: true, kind: 'textarea', text: '' }]);
    for (const value of ['I', 'It', 'It ', 'It w']) {
      type(area, value);
      vi.advanceTimersByTime(50);
    }
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(150);
    expect(sent.at(-1)).toEqual({ found: true, kind: 'textarea', text: 'It w' });
    area.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true })); // an arrow key: no change
    vi.advanceTimersByTime(200);
    expect(sent).toHaveLength(2);
  });

  it('says so at once when the composer goes, and sends again when a panel asks', () => {
    area.remove();
    check.check();
    expect(sent.at(-1)).toEqual({ found: false, text: '' });
    check.resend();
    vi.advanceTimersByTime(200);
    expect(sent.at(-1)).toEqual({ found: false, text: '' });
    expect(sent).toHaveLength(3);
  });

  it('does no work while the tab is hidden', () => {
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    type(area, 'Hello');
    vi.advanceTimersByTime(500);
    check.check();
    expect(sent).toHaveLength(1);
    hidden.mockReturnValue(false);
    check.check();
    expect(sent.at(-1)?.text).toBe('Hello');
  });

  it('selects a finding whose words are still there, and refuses a stale one', async () => {
    const scrolled = vi.fn();
    area.scrollIntoView = scrolled; // jsdom has none
    type(area, 'It was our fault.');
    vi.advanceTimersByTime(200);
    expect(await check.select({ start: 0, end: 16, expected: 'It was our fault' })).toEqual({ ok: true });
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, 16]);
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' });
    const stale = { start: 0, end: 16, expected: 'It was your fault' };
    expect(await check.select(stale)).toEqual({ ok: false, why: 'stale' });
    expect(await check.replace({ ...stale, text: 'Sorry' })).toEqual({ ok: false, why: 'stale' });
    expect(area.value).toBe('It was our fault.');
  });

  it('stops listening when stopped', () => {
    check.stop();
    type(area, 'Hello');
    vi.advanceTimersByTime(500);
    check.check();
    expect(sent).toHaveLength(1);
  });
});
