import { describe, expect, it } from 'vitest';
import { PANEL_COMMANDS } from '@/lib/commands-manifest';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { customerText, foldToFeeling, languageNotice, languageVerdict, moveSelection, selectedSuggestion, shortcutLines, shortcutSettingsHint } from '@/lib/panel';
import type { Suggestion } from '@/lib/suggest/types';

const suggestion = (key: string) => ({ key }) as Suggestion;
const list = ['a', 'b', 'c'].map(suggestion);

describe('which suggestion the shortcuts act on', () => {
  it('is the top one until the agent selects another, and the top one again when that one is gone', () => {
    expect(selectedSuggestion(list, undefined)?.key).toBe('a');
    expect(selectedSuggestion(list, 'c')?.key).toBe('c');
    expect(selectedSuggestion(list, 'gone')?.key).toBe('a');
    expect(selectedSuggestion([], 'a')).toBeUndefined();
  });

  it('moves next and previous, wrapping round the list', () => {
    expect(moveSelection(list, undefined, 1)).toBe('b');
    expect(moveSelection(list, 'b', 1)).toBe('c');
    expect(moveSelection(list, 'c', 1)).toBe('a');
    expect(moveSelection(list, 'a', -1)).toBe('c');
    expect(moveSelection(list, 'gone', -1)).toBe('c');
    expect(moveSelection([], 'a', 1)).toBeUndefined();
  });
});

describe('the shortcuts the panel shows', () => {
  it("shows the browser's bindings (not the defaults), in a fixed order, unset ones as such", () => {
    const lines = shortcutLines([
      { name: 'focus-draft-check', shortcut: '' },
      { name: 'next-suggestion', shortcut: 'Ctrl+Shift+9' },
      { name: '_execute_action', shortcut: 'Alt+Shift+Y' },
      { name: 'insert-top-suggestion', shortcut: 'Alt+Shift+U' },
      { name: 'previous-suggestion' },
      { name: 'something-else', shortcut: 'Alt+Q' },
    ]);
    expect(lines.map((l) => [l.name, l.keys])).toEqual([
      ['open', 'Alt+Shift+Y'],
      ['insert-top-suggestion', 'Alt+Shift+U'],
      ['next-suggestion', 'Ctrl+Shift+9'],
      ['previous-suggestion', undefined],
      ['focus-draft-check', undefined],
    ]);
  });

  it("names Firefox's sidebar command as opening Tactful, and says what every panel command does", () => {
    expect(shortcutLines([{ name: '_execute_sidebar_action', shortcut: 'Alt+Shift+Y' }])).toEqual([{ name: 'open', does: 'Open Tactful', keys: 'Alt+Shift+Y' }]);
    const all = shortcutLines(Object.keys(PANEL_COMMANDS).map((name) => ({ name })));
    expect(all).toHaveLength(Object.keys(PANEL_COMMANDS).length);
    for (const line of all) expect(line.does).toMatch(/\w/);
  });

  it('tells where to change them in each browser', () => {
    expect(shortcutSettingsHint('chrome')).toContain('chrome://extensions/shortcuts');
    expect(shortcutSettingsHint('firefox')).toContain('Manage Extension Shortcuts');
  });
});

describe('whether Tactful advises on the conversation’s language', () => {
  const spanish = 'Hola, mi pedido no ha llegado todavía y nadie contesta mis correos.';
  it('says so for a reliable detection of another language, naming it', () => {
    const verdict = languageVerdict(spanish, { isReliable: true, languages: [{ language: 'es', percentage: 97 }] });
    expect(verdict).toEqual({ analysed: false, language: 'es', name: 'Spanish' });
    if (verdict.analysed) throw new Error('unreachable');
    expect(languageNotice(verdict)).toMatch(/^This conversation looks like it's in Spanish\..*English/);
  });

  it('advises as usual on English, regional English, an unreliable guess, short text or a mostly English mix', () => {
    expect(languageVerdict(spanish, { isReliable: true, languages: [{ language: 'en-GB', percentage: 90 }] })).toEqual({ analysed: true });
    expect(languageVerdict(spanish, { isReliable: false, languages: [{ language: 'es', percentage: 60 }] })).toEqual({ analysed: true });
    expect(languageVerdict('Gracias!', { isReliable: true, languages: [{ language: 'es', percentage: 100 }] })).toEqual({ analysed: true });
    expect(languageVerdict(spanish, { isReliable: true, languages: [{ language: 'es', percentage: 55 }, { language: 'en', percentage: 45 }] })).toEqual({ analysed: true });
    expect(languageVerdict(spanish, { isReliable: true, languages: [] })).toEqual({ analysed: true });
    expect(languageVerdict(spanish, undefined)).toEqual({ analysed: true });
  });

  it('adds up one language across regions and scripts, and falls back to the code for a name it lacks', () => {
    expect(
      languageVerdict(spanish, {
        isReliable: true,
        languages: [
          { language: 'zh-Hant', percentage: 40 },
          { language: 'zh-Hans', percentage: 40 },
          { language: 'en', percentage: 20 },
        ],
      }),
    ).toMatchObject({ analysed: false, language: 'zh' });
    const odd = languageVerdict(spanish, { isReliable: true, languages: [{ language: 'qqq', percentage: 99 }] });
    expect(odd).toMatchObject({ analysed: false, language: 'qqq' });
  });

  it("judges the customer's own words, newest first, not the agent's", () => {
    const snapshot = {
      messages: [
        { role: 'customer', text: 'First' },
        { role: 'agent', text: 'Agent words' },
        { role: 'customer', text: ' Newest ' },
      ],
    } as ConversationSnapshot;
    expect(customerText(snapshot)).toBe('Newest\n\nFirst');
    const long = { messages: [{ role: 'customer', text: 'x'.repeat(5000) }] } as ConversationSnapshot;
    expect(customerText(long).length).toBe(2000);
  });
});

describe("folding the customer's message to the feeling", () => {
  const text = 'I ordered a lamp on Monday. It arrived broken and I am furious! The box was fine. Please send a new one.';
  const cue = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

  it('shows the sentences holding a cue, in order, and says the rest is folded', () => {
    const folded = foldToFeeling(text, [cue('furious'), cue('broken')]);
    expect(folded.folded).toBe(true);
    expect(folded.shown.map(slice)).toEqual(['It arrived broken and I am furious!']);
    const two = foldToFeeling(text, [cue('Please'), cue('furious')]);
    expect(two.shown.map(slice)).toEqual(['It arrived broken and I am furious!', 'Please send a new one.']);
  });

  it('hides nothing when no sentence holds a cue, or every sentence does', () => {
    expect(foldToFeeling(text, [])).toMatchObject({ folded: false });
    expect(foldToFeeling(text, []).shown).toHaveLength(4);
    expect(foldToFeeling('So angry.', [{ start: 3, end: 8 }])).toMatchObject({ folded: false });
  });
});
