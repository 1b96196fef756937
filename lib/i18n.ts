import type { i18n } from '#i18n';
import { browser } from 'wxt/browser';

/**
 * Tactful's words for code in lib/, which runs in every context: the extension's pages, its
 * content script and service worker (where `browser.i18n` answers), and Node — the `tactful`
 * command and the unit tests — where there is no `browser.i18n` and the English catalogue is
 * installed instead (lib/cli/messages.ts, tests/setup.ts).
 *
 * `t` is `i18n.t` of `#i18n` (@wxt-dev/i18n) with the same typed keys and the same reading: key
 * `a.b.c` is the browser's message `a_b_c`, `$1`… are positional substitutions, a count picks the
 * plural form (`1 | n`, or `0 | 1 | n`) and fills `$1`, and `{name}` is a named substitution.
 */
export type GetMessage = (name: string, substitutions?: string | string[]) => string;

let installed: GetMessage | undefined;

/** Where there is no `browser.i18n` (Node), answer from these messages (the English catalogue). */
export function installMessages(getMessage: GetMessage): void {
  installed = getMessage;
}

function message(name: string, substitutions: string[] | undefined): string {
  const api = (browser as { i18n?: { getMessage?: GetMessage } } | undefined)?.i18n;
  const getMessage = typeof api?.getMessage === 'function' ? api.getMessage.bind(api) : installed;
  if (!getMessage) return '';
  return substitutions?.length ? getMessage(name, substitutions) : getMessage(name);
}

const NAMED = /\{(\w+)\}/g;

function translate(key: string, ...args: unknown[]): string {
  let substitutions: string[] | undefined;
  let named: Record<string, unknown> | undefined;
  let count: number | undefined;
  for (const arg of args) {
    if (arg == null) continue;
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) substitutions = arg.map(String);
    else if (typeof arg === 'object') named = arg as Record<string, unknown>;
  }
  if (count !== undefined && substitutions === undefined) substitutions = [String(count)];
  let text = message(key.replaceAll('.', '_'), substitutions);
  if (count !== undefined) {
    const forms = text.split(' | ');
    if (forms.length === 2) text = forms[count === 1 ? 0 : 1] ?? '';
    else if (forms.length === 3) text = forms[count === 0 || count === 1 ? count : 2] ?? '';
  }
  if (!named) return text;
  const values = named;
  return text.replace(NAMED, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}

/** The message for `key` in the browser's language (English in Node). */
export const t = translate as typeof i18n.t;

/** The browser's interface language (a BCP 47 tag), 'en' where there is none (Node). */
export function uiLanguage(): string {
  const api = (browser as { i18n?: { getUILanguage?: () => string } } | undefined)?.i18n;
  try {
    const tag = typeof api?.getUILanguage === 'function' ? api.getUILanguage() : '';
    return tag ? tag.replace('_', '-') : 'en';
  } catch {
    return 'en';
  }
}
