/** CKEditor 4 from its own dist files (it loads its plugins and skin beside ckeditor.js), in an iframe. */
import { expose, htmlLines, loadScript } from './harness';

interface Ckeditor4 {
  getData(): string;
  on(event: string, listener: () => void): void;
  document: { $: Document };
}
declare const CKEDITOR: { replace(id: string, config: object): Ckeditor4 };

const textarea = document.createElement('textarea');
textarea.id = 'reply';
document.body.append(textarea);

await loadScript('/node_modules/ckeditor4/ckeditor.js');
const editor = CKEDITOR.replace('reply', { versionCheck: false, height: 150 });
editor.on('instanceReady', () => {
  const frameDoc = () => editor.document.$;
  expose({
    text: () => htmlLines(editor.getData()),
    // CKEditor 4's model is the iframe's DOM: its selection is the iframe document's.
    caret: () => window.TactfulCompose?.getSelectionRange(frameDoc().body)?.end ?? null,
  });
});
