import { describe, expect, it } from 'vitest';
import { mapDraft, offsetAt, paragraphsHtml, pointAt, splitParagraphs } from '../../lib/compose/draft-text';

function editable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** The editors' DOM for "Hello Anna," / (empty line) / "Thanks", as each renders it. */
const SAME_DRAFT_IN_EACH_EDITOR: Record<string, string> = {
  'plain contenteditable (Chromium)': 'Hello Anna,<div><br></div><div>Thanks</div>',
  'ProseMirror': '<p>Hello Anna,</p><p><br class="ProseMirror-trailingBreak"></p><p>Thanks</p>',
  'Quill': '<p>Hello Anna,</p><p><br></p><p>Thanks</p>',
  'CKEditor 5': '<p>Hello Anna,</p><p><br data-cke-filler="true"></p><p>Thanks</p>',
  'CKEditor 4 / TinyMCE / Summernote': '<p>Hello Anna,</p><p><br></p><p>Thanks</p>',
  'Lexical': '<p dir="ltr"><span data-lexical-text="true">Hello Anna,</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">Thanks</span></p>',
  'Draft.js':
    '<div data-contents="true"><div data-block="true"><div data-offset-key="a-0-0"><span data-offset-key="a-0-0"><span data-text="true">Hello Anna,</span></span></div></div>' +
    '<div data-block="true"><div data-offset-key="b-0-0"><span data-offset-key="b-0-0"><br data-text="true"></span></div></div>' +
    '<div data-block="true"><div data-offset-key="c-0-0"><span data-offset-key="c-0-0"><span data-text="true">Thanks</span></span></div></div></div>',
  'Slate':
    '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Hello Anna,</span></span></span></div>' +
    '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\ufeff<br></span></span></span></div>' +
    '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Thanks</span></span></span></div>',
  'line breaks (<br> editors)': 'Hello Anna,<br><br>Thanks',
};

describe('the draft as text', () => {
  it.each(Object.entries(SAME_DRAFT_IN_EACH_EDITOR))('reads %s as one line per paragraph', (_editor, html) => {
    expect(mapDraft(editable(html)).text).toBe('Hello Anna,\n\nThanks');
  });

  it('leaves out placeholders and caret fillers, and reads a no-break space as a space', () => {
    const root = editable('<p><span data-slate-placeholder="true" contenteditable="false">Write a reply…</span>Dear\u00a0Ann\u2060\u2060a</p>');
    expect(mapDraft(root).text).toBe('Dear Anna');
  });

  it('reads an empty editor (one empty paragraph) as empty', () => {
    expect(mapDraft(editable('<p><br></p>')).text).toBe('');
    expect(mapDraft(editable('')).text).toBe('');
  });

  it.each(Object.entries(SAME_DRAFT_IN_EACH_EDITOR))('maps every offset of %s to the DOM and back', (_editor, html) => {
    const map = mapDraft(editable(html));
    for (let offset = 0; offset <= map.text.length; offset++) {
      const point = pointAt(map, offset);
      expect(point, `offset ${offset}`).not.toBeNull();
      expect(offsetAt(map, point!.node, point!.offset), `offset ${offset}`).toBe(offset);
    }
  });

  it('maps offsets around caret fillers to the characters the agent sees', () => {
    const root = editable('<p>ab\u200bcd</p>');
    const map = mapDraft(root);
    const text = root.firstChild!.firstChild!;
    expect(pointAt(map, 3)).toEqual({ node: text, offset: 4 });
    expect(offsetAt(map, text, 4)).toBe(3);
  });

  it('maps a caret between blocks to the end of the line before', () => {
    const root = editable('<p>Hello</p><p>Thanks</p>');
    expect(offsetAt(mapDraft(root), root, 1)).toBe('Hello'.length);
  });
});

describe('paragraphs to insert', () => {
  it('makes every line break a paragraph, whatever the line-break convention', () => {
    expect(splitParagraphs('Hello,\r\n\r\nThanks\rBye\nSam')).toEqual(['Hello,', '', 'Thanks', 'Bye', 'Sam']);
  });

  it('writes them as HTML paragraphs, escaped, with an empty paragraph for a blank line', () => {
    expect(paragraphsHtml('Hi <Anna> & co,\n\nThanks')).toBe('<p>Hi &lt;Anna&gt; &amp; co,</p><p><br></p><p>Thanks</p>');
  });
});
