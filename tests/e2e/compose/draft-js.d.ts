/** The little of draft-js's API the harness uses (the package ships no types). */
declare module 'draft-js' {
  import type { ComponentType } from 'react';

  interface ContentBlock {
    getKey(): string;
    getText(): string;
  }
  interface ContentState {
    getPlainText(): string;
    getBlocksAsArray(): ContentBlock[];
  }
  interface SelectionState {
    getFocusKey(): string;
    getFocusOffset(): number;
  }
  export interface EditorState {
    getCurrentContent(): ContentState;
    getSelection(): SelectionState;
  }
  export const EditorState: { createEmpty(): EditorState };
  export const RichUtils: { handleKeyCommand(state: EditorState, command: string): EditorState | null };
  export const Editor: ComponentType<{
    editorState: EditorState;
    onChange(state: EditorState): void;
    handleKeyCommand?(command: string, state: EditorState): 'handled' | 'not-handled';
  }>;
}
