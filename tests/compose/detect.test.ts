import { describe, expect, it, vi } from 'vitest';
import type { EditorKind } from '../../lib/conversation/types';
import { detectEditor, editableOf, findComposer } from '../../lib/compose';

/** Each editor's composer markup, trimmed to what identifies it (from docs/helpdesks.md and the libraries). */
const MARKUP: [EditorKind, string][] = [
  ['textarea', '<textarea id="composer"></textarea>'],
  ['contenteditable', '<div id="composer" contenteditable="true"><div>Hi</div></div>'],
  ['prosemirror', '<div class="tiptap ProseMirror" id="composer" contenteditable="true"><p>Hi</p></div>'],
  ['ckeditor5', '<div class="ck ck-content ck-editor__editable ck-editor__editable_inline" id="composer" contenteditable="true" role="textbox"><p>Hi</p></div>'],
  ['quill', '<div class="ql-container ql-snow"><div class="ql-editor" id="composer" contenteditable="true"><p>Hi</p></div></div>'],
  ['draftjs', '<div class="DraftEditor-root"><div class="public-DraftEditor-content" id="composer" contenteditable="true"><div data-contents="true"></div></div></div>'],
  ['lexical', '<div id="composer" contenteditable="true" data-lexical-editor="true"><p><br></p></div>'],
  ['slate', '<div id="composer" contenteditable="true" data-slate-editor="true" data-slate-node="value"></div>'],
  ['summernote', '<div class="note-editor"><div class="note-editable" id="composer" contenteditable="true"><p><br></p></div></div>'],
  ['redactor', '<div class="redactor-box"><div class="redactor-styles redactor-in" id="composer" contenteditable="true"><p></p></div></div>'],
];

describe('detectEditor', () => {
  it.each(MARKUP)('knows %s from its markup', (kind, html) => {
    document.body.innerHTML = html;
    expect(detectEditor(document.getElementById('composer')!)).toBe(kind);
  });

  it('knows an editor from the element holding the caret inside it, or from a wrapper around it', () => {
    document.body.innerHTML = '<section id="wrapper"><div class="ql-editor" contenteditable="true"><p><strong id="inner">Hi</strong></p></div></section>';
    expect(detectEditor(document.getElementById('inner')!)).toBe('quill');
    expect(detectEditor(document.getElementById('wrapper')!)).toBe('quill');
    expect(editableOf(document.getElementById('inner'))).toBe(document.querySelector('.ql-editor'));
  });

  it.each([
    ['ckeditor4', '<body class="cke_editable cke_editable_themed cke_contents_ltr" contenteditable="true" spellcheck="false"><p><br></p></body>'],
    ['tinymce', '<body id="tinymce" class="mce-content-body" data-id="reply" contenteditable="true"><p><br></p></body>'],
  ] as const)('knows %s from its iframe, whose body is the editable', (kind, body) => {
    document.body.innerHTML = '<iframe id="frame"></iframe>';
    const frame = document.getElementById('frame') as HTMLIFrameElement;
    frame.contentDocument!.documentElement.innerHTML = `<head></head>${body}`;
    expect(detectEditor(frame)).toBe(kind);
    expect(editableOf(frame)).toBe(frame.contentDocument!.body);
  });

  it('finds nothing to write into where there is no editable', () => {
    document.body.innerHTML = '<div id="plain">Hi</div><div contenteditable="false" id="locked">Hi</div>';
    expect(detectEditor(document.getElementById('plain')!)).toBeNull();
    expect(detectEditor(document.getElementById('locked')!)).toBeNull();
  });
});

describe('findComposer', () => {
  it("takes the adapter's hint, as a selector or an element", () => {
    document.body.innerHTML = '<textarea id="search"></textarea><div id="reply"><div class="ProseMirror" contenteditable="true"></div></div>';
    expect(findComposer(document, '#reply')).toBe(document.querySelector('.ProseMirror'));
    expect(findComposer(document, document.getElementById('search'))).toBe(document.getElementById('search'));
  });

  it("looks first where the adapter's composer selector points, even when another editor has focus or is larger", () => {
    document.body.innerHTML =
      '<div id="note" contenteditable="true" tabindex="0">note</div><div id="big" contenteditable="true"></div><div class="reply"><textarea id="a"></textarea></div>';
    const rects = vi.spyOn(HTMLElement.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
    const box = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return { width: this.id === 'big' ? 900 : 100, height: 100 } as DOMRect;
    });
    document.getElementById('note')!.focus();
    expect(findComposer(document)).toBe(document.getElementById('note'));
    expect(findComposer(document, '.reply textarea')).toBe(document.getElementById('a'));
    // A selector that matches nothing shown falls back to the focused editor.
    expect(findComposer(document, '.missing textarea')).toBe(document.getElementById('note'));
    rects.mockRestore();
    box.mockRestore();
  });

  it('takes the first of the adapter\'s editors its markup does not hide when nothing is laid out', () => {
    document.body.innerHTML = '<div hidden><textarea id="old"></textarea></div><textarea id="shown"></textarea>';
    expect(findComposer(document, 'textarea')).toBe(document.getElementById('shown'));
  });
});
