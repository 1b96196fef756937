/**
 * The live draft check's side in the helpdesk page: tell the panel what the agent is writing, draw
 * the panel's findings in the editor, and select or replace a finding's words. The guard itself
 * runs in the panel; this stays small because it runs in someone else's page.
 *
 * - Watching: `input`/`keyup`/`compositionend`/`focusin` on the page's document and on every
 *   same-origin iframe's (editors such as CKEditor 4 and TinyMCE type in an iframe), captured, so
 *   editors that stop propagation are still heard. One read per pause in typing (debounced); a
 *   state equal to the last one sent sends nothing; no work while the tab is hidden.
 * - Drawing: the CSS Custom Highlight API over DOM ranges (lib/compose `domRange`), one highlight
 *   per severity (`tactful-error`, `tactful-warning`, `tactful-info`) in the editor's own document,
 *   with one adopted stylesheet there; the editor's DOM is never touched. A <textarea> gets an
 *   overlay (overlay.ts). Marks follow the agent's edits until the panel sends new ones, and are
 *   drawn again from their offsets after each read, so an editor that re-renders keeps them.
 */
import { detectEditor, domRange, findComposer, readDraft, replaceRange, selectRange } from '../compose';
import type { DraftMark, DraftSpan, DraftState, EditResult } from '../messaging';
import { HIGHLIGHT_CSS, SEVERITIES, shiftMarks } from './marks';
import { overlay, type Overlay } from './overlay';

export interface DraftCheck {
  /** Read the draft now and send it if it changed. */
  check(): void;
  /** Send the draft again after a moment, changed or not (a panel that just opened asks). */
  resend(): void;
  /** Underline these stretches of the draft last sent (an empty list clears them). */
  show(marks: DraftMark[]): void;
  select(span: DraftSpan): Promise<EditResult>;
  replace(span: DraftSpan & { text: string }): Promise<EditResult>;
  /** The reply editor last read (the page watcher ignores what happens inside it). */
  editor(): HTMLElement | null;
  /** Stop listening and take every mark away. */
  stop(): void;
}

// `load` (captured, so an iframe's too): an editor's iframe got its document.
const EVENTS = ['input', 'keyup', 'compositionend', 'focusin', 'load'];
const stale = (): EditResult => ({ ok: false, why: 'stale' });
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * `composerAt` gives where the reading adapter says its reply editor is (an element or a selector:
 * the first place to look); without it, the focused or the largest editable is the composer.
 */
