/**
 * Writing into the helpdesk's composer, from the content script: find it, read the draft, select
 * a range of it, insert text at the caret or over the selection. Only DOM APIs and DOM events:
 * the content script's isolated world cannot reach the page's editor objects. Offsets are into
 * the text `readDraft` returns (see draft-text.ts), so the guard's findings map back onto the DOM.
 */
import type { EditorKind } from '../conversation/types';
import { mapDraft, offsetAt, paragraphsHtml, pointAt } from './draft-text';
import { STRATEGIES, strategyFor, type Writer } from './editors';

export { splitParagraphs } from './draft-text';

/** Offsets into the draft text, UTF-16 code units, `end` exclusive. */
export interface DraftRange {
  start: number;
  end: number;
}

type Editable = HTMLElement;

const isTextarea = (el: Element): el is HTMLTextAreaElement => el.tagName === 'TEXTAREA';

/** The same-origin iframe's body, or null (cross-origin frames are not ours to touch). */
function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

function isEditableValue(value: string | null): boolean {
  return value !== null && value !== 'false';
}

/**
 * The element that holds the draft, from the element itself, the caret's element inside it, a
 * wrapper around it, or an editor's iframe (whose body is the editable).
 */
export function editableOf(el: Element | null | undefined): Editable | null {
  if (!el) return null;
  if (el.tagName === 'IFRAME') {
    const body = frameBody(el as HTMLIFrameElement);
    return body && (isEditableValue(body.getAttribute('contenteditable')) || body.ownerDocument.designMode === 'on') ? body : null;
  }
  if (isTextarea(el)) return el;
  let root: Editable | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isEditableValue(node.getAttribute('contenteditable'))) root = node as Editable;
  }
  if (root) return root;
  const inner = el.querySelector('textarea,[contenteditable]:not([contenteditable=false]),iframe');
  return inner && inner !== el ? editableOf(inner) : null;
}

export function detectEditor(el: Element): EditorKind | null {
  const editable = editableOf(el);
  if (!editable) return null;
  if (isTextarea(editable)) return 'textarea';
  const strategy = STRATEGIES.find(({ selector }) => editable.matches(selector) || editable.querySelector(selector));
  return strategy?.kind ?? 'contenteditable';
}

function isUsable(editable: Editable): boolean {
  if (isTextarea(editable) && (editable.disabled || editable.readOnly)) return false;
  const frame = editable.ownerDocument.defaultView?.frameElement;
  return (frame ?? editable).getClientRects().length > 0;
}

function area(editable: Editable): number {
  const rect = (editable.ownerDocument.defaultView?.frameElement ?? editable).getBoundingClientRect();
  return rect.width * rect.height;
}

/** The focused element, following focus into same-origin iframes. */
function focusedIn(doc: Document): Element | null {
  let focused = doc.activeElement;
  while (focused?.tagName === 'IFRAME') {
    const inner = frameBody(focused as HTMLIFrameElement)?.ownerDocument.activeElement;
    if (!inner) break;
    focused = inner;
  }
  return focused;
}

/**
 * Where the agent writes. First where the page's adapter says its reply editor is (`hint`: its
 * composer selector, or an element): the first of those that is shown. Then the focused editable,
 * else the largest shown one (a reply box is bigger than a search field). When nothing at all is
 * shown (a document without layout), the adapter's editor is still taken at its word, the first
 * one its markup does not hide.
 */
export function findComposer(doc: Document, hint?: string | Element | null): Editable | null {
  const hinted: Editable[] = [];
  if (hint) {
    for (const el of typeof hint === 'string' ? doc.querySelectorAll(hint) : [hint]) {
      const editable = editableOf(el);
      if (editable && !hinted.includes(editable)) hinted.push(editable);
    }
    const shown = hinted.find(isUsable);
    if (shown) return shown;
  }
  const focused = editableOf(focusedIn(doc));
  if (focused && isUsable(focused)) return focused;
  let best: Editable | null = null;
  for (const el of doc.querySelectorAll('textarea,[contenteditable]:not([contenteditable=false]),iframe')) {
    const editable = editableOf(el);
    if (editable && isUsable(editable) && (!best || area(editable) > area(best))) best = editable;
  }
  return best ?? hinted.find((el) => !el.closest(HIDDEN_BY_MARKUP)) ?? hinted[0] ?? null;
}

/** Without layout, an element is hidden when its markup says so. */
const HIDDEN_BY_MARKUP = '[hidden],[aria-hidden="true"],[style*="display: none"],[style*="display:none"]';

/**
 * The floating UI rich editors keep outside the editable, at the end of the page (CKEditor 5's
 * balloons and "powered by" badge, TinyMCE's menus, Quill's link tooltip): part of the editor, never
 * of the conversation.
 */
const EDITOR_CHROME_CLASSES = ['ck-body-wrapper', 'tox-tinymce-aux', 'ql-tooltip'];

/** Is this element part of a rich editor's floating UI? */
export function isEditorChrome(node: Node): boolean {
  const classes = (node as Element).classList;
  return !!classes && EDITOR_CHROME_CLASSES.some((name) => classes.contains(name));
}

export function readDraft(el: Element): string {
  const editable = editableOf(el);
  if (!editable) return '';
  if (isTextarea(editable)) return editable.value;
  // CKEditor 4's placeholder plugin writes its hint ("Type your message here") into an empty editor.
  if (editable.classList.contains('cke_editable') && editable.classList.contains('placeholder')) return '';
  return mapDraft(editable).text;
}

