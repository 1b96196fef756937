/** A React-controlled <textarea>: the component's state is the truth, the DOM only shows it. */
import { useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expose } from './harness';

let stateValue = '';

function Composer() {
  const [value, setValue] = useState('');
  // The harness reads the state the component committed, as the test's view of React's truth.
  useLayoutEffect(() => {
    stateValue = value;
  });
  return <textarea id="reply" rows={8} cols={60} value={value} onChange={(event) => setValue(event.target.value)} />;
}

const app = document.createElement('div');
document.body.append(app);
createRoot(app).render(<Composer />);
expose({
  text: () => stateValue,
  caret: () => document.querySelector('textarea')?.selectionEnd ?? null,
});
