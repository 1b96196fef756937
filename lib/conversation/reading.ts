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
  /** The named adapter's reading looks incomplete: its page may have changed (lib/adapters/health.ts). */
  degraded?: ReadHealth;
  /** Milliseconds the read took inside the page. */
  ms: number;
  /** Adapters that threw, with their message: reported, never fatal. */
  errors: { adapter: string; message: string }[];
}

/** Why a named adapter's reading looks incomplete. */
export interface ReadHealth {
  /** The named adapter whose reading it is. */
  adapter: string;
  /** What looks wrong: it read far fewer messages than the page shows, or found no customer (worded by lib/conversation/words.ts). */
  problem: 'readFewer' | 'noCustomer';
  /** Messages the adapter read, and about how many the page shows (when it read too few). */
  read?: number;
  visible?: number;
}