/** The selection (or caret, start = end) in draft offsets, or null when it is not in the draft. */
export function getSelectionRange(el: Element): DraftRange | null {
  const editable = editableOf(el);
  if (!editable) return null;
  if (isTextarea(editable)) return { start: editable.selectionStart, end: editable.selectionEnd };
  const selection = editable.ownerDocument.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
  if (!range || !editable.contains(range.startContainer) || !editable.contains(range.endContainer)) return null;
  const map = mapDraft(editable);
  const start = offsetAt(map, range.startContainer, range.startOffset);
  const end = offsetAt(map, range.endContainer, range.endOffset);
  return start === null || end === null ? null : { start, end };
}

/** A DOM Range over part of the draft (for highlighting), or null for a textarea or a bad range. */
export function domRange(el: Element, { start, end }: DraftRange): Range | null {
  const editable = editableOf(el);
  if (!editable || isTextarea(editable)) return null;
  const map = mapDraft(editable);
  // An editor with nothing in it at all (not even an empty paragraph) takes the caret at its start.
  const empty = map.pieces.length ? null : { node: editable, offset: 0 };
  const from = empty ?? pointAt(map, start);
  const to = empty ?? pointAt(map, end);
  if (!from || !to) return null;
  const range = editable.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const SELECTION_SYNC_MS = 110;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Editors learn about a new DOM selection from `selectionchange`, which the browser queues as a
 * task: wait for it (or a moment, when the selection did not change) before acting on it.
 */
async function selectionSettled(doc: Document): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    doc.addEventListener('selectionchange', done);
    setTimeout(done, 50);
  });
  // slate-react throttles its own selectionchange handler to one call per 100 ms.
  await pause(SELECTION_SYNC_MS);
}

/** Focus the composer and select a range of the draft, as the agent would with the mouse. */
export async function selectRange(el: Element, range: DraftRange): Promise<boolean> {
  const editable = editableOf(el);
  if (!editable) return false;
  editable.focus({ preventScroll: true });
  if (isTextarea(editable)) {
    editable.setSelectionRange(range.start, range.end);
    return true;
  }
  const target = domRange(editable, range);
  const selection = editable.ownerDocument.getSelection();
  if (!target || !selection) return false;
  selection.setBaseAndExtent(target.startContainer, target.startOffset, target.endContainer, target.endOffset);
  await selectionSettled(editable.ownerDocument);
  return true;
}

const WRITERS: Record<Writer, (editable: Editable, text: string) => boolean> = {
  // Optional: a document without editing commands (jsdom) falls through to the next writer.
  type: (editable, text) => editable.ownerDocument.execCommand?.('insertText', false, text) ?? false,
  paste: (editable, text) => paste(editable, text, true),
  pasteText: (editable, text) => paste(editable, text, false),
  value: (editable, text) => {
    const textarea = editable as HTMLTextAreaElement;
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    // The prototype's setter, not the element's own property: React tracks the last value it set
    // through an instance property, and must see this one as a change to report it in onChange.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(textarea, value.slice(0, start) + text + value.slice(end));
    textarea.setSelectionRange(start + text.length, start + text.length);
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  },
};

function paste(editable: Editable, text: string, withHtml: boolean): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // HTML only where it is needed (keeping blank lines): parsing it collapses spaces at line ends.
  if (withHtml && text.includes('\n')) data.setData('text/html', paragraphsHtml(text));
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  editable.dispatchEvent(event);
  return event.defaultPrevented;
}

const comparable = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Insert text at the caret, replacing the selection if there is one (at the end of the draft when
 * the caret is elsewhere). Line breaks become paragraphs. Resolves to whether the draft now holds
 * the text: false means nothing was written, or the editor did something else with it — the
 * text is never written twice.
 */
export async function insertText(el: Element, text: string): Promise<boolean> {
  const editable = editableOf(el);
  if (!editable) return false;
  const strategy = strategyFor(detectEditor(editable) ?? 'contenteditable');
  let range = getSelectionRange(editable);
  const doc = editable.ownerDocument;
  // An iframe's body is its document's active element even when the frame has no focus.
  if (!range || doc.activeElement !== editable || !doc.hasFocus()) {
    // Focusing keeps a selection already inside the editor; otherwise the caret goes to the end.
    // Focus first: some editors clear a placeholder text when they get it (RT's CKEditor 4).
    editable.focus({ preventScroll: true });
    const end = readDraft(editable).length;
    await selectRange(editable, getSelectionRange(editable) ?? { start: end, end });
    range = getSelectionRange(editable) ?? { start: end, end };
  }
  const before = readDraft(editable);
  const expected = comparable(before.slice(0, range.start) + text + before.slice(range.end));
  strategy.prepare?.(editable);
  for (const writer of strategy.writers) {
    if (!WRITERS[writer](editable, text)) continue;
    strategy.finish?.(editable);
    // React-based editors render the change a little later.
    for (let attempt = 0; attempt < 8; attempt++) {
      if (comparable(readDraft(editable)) === expected) return true;
      await pause(attempt * 10);
    }
    return false;
  }
  return false;
}

/** Replace a range of the draft (a guard finding's suggestion) as one undoable edit. */
export async function replaceRange(el: Element, range: DraftRange, text: string): Promise<boolean> {
  return (await selectRange(el, range)) && insertText(el, text);
}
