/** ProseMirror through TipTap's starter kit (its history plugin gives Mod-z). */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { expose } from './harness';

const mount = document.createElement('div');
document.body.append(mount);
const editor = new Editor({ element: mount, extensions: [StarterKit] });

expose({
  text: () => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n'),
  caret: () => editor.state.doc.textBetween(0, editor.state.selection.head, '\n').length,
});
