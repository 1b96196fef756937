/**
 * The contracts between Tactful's parts. A snapshot is plain JSON: it crosses from the content
 * script (which reads the helpdesk page) to the side panel (which analyses and records it).
 */

export type Role = 'customer' | 'agent' | 'note' | 'system' | 'bot';

export type Channel = 'email' | 'chat' | 'social' | 'phone' | 'unknown';

export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'prosemirror'
  | 'ckeditor5'
  | 'ckeditor4'
  | 'tinymce'
  | 'quill'
  | 'draftjs'
  | 'lexical'
  | 'slate'
  | 'summernote'
  | 'redactor';

export interface Message {
  /** The helpdesk's own id for the message, when the page shows one. */
  id?: string;
  role: Role;
  author?: string;
  /** ISO 8601, when the page gives enough to derive it. */
  at?: string;
  /** Plain text, no markup; paragraphs separated by blank lines. */
  text: string;
  /**
   * The page shows only part of this message (a mail client's one-line preview of a collapsed
   * message): `text` is that part, not the whole message. Absent when the text is whole.
   */
  partial?: true;
}

export interface CustomerRef {
  name?: string;
  email?: string;
  /** The helpdesk's own id for the customer. */
  id?: string;
}

/**
 * Whether the page has a reply editor, and which kind. Not what is in it: the draft travels on its
 * own (`draftChanged`), so that typing never changes the snapshot.
 */
export interface ComposerState {
  found: boolean;
  kind?: EditorKind;
}

export interface ConversationSnapshot {
  /** Adapter id: 'rt', 'zendesk', … or 'generic'. */
  helpdesk: string;
  url: string;
  /** As the helpdesk shows it (ticket number). */
  conversationId?: string;
  subject?: string;
  customer: CustomerRef;
  /** Oldest first, whatever order the page shows. */
  messages: Message[];
  composer: ComposerState;
  channel?: Channel;
  /** 0..1: how sure the reader is (the generic reader is less sure than a named adapter). */
  confidence: number;
}
