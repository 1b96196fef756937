/** Quill 2 with its default (snow) toolbar and history module. */
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { expose } from './harness';

const mount = document.createElement('div');
document.body.append(mount);
const quill = new Quill(mount, { theme: 'snow' });

expose({
  // getText() always ends with the newline that closes the last line.
  text: () => quill.getText().replace(/\n$/, ''),
  caret: () => quill.getSelection()?.index ?? null,
});
