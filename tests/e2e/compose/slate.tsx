/** Slate with slate-react and slate-history, the usual React setup. */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { expose, lineOffset } from './harness';

const editor = withHistory(withReact(createEditor()));
const initial: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];

function Composer() {
  const [value] = useState(initial);
  return (
    <Slate editor={editor} initialValue={value}>
      <Editable style={{ minHeight: 100, border: '1px solid #ccc' }} placeholder="Write a reply…" />
    </Slate>
  );
}

const app = document.createElement('div');
document.body.append(app);
createRoot(app).render(<Composer />);

expose({
  text: () => editor.children.map((block) => Node.string(block)).join('\n'),
  caret: () => {
    const focus = editor.selection?.focus;
    if (!focus) return null;
    const [line = 0, leaf = 0] = focus.path;
    const lines = editor.children.map((block) => Node.string(block));
    const block = editor.children[line];
    const before = block && 'children' in block ? block.children.slice(0, leaf).map((child) => Node.string(child)).join('') : '';
    return lineOffset(lines, line, before.length + focus.offset);
  },
});
