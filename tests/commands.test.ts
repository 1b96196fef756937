import { describe, expect, it, vi } from 'vitest';
import { forwardCommand, isPanelCommand, onPanelCommand, type PanelCommand } from '@/lib/commands';
import { manifestCommands, PANEL_COMMANDS } from '@/lib/commands-manifest';

const suggested = (commands: ReturnType<typeof manifestCommands>) => Object.values(commands).flatMap((c) => (c.suggested_key ? [c.suggested_key] : []));

describe('manifest commands', () => {
  it('give Chrome at most four suggested keys (its limit), all different, opening the panel from the toolbar command', () => {
    const chrome = manifestCommands('chrome', 3);
    expect(Object.keys(chrome)).toEqual(['_execute_action', 'insert-top-suggestion', 'next-suggestion', 'previous-suggestion', 'focus-draft-check']);
    expect(suggested(chrome).length).toBeLessThanOrEqual(4);
    for (const platform of ['default', 'mac'] as const) {
      const keys = suggested(chrome).map((k) => k[platform]);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('open the sidebar in Firefox and give every command a key there', () => {
    const firefox = manifestCommands('firefox', 2);
    expect(firefox._execute_sidebar_action?.suggested_key?.default).toBe('Alt+Shift+Y');
    expect(firefox['focus-draft-check']?.suggested_key).toBeDefined();
    const keys = suggested(firefox).map((k) => k.default);
    expect(keys).toHaveLength(5);
    expect(new Set(keys).size).toBe(5);
  });

  it('keep clear of the browsers’ own Alt+Shift keys and of keys that type text', () => {
    for (const key of suggested(manifestCommands('firefox', 2))) {
      expect(key.default).toMatch(/^Alt\+Shift\+[A-Z]$/);
      expect(['Alt+Shift+T', 'Alt+Shift+B', 'Alt+Shift+I', 'Alt+Shift+A']).not.toContain(key.default);
      expect(key.mac).toMatch(/^MacCtrl\+Shift\+[A-Z]$/);
    }
  });
});

describe('forwarding shortcuts to the panel', () => {
  it('forwards the panel’s commands with the window they were pressed in, and nothing else', async () => {
    const send = vi.fn(async () => undefined);
    expect(await forwardCommand('next-suggestion', 3, send as never)).toBe(true);
    expect(send).toHaveBeenCalledWith('panelCommand', { command: 'next-suggestion', windowId: 3 });
    expect(await forwardCommand('_execute_action', 3, send as never)).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('says so when no panel is open to hear it', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await forwardCommand('insert-top-suggestion', undefined, send as never)).toBe(false);
  });

  it('knows its commands', () => {
    for (const name of Object.keys(PANEL_COMMANDS)) expect(isPanelCommand(name)).toBe(true);
    expect(isPanelCommand('toString')).toBe(false);
    expect(isPanelCommand('_execute_action')).toBe(false);
  });

  it('reaches the panel in the window the shortcut was pressed in, and only that one', () => {
    let deliver: (message: { data: { command: PanelCommand; windowId?: number } }) => void = () => {};
    const stop = vi.fn();
    const listen = vi.fn((type: string, handler: typeof deliver) => {
      expect(type).toBe('panelCommand');
      deliver = handler;
      return stop;
    });
    const heard: PanelCommand[] = [];
    const unsubscribe = onPanelCommand(() => 7, (command) => heard.push(command), listen as never);
    deliver({ data: { command: 'next-suggestion', windowId: 7 } });
    deliver({ data: { command: 'insert-top-suggestion', windowId: 8 } });
    deliver({ data: { command: 'focus-draft-check' } });
    expect(heard).toEqual(['next-suggestion', 'focus-draft-check']);
    unsubscribe();
    expect(stop).toHaveBeenCalled();
  });
});
