/**
 * How a page was read, for a person filing a report (`tactful read --explain`): which named
 * adapters recognised the page, what each of their selectors matches, what they read, and why the
 * generic reader stood in if it did. Runs in the CLI only, never in the content script.
 */
import type { ReadHealth, ReadRequest, ReadResult } from '../conversation/reading';
import { healthReason } from '../conversation/words';
import { assessRead, hasCustomer, visibleMessages } from './health';
import type { Adapter } from './types';

export interface SelectorCount {
  /** The selector's name in the adapter's descriptor (`messages` is `Adapter.messages`). */
  name: string;
  selector: string;
  /** A class name (counted with getElementsByClassName), not a selector. */
  byClass: boolean;
  /** Elements it matches in the whole page; undefined when the page's engine rejects the selector. */
  count: number | undefined;
}

export interface AdapterExplanation {
  adapter: string;
  label: string;
  matchesUrl: boolean;
  detected: boolean;
  selectors: SelectorCount[];
  /** Its own reading: messages and whether it found the customer; null when it saw no conversation. */
  read: { messages: number; customer: boolean } | null;
  /** Its message blocks the page shows (see lib/adapters/health.ts). */
  visible?: number;
  degraded?: ReadHealth;
  /** What it threw, if it did. */
  error?: string;
}

export interface Explanation {
  adapters: AdapterExplanation[];
  /** Who read the page in the end. */
  readBy?: string;
  /** Why the generic reader read the page, when it did. */
  generic?: string;
}

/** Explain a reading (`result`, from the extension or `readPage`) of the page now in `doc`. */
export function explainRead(doc: Document, url: URL, result: ReadResult, adapters: readonly Adapter[], request: ReadRequest = {}): Explanation {
  const chosen = request.adapter ? adapters.filter((a) => a.id === request.adapter) : adapters;
  const explained = chosen.map((adapter) => explainAdapter(adapter, doc, url)).filter((e) => request.adapter || e.detected || e.matchesUrl);
  return { adapters: explained, readBy: result.adapter, generic: genericReason(result, explained) };
}

function explainAdapter(adapter: Adapter, doc: Document, url: URL): AdapterExplanation {
  const base = { adapter: adapter.id, label: adapter.label, matchesUrl: safely(() => adapter.matches(url)) === true };
  const selectors = selectorsOf(adapter).map((s) => ({ ...s, count: countOf(doc, s.selector, s.byClass) }));
  let detected = false;
  try {
    detected = adapter.detect(doc, url);
    const snapshot = adapter.read(doc, url);
    if (!snapshot) return { ...base, detected, selectors, read: null };
    const visible = visibleMessages(adapter, doc);
    const degraded = assessRead(adapter.id, snapshot, visible);
    const read = { messages: snapshot.messages.length, customer: hasCustomer(snapshot) };
    return { ...base, detected, selectors, read, ...(visible === undefined ? {} : { visible }), ...(degraded ? { degraded } : {}) };
  } catch (error) {
    return { ...base, detected, selectors, read: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Every selector the descriptor declares: strings, lists of them, and class names (`…Class`, `…Classes`). */
function selectorsOf(adapter: Adapter): { name: string; selector: string; byClass: boolean }[] {
  const found: { name: string; selector: string; byClass: boolean }[] = [];
  if (adapter.messages) found.push({ name: 'messages', selector: adapter.messages, byClass: false });
  for (const [name, value] of Object.entries(adapter.selectors)) {
    if (typeof value === 'string') found.push({ name, selector: value, byClass: name.endsWith('Class') });
    else if (Array.isArray(value)) found.push({ name, selector: value.filter((v) => typeof v === 'string').join(', '), byClass: false });
    else if (value && typeof value === 'object' && name.endsWith('Classes')) {
      for (const className of Object.keys(value)) found.push({ name: `${name}.${className}`, selector: className, byClass: true });
    }
  }
  return found;
}

function countOf(doc: Document, selector: string, byClass: boolean): number | undefined {
  return safely(() => (byClass ? doc.getElementsByClassName(selector).length : doc.querySelectorAll(selector).length));
}

function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

function genericReason(result: ReadResult, explained: AdapterExplanation[]): string | undefined {
  if (result.adapter !== 'generic') return undefined;
  const from = explained.find((e) => e.adapter === result.fallbackFrom);
  if (!result.fallbackFrom || !from) return 'no named adapter recognised the page';
  if (from.error) return `the ${from.adapter} adapter failed: ${from.error}`;
  if (result.degraded) return `the ${from.adapter} adapter ${healthReason(result.degraded)}, and the generic reader read clearly more`;
  return `the ${from.adapter} adapter recognised the page but read no messages`;
}

/** The explanation as lines of plain text. */
export function formatExplanation(explanation: Explanation): string[] {
  const lines: string[] = [];
  if (explanation.adapters.length === 0) lines.push('no named adapter matched the URL or recognised the page');
  for (const e of explanation.adapters) {
    const yes = (b: boolean) => (b ? 'yes' : 'no');
    lines.push(`${e.adapter} (${e.label}): URL matches ${yes(e.matchesUrl)}, recognised the page ${yes(e.detected)}`);
    for (const s of e.selectors) {
      lines.push(`  ${s.name}: ${s.count === undefined ? 'invalid selector' : `${s.count} matched`}  ${s.byClass ? '.' : ''}${s.selector}`);
    }
    if (e.error) lines.push(`  read: failed: ${e.error}`);
    else if (!e.read) lines.push('  read: no conversation on this page');
    else {
      const shown = e.visible === undefined ? '' : ` of ${e.visible} shown`;
      lines.push(`  read: ${e.read.messages} message${e.read.messages === 1 ? '' : 's'}${shown}, customer ${e.read.customer ? 'found' : 'not found'}`);
    }
    if (e.degraded) lines.push(`  degraded: ${healthReason(e.degraded)}`);
  }
  lines.push(`read by: ${explanation.readBy ?? 'nobody'}`);
  if (explanation.generic) lines.push(`the generic reader read the page because ${explanation.generic}`);
  return lines;
}
