import { describe, expect, it, vi } from 'vitest';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { builtinPacks } from '@/lib/packs/builtin';
import { createPanelModel, isFailed } from '@/lib/panel';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { emptyPreferences } from '@/lib/suggest/preferences';

// One engine that throws: the drafted reply.
vi.mock('@/lib/suggest', async (original) => ({
  ...(await original<typeof import('@/lib/suggest')>()),
  draftReply: () => {
    throw new Error('no template for this');
  },
}));

const snapshot: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  customer: { name: 'Dana Whitfield' },
  messages: [{ role: 'customer', text: 'My parcel still has not arrived. This is really frustrating.' }],
  composer: { found: true },
  confidence: 0.9,
};

describe('a part of the panel that fails', () => {
  it('is reported as failed with its error, and the other parts still work', () => {
    const view = createPanelModel()({
      page: { kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 1, errors: [] },
      draft: { found: true, text: 'It was our fault.' },
      settings: DEFAULT_SETTINGS,
      preferences: emptyPreferences(),
      packs: builtinPacks(),
      history: {},
      now: 0,
    }).conversation!;
    expect(view.reply).toEqual({ failed: true, error: 'no template for this' });
    expect(isFailed(view.insight)).toBe(false);
    expect(isFailed(view.suggestions) ? [] : view.suggestions.list).not.toEqual([]);
    expect(view.marks.map((m) => m.category)).toContain('fault');
  });
});
