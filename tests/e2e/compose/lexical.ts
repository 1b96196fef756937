/** Lexical's rich-text editor with its history, without React (as its core allows). */
import { createEditor, $getRoot, $getSelection, $isRangeSelection, $isElementNode, type LexicalNode } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { expose } from './harness';

const mount = document.createElement('div');
mount.contentEditable = 'true';
mount.style.minHeight = '100px';
document.body.append(mount);
const editor = createEditor({ namespace: 'harness', onError: (error) => console.error(error) });
editor.setRootElement(mount);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);

expose({
  text: () => editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent()).join('\n')),
  caret: () =>
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return null;
      const focus = selection.focus.getNode();
      let offset = 0;
      for (const block of $getRoot().getChildren()) {
        if (block === focus || ($isElementNode(block) && focus.getParents().includes(block))) {
          if ($isElementNode(focus)) return offset;
          const texts: LexicalNode[] = $isElementNode(block) ? block.getAllTextNodes() : [];
          for (const text of texts) {
            if (text === focus) return offset + selection.focus.offset;
            offset += text.getTextContent().length;
          }
          return null;
        }
        offset += block.getTextContent().length + 1;
      }
      return null;
    }),
});
