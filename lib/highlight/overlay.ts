/**
 * Underlines for a <textarea>, which has no DOM ranges inside: a mirror of its text drawn over it
 * (same box, font, padding, wrapping and scroll), transparent but for the underlines, and
 * `pointer-events: none`. It lives in the shadow root of its own element at the end of <html>
 * (so the page's CSS can't reach it), positioned `fixed` over the textarea's border box: the textarea
 * and the page's layout are untouched. The page's text goes in as text nodes, never as HTML.
 */
import type { DraftMark } from '../messaging';
import { segments, underline } from './marks';

export interface Overlay {
  /** Draw `text` (the textarea's value) with these marks, and follow the textarea's box. */
  render(text: string, marks: readonly DraftMark[]): void;
  remove(): void;
}

/** What decides where the textarea's glyphs fall, copied from its computed style. */
const COPIED = [
  ...['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing'],
  ...['text-align', 'text-indent', 'text-transform', 'tab-size', 'direction', 'white-space', 'overflow-wrap', 'word-break'],
  ...['padding', 'border-width'],
];

export function overlay(area: HTMLTextAreaElement): Overlay {
  const doc = area.ownerDocument;
  const view = doc.defaultView ?? window;
  const host = doc.createElement('tactful-marks');
  const box = doc.createElement('div');
  host.attachShadow({ mode: 'open' }).append(box);
  box.style.cssText = 'position:fixed;pointer-events:none;z-index:2147483647;box-sizing:border-box;margin:0;overflow:hidden;color:transparent;border:0 solid transparent';

  const place = () => {
    const rect = area.getBoundingClientRect();
    const style = view.getComputedStyle(area);
    for (const name of COPIED) box.style.setProperty(name, style.getPropertyValue(name));
    const px = (name: string) => parseFloat(style.getPropertyValue(name)) || 0;
    // A vertical scrollbar narrows the textarea's text: narrow the mirror's by as much.
    const scrollbar = area.offsetWidth - area.clientWidth - px('border-left-width') - px('border-right-width');
    box.style.paddingRight = `${px('padding-right') + scrollbar}px`;
    Object.assign(box.style, {
      display: rect.width ? 'block' : 'none',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    box.scrollTop = area.scrollTop;
    box.scrollLeft = area.scrollLeft;
  };

  const resized = new view.ResizeObserver(place);
  const follow = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    view[method]('scroll', place, true);
    view[method]('resize', place);
    if (on) [area, doc.documentElement].forEach((el) => resized.observe(el));
    else resized.disconnect();
  };

  return {
    render(text, marks) {
      box.replaceChildren(
        ...segments(text, marks).map(({ text, severity }) => {
          if (!severity) return text;
          const span = doc.createElement('span');
          span.textContent = text;
          span.style.textDecoration = underline(severity);
          span.style.textDecorationSkipInk = 'none';
          return span;
        }),
        // A final line break shows an empty last line in the textarea; give the mirror one too.
        '\u200b',
      );
      if (!host.isConnected) {
        doc.documentElement.append(host);
        follow(true);
      }
      place();
    },
    remove() {
      follow(false);
      host.remove();
    },
  };
}
