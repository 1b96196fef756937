import type { ConversationSnapshot } from '../conversation/types';
import type { ReadRequest, ReadResult } from '../messaging';
import { chatwoot } from './chatwoot';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { frappe } from './frappe';
import { front } from './front';
import { generic } from './generic';
import { gmail } from './gmail';
import { gorgias } from './gorgias';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { osticket } from './osticket';
import { rt } from './rt';
import { salesforce } from './salesforce';
import type { Adapter } from './types';
import { uvdesk } from './uvdesk';
import { zammad } from './zammad';
import { zendesk } from './zendesk';
import { zohodesk } from './zohodesk';

/**
 * Every named adapter, in the order they are tried (a test fails when a file in this folder is
 * missing here). Those built on well-known markup first; Front, HubSpot and Gorgias, which lean
 * on generic cues, last.
 */
export const NAMED_ADAPTERS: readonly Adapter[] = [
  rt,
  zendesk,
  freshdesk,
  intercom,
  helpscout,
  zohodesk,
  salesforce,
  gmail,
  freescout,
  osticket,
  zammad,
  chatwoot,
  uvdesk,
  frappe,
  front,
  hubspot,
  gorgias,
];

/** The reader for pages no named adapter reads: custom and in-house helpdesks. */
export const FALLBACK_ADAPTER: Adapter = generic;

/**
 * Below this the generic reader is guessing (a list of e-mails, a form's field groups look like
 * repeated blocks too): the panel says it sees no conversation rather than show a wrong one.
 */
export const FALLBACK_MIN_CONFIDENCE = 0.5;

export const ADAPTERS: readonly Adapter[] = [...NAMED_ADAPTERS, FALLBACK_ADAPTER];

export function adapterById(id: string): Adapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}

/**
 * Read the conversation on a page. Each adapter runs in isolation: one that throws is reported in
 * `errors` and the next is tried, so a broken adapter never breaks the page or the panel.
 *
 * An adapter's `null` means "no conversation on this page" (an inbox, a search) and is trusted.
 * A snapshot with no messages means it knows this is a conversation page but found none — its
 * selectors no longer match, or the page shows only a reply form. Then the generic reader tries,
 * and if it finds messages the result says which adapter it stood in for.
 */
export function readPage(doc: Document, url: URL, request: ReadRequest = {}, now: () => number = () => performance.now()): ReadResult {
  const started = now();
  const errors: ReadResult['errors'] = [];
  const done = (result: Omit<ReadResult, 'ms' | 'errors'>): ReadResult => ({ ...result, ms: now() - started, errors });

  if (request.adapter) {
    const forced = adapterById(request.adapter);
    if (!forced) {
      errors.push({ adapter: request.adapter, message: `No adapter called "${request.adapter}". Known: ${ADAPTERS.map((a) => a.id).join(', ')}` });
      return done({ snapshot: null });
    }
    return done({ snapshot: attempt(forced, doc, url, errors) ?? null, adapter: forced.id });
  }

  const recognised = rankedAdapters(doc, url, errors);
  let empty: { snapshot: ConversationSnapshot; adapter: string } | undefined;
  let failed: string | undefined;
  for (const adapter of recognised) {
    const snapshot = attempt(adapter, doc, url, errors);
    if (snapshot === undefined) failed ??= adapter.id;
    if (!snapshot) continue;
    if (snapshot.messages.length > 0) return done({ snapshot, adapter: adapter.id });
    empty ??= { snapshot, adapter: adapter.id };
  }
  // A recognised page that said "no conversation" (null) is not second-guessed.
  if (recognised.length > 0 && !empty && !failed) return done({ snapshot: null, adapter: recognised[0]?.id });
  const guess = attempt(FALLBACK_ADAPTER, doc, url, errors, true);
  const fallback = guess && guess.confidence >= FALLBACK_MIN_CONFIDENCE ? guess : null;
  const standIn = empty?.adapter ?? failed;
  if (fallback && (fallback.messages.length > 0 || !empty)) {
    return done({ snapshot: fallback, adapter: FALLBACK_ADAPTER.id, ...(standIn ? { fallbackFrom: standIn } : {}) });
  }
  return done(empty ?? { snapshot: null, adapter: recognised[0]?.id });
}

/** The adapter's reading: a snapshot, null (no conversation), or undefined when it threw. */
function attempt(adapter: Adapter, doc: Document, url: URL, errors: ReadResult['errors'], mustDetect = false): ConversationSnapshot | null | undefined {
  try {
    if (mustDetect && !adapter.detect(doc, url)) return null;
    return adapter.read(doc, url);
  } catch (error) {
    errors.push({ adapter: adapter.id, message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/** Named adapters whose own markers are on the page, those whose URL pattern also matches first. */
function rankedAdapters(doc: Document, url: URL, errors: ReadResult['errors']): Adapter[] {
  const detected: { adapter: Adapter; byUrl: boolean }[] = [];
  for (const adapter of NAMED_ADAPTERS) {
    try {
      if (adapter.detect(doc, url)) detected.push({ adapter, byUrl: adapter.matches(url) });
    } catch (error) {
      errors.push({ adapter: adapter.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return detected.sort((a, b) => Number(b.byUrl) - Number(a.byUrl)).map((d) => d.adapter);
}
