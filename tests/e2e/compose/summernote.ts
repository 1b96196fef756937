/** Summernote (lite build, no Bootstrap) with jQuery, from their dist files. */
import { expose, htmlLines, loadScript, loadStyle } from './harness';

declare const $: (selector: string) => { summernote(command?: string | object): string };

const textarea = document.createElement('div');
textarea.id = 'reply';
document.body.append(textarea);

loadStyle('/node_modules/summernote/dist/summernote-lite.min.css');
await loadScript('/node_modules/jquery/dist/jquery.min.js');
await loadScript('/node_modules/summernote/dist/summernote-lite.min.js');
$('#reply').summernote({ height: 150 });

expose({
  text: () => htmlLines($('#reply').summernote('code')),
  // Summernote's model is the DOM: its selection is the document's.
  caret: () => {
    const editable = document.querySelector('.note-editable');
    return editable ? (window.TactfulCompose?.getSelectionRange(editable)?.end ?? null) : null;
  },
});
