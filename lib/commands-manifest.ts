/**
 * Tactful's keyboard shortcuts, as the manifest declares them (`commands`). Pure data, read by
 * wxt.config.ts at build time and by lib/commands.ts at run time; the agent changes them in the
 * browser's shortcut settings (chrome://extensions/shortcuts, Firefox's Add-ons → Manage
 * Extension Shortcuts).
 *
 * Defaults are Alt+Shift+letter (Ctrl+Shift+letter on a Mac, where Option+Shift types
 * characters): helpdesks bind single keys (Gmail, Freshdesk, Help Scout, Front), Ctrl/⌘+key
 * (Intercom, Front, Salesforce) or Ctrl+Alt+key (Zendesk), and browsers keep Alt+Shift+T/B/I/A
 * for their own toolbar, bookmarks bar, feedback and notifications. Chrome allows four
 * suggested keys per extension: focusing the draft check has a default in Firefox only.
 */
export type PanelCommand = 'insert-top-suggestion' | 'next-suggestion' | 'previous-suggestion' | 'focus-draft-check';

interface ManifestCommand {
  description: string;
  suggested_key?: { default: string; mac: string };
}

const key = (letter: string) => ({ default: `Alt+Shift+${letter}`, mac: `MacCtrl+Shift+${letter}` });

/**
 * The commands the panel acts on, with what the shortcut settings page shows for each: the words
 * are in assets/locales/en.yml (`manifest.commands.*`), which the browser fills in.
 */
export const PANEL_COMMANDS: Record<PanelCommand, ManifestCommand> = {
  'insert-top-suggestion': { description: '__MSG_manifest_commands_insertTopSuggestion__', suggested_key: key('U') },
  'next-suggestion': { description: '__MSG_manifest_commands_nextSuggestion__', suggested_key: key('J') },
  'previous-suggestion': { description: '__MSG_manifest_commands_previousSuggestion__', suggested_key: key('K') },
  'focus-draft-check': { description: '__MSG_manifest_commands_focusDraftCheck__' },
};

/** The key that opens Tactful beside the page (the toolbar button's own command). */
export const OPEN_PANEL_KEY = key('Y');
/** Firefox has no four-key limit: the draft check gets its default there. */
export const FIREFOX_DRAFT_CHECK_KEY = key('D');

/** The manifest's `commands` for a build. */
export function manifestCommands(browser: string, manifestVersion: number): Record<string, ManifestCommand> {
  const firefox = browser === 'firefox';
  // Firefox opens its sidebar with its own command; Chrome's toolbar button opens the side panel.
  const open = firefox ? '_execute_sidebar_action' : manifestVersion === 2 ? '_execute_browser_action' : '_execute_action';
  return {
    [open]: { description: '__MSG_manifest_commands_open__', suggested_key: OPEN_PANEL_KEY },
    ...PANEL_COMMANDS,
    ...(firefox ? { 'focus-draft-check': { ...PANEL_COMMANDS['focus-draft-check'], suggested_key: FIREFOX_DRAFT_CHECK_KEY } } : {}),
  };
}
