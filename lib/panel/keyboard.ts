/**
 * The panel's keyboard shortcuts without the browser: which suggestion a shortcut selects and
 * inserts, and how the shortcuts the browser reports (`commands.getAll()`) are said in the panel.
 * The controller carries the commands out; the views show the selection and the shortcuts.
 */
import type { PanelCommand } from '../commands-manifest';
import type { Suggestion } from '../suggest/types';
import { t } from '../i18n';

/** The suggestion a shortcut acts on: the one selected, else the top one (a selection that is gone falls back to the top). */
export function selectedSuggestion(list: readonly Suggestion[], selected: string | undefined): Suggestion | undefined {
  return list.find((s) => s.key === selected) ?? list[0];
}

/**
 * The key of the suggestion `step` places from the selected one, wrapping round the list (so
 * "next" on the last goes back to the top); undefined when there is nothing to select.
 */
export function moveSelection(list: readonly Suggestion[], selected: string | undefined, step: number): string | undefined {
  if (list.length === 0) return undefined;
  const at = Math.max(0, list.findIndex((s) => s.key === selected));
  return list[(((at + step) % list.length) + list.length) % list.length]?.key;
}

/** One command as the browser reports it (`commands.getAll()`). */
export interface BrowserCommand {
  name?: string;
  description?: string;
  /** The keys bound to it; empty or missing when the agent (or the browser) left it unset. */
  shortcut?: string;
}

export interface ShortcutLine {
  name: string;
  /** What the shortcut does, as the panel says it. */
  does: string;
  /** The keys, as the browser spells them; undefined when not set. */
  keys?: string;
}

/** What each command does, short enough for a 320 px panel; opening the panel has several names across browsers. */
const DOES: Record<PanelCommand | 'open', () => string> = {
  open: () => t('lib.panel.shortcuts.open'),
  'insert-top-suggestion': () => t('lib.panel.shortcuts.insertTopSuggestion'),
  'next-suggestion': () => t('lib.panel.shortcuts.nextSuggestion'),
  'previous-suggestion': () => t('lib.panel.shortcuts.previousSuggestion'),
  'focus-draft-check': () => t('lib.panel.shortcuts.focusDraftCheck'),
};
const OPEN_COMMANDS = new Set(['_execute_action', '_execute_browser_action', '_execute_sidebar_action']);
const ORDER = ['open', 'insert-top-suggestion', 'next-suggestion', 'previous-suggestion', 'focus-draft-check'];

/** The shortcuts to show, in a fixed order, with what each does and its keys (the browser's truth, not the manifest's defaults). */
export function shortcutLines(commands: readonly BrowserCommand[]): ShortcutLine[] {
  const lines: ShortcutLine[] = [];
  for (const command of commands) {
    const name = command.name ?? '';
    const id = OPEN_COMMANDS.has(name) ? 'open' : name;
    const does = (DOES as Record<string, (() => string) | undefined>)[id]?.();
    if (!does || lines.some((line) => line.name === id)) continue;
    lines.push({ name: id, does, ...(command.shortcut?.trim() ? { keys: command.shortcut.trim() } : {}) });
  }
  return lines.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
}

/** Where the agent changes the shortcuts, said for their browser. */
export function shortcutSettingsHint(browserName: 'chrome' | 'firefox'): string {
  return browserName === 'firefox'
    ? t('lib.panel.shortcuts.firefoxHint')
    : t('lib.panel.shortcuts.chromeHint');
}
