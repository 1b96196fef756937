import type { EditorKind } from '../conversation/types';

/**
 * How text gets into an editor from a content script. It runs in an isolated world: it cannot
 * call the page's editor objects, only use DOM APIs and send DOM events, which every world sees.
 * - `type`: `execCommand('insertText')`, as the browser does for typing (one native undo step).
 * - `paste`: a synthetic paste carrying text/plain and paragraphs as text/html, for editors that
 *   keep a model and apply a paste as one transaction (one undo step). An untrusted paste has no
 *   default action, so an editor that did not `preventDefault()` it did nothing with it.
 * - `pasteText`: the same with text/plain only (some editors only take their own path for that).
 * - `value`: the native value setter plus an `input` event, for a textarea when `type` fails.
 */
export type Writer = 'type' | 'paste' | 'pasteText' | 'value';

export interface EditorStrategy {
  kind: EditorKind;
  /** Matches the editable element (or an ancestor of the caret inside it). */
  selector: string;
  /** Tried in order until one is taken; a taken write is never followed by another. */
  writers: Writer[];
  /** Runs before writing: lets the editor's own history record the state to undo to. */
  prepare?: (editable: HTMLElement) => void;
  /** Runs after a write was taken: lets the editor's history record the new state. */
  finish?: (editable: HTMLElement) => void;
}

/** In detection order: the specific editors first, plain contenteditable last. */
export const STRATEGIES: EditorStrategy[] = [
  // CKEditor 5 renders its model; DOM edits are reverted. Its clipboard pipeline takes a paste,
  // and needs the HTML: from plain text it makes one paragraph per blank-line-separated block.
  { kind: 'ckeditor5', selector: '.ck-editor__editable,.ck-content[contenteditable]', writers: ['paste', 'type'] },
  // ProseMirror / TipTap: a paste is one transaction; its plain-text parser folds blank lines.
  { kind: 'prosemirror', selector: '.ProseMirror', writers: ['paste', 'type'] },
  // Quill's clipboard module applies a paste as one delta (one history entry).
  { kind: 'quill', selector: '.ql-editor', writers: ['paste', 'type'] },
  // Draft.js turns pasted plain text into one block per line in one undoable change; from HTML it
  // drops empty paragraphs.
  { kind: 'draftjs', selector: '.public-DraftEditor-content,[data-contents]', writers: ['pasteText', 'type'] },
  // Lexical handles paste as one update, merged into one history entry.
  { kind: 'lexical', selector: '[data-lexical-editor]', writers: ['paste', 'type'] },
  // slate-react handles a paste event itself only when it is plain text (otherwise it waits for
  // the browser's beforeinput, which an untrusted paste never produces).
  { kind: 'slate', selector: '[data-slate-editor]', writers: ['pasteText', 'type'] },
  // Summernote is a plain contenteditable with a snapshot history that records on mouseup: one
  // before writing makes its undo (Ctrl+Z) return to exactly the state before the insert.
  {
    kind: 'summernote',
    selector: '.note-editable',
    writers: ['type'],
    prepare: (editable) => editable.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })),
  },
  // Redactor edits the DOM with the browser's own commands and syncs from input events.
  { kind: 'redactor', selector: '.redactor-in,.redactor-editor', writers: ['type'] },
  // CKEditor 4 lives in an iframe whose body is the editable; it runs a paste through its own
  // pipeline and snapshots undo around it.
  { kind: 'ckeditor4', selector: '.cke_editable', writers: ['paste', 'type'] },
  // TinyMCE (iframe body too) keeps the DOM as its model; its paste cleanup drops empty
  // paragraphs, so it gets the browser's typing command. Its undo levels are snapshots it takes on
  // its own cues: a mousedown closes the agent's typing as one level, and an input event of type
  // insertReplacementText records ours as the next.
  {
    kind: 'tinymce',
    selector: '#tinymce,.mce-content-body',
    writers: ['type'],
    prepare: (editable) => editable.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })),
    finish: (editable) => editable.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' })),
  },
  { kind: 'contenteditable', selector: '[contenteditable]:not([contenteditable=false])', writers: ['type'] },
];

export function strategyFor(kind: EditorKind): EditorStrategy {
  return STRATEGIES.find((strategy) => strategy.kind === kind) ?? { kind: 'textarea', selector: 'textarea', writers: ['type', 'value'] };
}
