/** A reading of a helpdesk page: the conversation it shows, if any, and how the reading went. */
import type { ConversationSnapshot } from './types';

export interface ReadRequest {
  /** Read with this adapter instead of choosing one (the `tactful read --adapter` option). */
  adapter?: string;
}

export interface ReadResult {
  snapshot: ConversationSnapshot | null;
  /** Id of the adapter that read the page, when one recognised it. */
  adapter?: string;
  /** A named adapter recognised the page but could not read it; the generic reader did. */
  fallbackFrom?: string;
  /** Milliseconds the read took inside the page. */
  ms: number;
  /** Adapters that threw, with their message: reported, never fatal. */
  errors: { adapter: string; message: string }[];
}