export function watchDraft(doc: Document, send: (draft: DraftState) => void, debounceMs = 120, composerAt: () => Element | string | undefined = () => undefined): DraftCheck {
  let editor: HTMLElement | null = null;
  let sentKey: string | undefined;
  /** The text last sent: the panel's marks are offsets into it. */
  let sentText = '';
  let marks: DraftMark[] = [];
  /** The text `marks` are offsets into. */
  let base = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let mirror: Overlay | undefined;

  const frames = () => [doc, ...[...doc.querySelectorAll('iframe')].flatMap((frame) => frame.contentDocument ?? [])];
  // Adding a listener twice is a no-op, so this runs on every read: it covers iframes that appeared
  // or whose document an editor rewrote (document.open drops its listeners).
  const listen = (on: boolean) => {
    for (const d of frames()) for (const type of EVENTS) d[on ? 'addEventListener' : 'removeEventListener'](type, onEvent, true);
  };
  const onEvent = (event: Event) => {
    if (event.type === 'focusin') return check();
    if (event.type === 'input' && mirror) paint(); // the overlay follows each keystroke
    schedule();
  };
  const schedule = () => {
    clearTimeout(timer);
    if (!stopped && !doc.hidden) timer = setTimeout(check, debounceMs);
  };

  const check = () => {
    clearTimeout(timer);
    if (stopped || doc.hidden) return;
    listen(true);
    // While the agent types in the editor already known, it is still the composer: looking again
    // would measure the page's layout, which on a big page costs as much as the keystroke itself.
    const found = editor && hasFocus(editor) ? editor : findComposer(doc, composerAt());
    if (found !== editor) {
      clear();
      editor = found;
    }
    const text = found ? readDraft(found) : '';
    const state: DraftState = found ? { found: true, kind: detectEditor(found) ?? 'contenteditable', text } : { found: false, text };
    if (marks.length) paint();
    const key = JSON.stringify(state);
    if (key === sentKey) return;
    sentKey = key;
    sentText = text;
    send(state);
  };

  const paint = () => {
    if (!editor) return;
    const text = readDraft(editor);
    marks = shiftMarks(marks, base, text);
    base = text;
    if (!marks.length) return clear();
    if (editor.tagName === 'TEXTAREA') return (mirror ??= overlay(editor as HTMLTextAreaElement)).render(text, marks);
    const d = editor.ownerDocument;
    const view = d.defaultView;
    if (!view?.CSS?.highlights) return; // no Custom Highlight API: no underlines, the panel still lists them
    adopt(d, true);
    SEVERITIES.forEach((severity, i) => {
      const ranges = marks.flatMap((m) => (m.severity === severity && editor ? (domRange(editor, m) ?? []) : []));
      const name = `tactful-${severity}`;
      if (!ranges.length) return view.CSS.highlights.delete(name);
      const highlight = new view.Highlight(...ranges);
      highlight.priority = SEVERITIES.length - i;
      view.CSS.highlights.set(name, highlight);
    });
  };

  /** Take every mark off the editor (before it is left for another one). */
  const clear = () => {
    marks = [];
    mirror?.remove();
    mirror = undefined;
    const d = editor?.ownerDocument;
    if (!d) return;
    for (const severity of SEVERITIES) d.defaultView?.CSS?.highlights?.delete(`tactful-${severity}`);
    adopt(d, false);
  };

  /** The composer, if the draft still has `expected` at the span's offsets. */
  const locate = ({ start, end, expected }: DraftSpan) => {
    const target = editor?.isConnected ? editor : findComposer(doc, composerAt());
    return target && readDraft(target).slice(start, end) === expected ? target : null;
  };

  return {
    check,
    editor: () => editor,
    resend() {
      sentKey = undefined;
      schedule();
    },
    show(next) {
      editor ??= findComposer(doc, composerAt());
      base = sentText;
      marks = next.filter((m) => m.start >= 0 && m.start < m.end && m.end <= base.length);
      paint();
    },
    async select(span) {
      const target = locate(span);
      if (!target || !(await selectRange(target, span))) return stale();
      const node = target.tagName === 'TEXTAREA' ? target : domRange(target, span)?.startContainer.parentElement;
      node?.scrollIntoView({ block: 'nearest' });
      return { ok: true };
    },
    async replace(span) {
      const target = locate(span);
      if (!target) return stale();
      const ok = await replaceRange(target, span, span.text);
      schedule();
      return ok ? { ok } : { ok, why: 'notTaken' };
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      listen(false);
      clear();
    },
  };
}

/** Does the agent's caret sit in this editor (no layout read: only focus)? */
function hasFocus(editor: HTMLElement): boolean {
  if (!editor.isConnected) return false;
  const d = editor.ownerDocument;
  const active = d.activeElement;
  return !!active && (active === editor || editor.contains(active)) && d.hasFocus();
}

/** Put Tactful's one stylesheet into a document (or take it out), beside the page's own. */
function adopt(d: Document, on: boolean) {
  let sheet = sheets.get(d);
  if (!sheet && on && d.defaultView) {
    sheet = new d.defaultView.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    sheets.set(d, sheet);
  }
  if (sheet && on !== d.adoptedStyleSheets.includes(sheet)) {
    d.adoptedStyleSheets = on ? [...d.adoptedStyleSheets, sheet] : d.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
