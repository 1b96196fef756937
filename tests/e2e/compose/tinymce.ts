/** TinyMCE 7 from its own dist files (theme, model, icons and skin load beside tinymce.min.js), in an iframe. */
import { expose, htmlLines, loadScript } from './harness';

interface TinyEditor {
  getContent(): string;
  getBody(): HTMLElement;
}
declare const tinymce: { init(config: object): Promise<TinyEditor[]> };

const textarea = document.createElement('textarea');
textarea.id = 'reply';
document.body.append(textarea);

await loadScript('/node_modules/tinymce/tinymce.min.js');
const [editor] = await tinymce.init({ selector: '#reply', base_url: '/node_modules/tinymce', suffix: '.min', license_key: 'gpl', menubar: false, height: 250, promotion: false });
if (editor) {
  expose({
    text: () => htmlLines(editor.getContent()),
    // TinyMCE's model is the iframe's DOM: its selection is the iframe document's.
    caret: () => window.TactfulCompose?.getSelectionRange(editor.getBody())?.end ?? null,
  });
}
