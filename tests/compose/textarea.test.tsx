import { render } from '@testing-library/react';
import { useLayoutEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { insertText, readDraft } from '../../lib/compose';

let state = '';
function ReactComposer() {
  const [value, setValue] = useState('Thanks');
  useLayoutEffect(() => {
    state = value;
  });
  return <textarea aria-label="Reply" value={value} onChange={(event) => setValue(event.target.value)} />;
}

describe('a React-controlled textarea without execCommand', () => {
  // jsdom has no editing commands, like browsers that do not run execCommand in a textarea:
  // the native value setter and an input event are what React then needs to see the change.
  it('gets the text through the native setter, and the component state holds it', async () => {
    const { getByLabelText } = render(<ReactComposer />);
    const textarea = getByLabelText('Reply') as HTMLTextAreaElement;
    textarea.focus();
    textarea.setSelectionRange(6, 6);
    expect(await insertText(textarea, ' for waiting')).toBe(true);
    expect(state).toBe('Thanks for waiting');
    expect(readDraft(textarea)).toBe('Thanks for waiting');
    expect(textarea.selectionStart).toBe('Thanks for waiting'.length);
  });
});
