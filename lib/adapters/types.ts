import type { ComposerState, ConversationSnapshot } from '../conversation/types';

/**
 * One helpdesk's reader, described once. Everything an adapter knows about its helpdesk lives in
 * its own file, with all selectors in one object at the top; the lists of adapters per bundle
 * (lists.ts), the hosted helpdesks' match patterns (hosts.ts), the content-script bundles and the
 * benchmark's pages are derived from these descriptors, and tests/adapters/descriptors.test.ts
 * fails when anything disagrees. Adapters are pure functions of a document and its URL: they run
 * the same in the content script, in jsdom tests and in benchmarks.
 */
export interface Adapter {
  id: string;
  /** The helpdesk's name as an agent knows it. */
  label: string;
  /**
   * Hosted on the vendor's own domains (the manifest runs the hosted bundle there), or self-hosted
   * on a company's domain (the any-site bundle, for sites the agent turns Tactful on for).
   */
  hosted: boolean;
  /** The vendor's domains as match patterns (`*://*.zendesk.com/*`); none for a self-hosted one. */
  hosts: readonly string[];
  /**
   * The adapter's selectors, as one object. `composer` is where the reply editor is: the first
   * place `findComposer` (lib/compose) looks, so text goes where this adapter says.
   */
  selectors: AdapterSelectors;
  /**
   * One message's block on the page, as a selector (scoped to the open ticket where the page keeps
   * several). Counted after a read to notice markup that changed under the adapter
   * (lib/adapters/health.ts); without one, the generic reader's count is the yardstick.
   */
  messages?: string;
  /** Cheap check on the URL alone: is this page plausibly this helpdesk? Hosted: on `hosts` only. */
  matches(url: URL): boolean;
  /** Does the document look like this helpdesk (its own markers, not just the URL)? */
  detect(doc: Document, url: URL): boolean;
  /** The conversation on the page, or null when the page holds none (a list, a search, …). */
  read(doc: Document, url: URL): ConversationSnapshot | null;
  /**
   * The reading's size without the reading (the generic reader, as the health check's yardstick):
   * how many messages `read` would return and its confidence, and the text of its i-th message,
   * read only when asked for. Null when `detect` would say no.
   */
  count?(doc: Document, url: URL): ReadingCount | null;
  /** Whether the page has a reply editor, and which kind (the draft itself is read by lib/compose). */
  composer(doc: Document): ComposerState;
  /**
   * The reply editor of the conversation in front, for a page that keeps several open at once (one
   * pane or tab per ticket, each with its own editor): where the draft is read and text is inserted.
   * Null or absent: the first shown match of `selectors.composer`.
   */
  composerIn?(doc: Document): Element | null;
  /**
   * Ask the helpdesk to show whole the messages it shows folded (a mail client's collapsed
   * messages and "N older messages" notice), by pressing its own controls as a mouse would. Only
   * on the agent's request (the panel's button), never on its own. Returns how many controls it
   * pressed (0: nothing to open). Skips, and adds to, `pressed`: a control is never pressed twice
   * (a second press would fold a message again). The page then changes and is read again.
   */
  expand?(doc: Document, pressed?: WeakSet<Element>): number;
}

export interface AdapterSelectors {
  readonly composer?: string;
  readonly [name: string]: unknown;
}

/** What `Adapter.count` tells of a reading it did not make (the same figures `read` would give). */
export interface ReadingCount {
  messages: number;
  confidence: number;
  /** The text of the reading's i-th message (oldest first), undefined past the last. */
  text(i: number): string | undefined;
}
