/**
 * Redactor's DOM contract only: Redactor is a commercial library with no usable npm package, so
 * this page has its markup (a `.redactor-box` with the `.redactor-in` contenteditable over the
 * hidden source textarea) and a stand-in for its sync of the textarea on input — not its code.
 */
import { expose, htmlLines } from './harness';

document.body.innerHTML = `
  <div class="redactor-box">
    <div class="redactor-toolbar-wrapper"><div class="redactor-toolbar"></div></div>
    <div class="redactor-styles redactor-in" contenteditable="true" dir="ltr" style="min-height: 100px"><p><br></p></div>
    <textarea id="reply" style="display: none"></textarea>
  </div>`;
const editable = document.querySelector<HTMLElement>('.redactor-in')!;
const source = document.querySelector<HTMLTextAreaElement>('#reply')!;
editable.addEventListener('input', () => (source.value = editable.innerHTML));

expose({
  text: () => htmlLines(source.value || editable.innerHTML),
  caret: () => window.TactfulCompose?.getSelectionRange(editable)?.end ?? null,
});
