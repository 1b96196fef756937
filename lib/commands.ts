/**
 * Keyboard shortcuts, from the browser to the panel. The background hears `commands.onCommand`
 * (a shortcut pressed anywhere in the browser, even while the agent types in the helpdesk) and
 * forwards the panel's commands as one typed message; the panel in that window acts on it.
 * Opening the panel is the toolbar button's own command and never reaches the panel.
 *
 *   background ──panelCommand──▶ side panel   ({ command, windowId })
 */
import { defineMessaging } from './wire';
import { PANEL_COMMANDS, type PanelCommand } from './commands-manifest';

export type { PanelCommand } from './commands-manifest';

export interface PanelCommandRequest {
  command: PanelCommand;
  /** The window the shortcut was pressed in: only the panel beside it acts. */
  windowId?: number;
}

export interface CommandProtocolMap {
  panelCommand(request: PanelCommandRequest): void;
}

export const { sendMessage: sendCommandMessage, onMessage: onCommandMessage } = defineMessaging<CommandProtocolMap>();

export function isPanelCommand(name: string): name is PanelCommand {
  return Object.hasOwn(PANEL_COMMANDS, name);
}

/**
 * Forward a shortcut to the panel. Resolves to whether a panel took it (false when none is open
 * or the shortcut is not one of the panel's).
 */
export async function forwardCommand(name: string, windowId: number | undefined, send = sendCommandMessage): Promise<boolean> {
  if (!isPanelCommand(name)) return false;
  try {
    await send('panelCommand', { command: name, ...(windowId === undefined ? {} : { windowId }) });
    return true;
  } catch {
    return false; // no panel open to hear it
  }
}

/** In the background: forward every panel shortcut pressed in the browser. */
export function forwardCommandsToPanel(): void {
  browser.commands?.onCommand.addListener((name, tab) => {
    void forwardCommand(name, tab?.windowId);
  });
}

/** In the panel: act on the shortcuts pressed in this panel's window. Returns a function that stops listening. */
export function onPanelCommand(windowId: () => number | undefined, act: (command: PanelCommand) => void, listen = onCommandMessage): () => void {
  return listen('panelCommand', ({ data }) => {
    const mine = windowId();
    if (data.windowId !== undefined && mine !== undefined && data.windowId !== mine) return;
    act(data.command);
  });
}
