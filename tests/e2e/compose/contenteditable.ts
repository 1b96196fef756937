/** A plain contenteditable: the DOM is the model, and the browser renders what it holds. */
import { expose } from './harness';

const editor = document.createElement('div');
editor.contentEditable = 'true';
editor.id = 'reply';
editor.style.minHeight = '100px';
document.body.append(editor);

/**
 * The lines as Chromium lays them out (innerText counts a blank line in an empty <div> twice):
 * text before the first block is one line, then each <div> Enter made is one.
 */
function lines(upTo?: Range): string[] {
  const result: string[] = [];
  let current: string | null = null;
  for (const node of editor.childNodes) {
    if (upTo && upTo.comparePoint(node, 0) > 0) break;
    const text = upTo ? textBefore(node, upTo) : node.textContent ?? '';
    if (node.nodeName === 'DIV' || node.nodeName === 'P') {
      if (current !== null) result.push(current);
      result.push(text);
      current = null;
    } else if (node.nodeName !== 'BR') current = (current ?? '') + text;
  }
  if (current !== null) result.push(current);
  return result;
}

function textBefore(node: Node, upTo: Range): string {
  const range = document.createRange();
  range.selectNodeContents(node);
  if (range.comparePoint(upTo.endContainer, upTo.endOffset) === 0) range.setEnd(upTo.endContainer, upTo.endOffset);
  return range.toString();
}

expose({
  text: () => lines().join('\n'),
  caret: () => {
    const selection = getSelection();
    if (!selection?.rangeCount || !editor.contains(selection.focusNode)) return null;
    const before = document.createRange();
    before.setStart(editor, 0);
    before.setEnd(selection.focusNode!, selection.focusOffset);
    return lines(before).join('\n').length;
  },
});
