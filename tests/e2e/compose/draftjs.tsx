/** Draft.js in a React component that owns the EditorState (as every Draft.js app does). */
import { useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState, RichUtils } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { expose, lineOffset } from './harness';

let current = EditorState.createEmpty();

function Composer() {
  const [state, setState] = useState(current);
  useLayoutEffect(() => {
    current = state;
  });
  return (
    <div style={{ minHeight: 100, border: '1px solid #ccc' }}>
      <Editor
        editorState={state}
        onChange={(next) => {
          current = next;
          setState(next);
        }}
        handleKeyCommand={(command, editorState) => {
          const next = RichUtils.handleKeyCommand(editorState, command);
          if (!next) return 'not-handled';
          setState(next);
          return 'handled';
        }}
      />
    </div>
  );
}

const app = document.createElement('div');
document.body.append(app);
createRoot(app).render(<Composer />);

expose({
  text: () => current.getCurrentContent().getPlainText(),
  caret: () => {
    const selection = current.getSelection();
    const blocks = current.getCurrentContent().getBlocksAsArray();
    const index = blocks.findIndex((block) => block.getKey() === selection.getFocusKey());
    return index < 0 ? null : lineOffset(blocks.map((block) => block.getText()), index, selection.getFocusOffset());
  },
});
