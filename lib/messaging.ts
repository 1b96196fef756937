/**
 * Every message between Tactful's contexts, declared once. Nothing else calls
 * `runtime.sendMessage`/`tabs.sendMessage` directly.
 *
 *   side panel ──readPage──▶ content script        (ask for the conversation now)
 *   content script ──pageChanged──▶ side panel     (the conversation on the page changed)
 *   side panel ──insertText──▶ content script      (write into the helpdesk's reply editor)
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ConversationSnapshot } from './conversation/types';

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

export type InsertResult = { ok: true } | { ok: false; reason: string };

export interface ProtocolMap {
  readPage(request: ReadRequest): ReadResult;
  pageChanged(result: ReadResult): void;
  insertText(request: { text: string }): InsertResult;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
