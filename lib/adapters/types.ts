import type { ComposerState, ConversationSnapshot } from '../conversation/types';

/**
 * One helpdesk's reader. Everything an adapter knows about its helpdesk's markup lives in its own
 * file, with all selectors in one object at the top. Adapters are pure functions of a document
 * and its URL: they run the same in the content script, in jsdom tests and in benchmarks.
 */
export interface Adapter {
  id: string;
  /** The helpdesk's name as an agent knows it. */
  label: string;
  /**
   * The adapter's selectors, as one object. `composer` is where the reply editor is: the first
   * place `findComposer` (lib/compose) looks, so text goes where this adapter says.
   */
  selectors: AdapterSelectors;
  /** Cheap check on the URL alone: is this page plausibly this helpdesk? */
  matches(url: URL): boolean;
  /** Does the document look like this helpdesk (its own markers, not just the URL)? */
  detect(doc: Document, url: URL): boolean;
  /** The conversation on the page, or null when the page holds none (a list, a search, …). */
  read(doc: Document, url: URL): ConversationSnapshot | null;
  /** Whether the page has a reply editor, and which kind (the draft itself is read by lib/compose). */
  composer(doc: Document): ComposerState;
}

export interface AdapterSelectors {
  readonly composer?: string;
  readonly [name: string]: unknown;
}
