/** CKEditor 5 (the classic editor from the `ckeditor5` package) with paragraphs, clipboard, undo. */
import { ClassicEditor, Essentials, Paragraph, type ModelElement, type ModelText } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { expose, lineOffset } from './harness';

const mount = document.createElement('div');
document.body.append(mount);
const blockText = (block: ModelElement) => [...block.getChildren()].map((child) => (child as ModelText).data ?? '').join('');

void ClassicEditor.create(mount, { licenseKey: 'GPL', plugins: [Essentials, Paragraph] }).then((editor) => {
  const blocks = () => [...editor.model.document.getRoot()!.getChildren()] as ModelElement[];
  expose({
  text: () => blocks().map(blockText).join('\n'),
  caret: () => {
    const position = editor.model.document.selection.focus;
    if (!position) return null;
    const [line = 0, offset = 0] = position.path;
    return lineOffset(blocks().map(blockText), line, offset);
  },
  });
});
