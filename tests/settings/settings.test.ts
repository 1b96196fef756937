import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings, watchSettings } from '@/lib/settings';

describe('settings', () => {
  it('start empty', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are saved, trimmed, and read back', async () => {
    expect(await saveSettings({ agentName: '  Sam Rivera ', company: 'Acme Kitchens' })).toEqual([]);
    expect(await loadSettings()).toEqual({ agentName: 'Sam Rivera', company: 'Acme Kitchens' });
  });

  it('refuse an invalid value, naming the field, and keep what was stored', async () => {
    await saveSettings({ agentName: 'Sam Rivera' });
    const problems = await saveSettings({ company: 'x'.repeat(200) });
    expect(problems).toEqual([{ field: 'company', message: expect.stringMatching(/80/) }]);
    expect(await loadSettings()).toEqual({ agentName: 'Sam Rivera', company: '' });
  });

  it('keep the valid fields of a damaged stored value and report the rest', () => {
    expect(parseSettings({ agentName: 'Sam', company: 42 })).toEqual({
      settings: { agentName: 'Sam', company: '' },
      problems: [{ field: 'company', message: expect.any(String) }],
    });
    expect(parseSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
  });

  it('tell the panel when they change', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.agentName));
    await saveSettings({ agentName: 'Alex' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toEqual(['Alex']);
  });
});
