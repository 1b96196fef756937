import { describe, expect, it } from 'vitest';
import type { AnalysisCache } from '@/lib/analysis';
import { createAnalysisCache } from '@/lib/analysis';
import type { ConversationSnapshot, Message } from '@/lib/conversation/types';
import { builtinPacks } from '@/lib/packs/builtin';
import {
  conversationSignature,
  contactView,
  createPanelModel,
  fillSuggestion,
  isFailed,
  pageArrived,
  unfilledGaps,
  type ConversationPanel,
  type PageState,
  type PanelInputs,
} from '@/lib/panel';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { emptyPreferences, parsePreferences, recordPick } from '@/lib/suggest/preferences';

/** The panel's logic, without React or a browser: what the model derives from the panel's data. */

const upset: Message = {
  id: '9',
  role: 'customer',
  author: 'Dana Whitfield',
  text: 'My parcel still has not arrived and nobody has answered my emails. This is really frustrating.',
};
const snapshot: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  conversationId: '7',
  subject: 'Parcel still not here',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  messages: [upset],
  composer: { found: true, kind: 'ckeditor4' },
  channel: 'email',
  confidence: 0.95,
};
const page: PageState = { kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 2, errors: [] };

const base: PanelInputs = { page, settings: DEFAULT_SETTINGS, preferences: emptyPreferences(), packs: builtinPacks(), history: {}, now: 0 };

function inputs(change: Partial<PanelInputs> = {}): PanelInputs {
  return { ...base, ...change };
}

/** An analysis cache that counts what it was asked to analyse. */
function countingCache(): AnalysisCache & { analysed: number } {
  const inner = createAnalysisCache();
  const cache = {
    analysed: 0,
    get: (key: string) => inner.get(key),
    set(key: string, value: Parameters<AnalysisCache['set']>[1]) {
      cache.analysed++;
      inner.set(key, value);
    },
    get size() {
      return inner.size;
    },
  };
  return cache;
}

const conversation = (view: ReturnType<ReturnType<typeof createPanelModel>>): ConversationPanel => {
  if (!view.conversation) throw new Error('no conversation in the view');
  return view.conversation;
};

describe('the panel model', () => {
  it('shows no conversation parts while the page loads or holds none', () => {
    const model = createPanelModel();
    expect(model(inputs({ page: { kind: 'loading' } })).conversation).toBeUndefined();
    expect(model(inputs({ page: { kind: 'no-conversation', tabId: 1, errors: [] } })).conversation).toBeUndefined();
  });

  it('derives the insight, suggestions and a drafted reply from the conversation', () => {
    const view = conversation(createPanelModel()(inputs()));
    expect(isFailed(view.insight) ? undefined : view.insight.emotion.label).toMatch(/frustration|anger|disappointment/);
    expect(view.advice).toBe(true);
    const suggestions = isFailed(view.suggestions) ? [] : view.suggestions.list;
    expect(suggestions.length).toBeGreaterThan(2);
    expect(suggestions.every((s) => ['acknowledge', 'empathy', 'apology', 'deescalate'].includes(s.kind))).toBe(true);
    expect(isFailed(view.reply) ? '' : view.reply.text).toMatch(/Dana/);
    expect(view.check).toEqual({ state: 'no-editor' });
    expect(view.marks).toEqual([]);
  });

  it('has no advice when the customer has not written', () => {
    const quiet = { ...page, snapshot: { ...snapshot, messages: [] } };
    expect(conversation(createPanelModel()(inputs({ page: quiet }))).advice).toBe(false);
  });

  it("checks the agent's draft: findings with their words and spans, the checklist, and the marks to underline", () => {
    const text = 'Hi Dana, it was our fault your order was late. I will look into it.';
    const view = conversation(createPanelModel()(inputs({ draft: { found: true, kind: 'ckeditor4', text } })));
    if (isFailed(view.check) || view.check.state !== 'checked') throw new Error('not checked');
    const fault = view.check.findings.find((f) => f.finding.category === 'fault')!;
    expect(fault.words).toMatch(/our fault/);
    expect(fault.select).toEqual({ start: fault.finding.range.start, end: fault.finding.range.end, expected: fault.words });
    expect(fault.replace.expected).toBe(text.slice(fault.finding.replaces.start, fault.finding.replaces.end));
    expect(view.check.checklist.map((c) => c.point)).toEqual(['heard', 'timescale', 'owner', 'updates']);
    expect(view.check.checklist.find((c) => c.point === 'timescale')?.item.ok).toBe(false);
    expect(view.marks).toContainEqual({ start: fault.finding.range.start, end: fault.finding.range.end, category: 'fault', severity: fault.finding.severity });
  });

  it('says when there is no editor, and when the draft is blank', () => {
    const model = createPanelModel();
    expect(conversation(model(inputs({ draft: { found: false, text: '' } }))).check).toEqual({ state: 'no-editor' });
    expect(conversation(model(inputs({ draft: { found: true, text: '  \n ' } }))).check).toEqual({ state: 'empty' });
  });

  it('takes the draft only from the draft input, never from the snapshot', () => {
    const withDraftInSnapshot = { ...page, snapshot: { ...snapshot, composer: { found: true, draft: 'It was our fault.' } } };
    const view = conversation(createPanelModel()(inputs({ page: withDraftInSnapshot })));
    expect(view.check).toEqual({ state: 'no-editor' });
    expect(view.marks).toEqual([]);
  });

  it('re-runs only the guard when the draft changes: the same insight, suggestions and reply', () => {
    const cache = countingCache();
    const model = createPanelModel({ cache });
    const first = conversation(model(inputs({ draft: { found: true, text: 'Hi Dana' } })));
    const analysed = cache.analysed;
    const second = conversation(model(inputs({ draft: { found: true, text: 'Hi Dana, it was our fault.' } })));
    expect(cache.analysed).toBe(analysed);
    expect(second.insight).toBe(first.insight);
    expect(second.suggestions).toBe(first.suggestions);
    expect(second.reply).toBe(first.reply);
    expect(second.check).not.toBe(first.check);
    expect(second.marks).not.toBe(first.marks);
  });

  it('gives the very same view for the same inputs, and the same marks for the same draft', () => {
    const model = createPanelModel();
    const same = inputs({ draft: { found: true, text: 'It was our fault.' } });
    expect(model(same)).toBe(model(same));
    const again = conversation(model({ ...same, draft: { found: true, text: 'It was our fault.' } }));
    expect(again.marks).toBe(conversation(model(same)).marks);
  });

  it('ranks again when the agent picks a phrase, without analysing again', () => {
    const cache = countingCache();
    const model = createPanelModel({ cache });
    const before = conversation(model(inputs()));
    const analysed = cache.analysed;
    const pick = isFailed(before.suggestions) ? undefined : before.suggestions.list.at(-1);
    const preferences = recordPick(emptyPreferences(), { key: pick!.key, kind: pick!.kind });
    const after = conversation(model(inputs({ preferences })));
    expect(cache.analysed).toBe(analysed);
    expect(after.insight).toBe(before.insight);
    expect(after.suggestions).not.toBe(before.suggestions);
  });

  it("fills a suggestion's gaps with what the agent typed", () => {
    const view = conversation(createPanelModel()(inputs({ page: { ...page, snapshot: { ...snapshot, customer: {} } } })));
    if (isFailed(view.suggestions)) throw new Error('failed');
    const gapped = view.suggestions.list.find((s) => s.missing.length > 0);
    if (!gapped) return; // every phrase could be filled: nothing to check
    const filled = Object.fromEntries(gapped.missing.map((name) => [name, 'Dana']));
    expect(unfilledGaps(gapped, {})).toEqual(gapped.missing);
    expect(unfilledGaps(gapped, filled)).toEqual([]);
    expect(fillSuggestion(gapped, view.suggestions.values, filled)).toContain('Dana');
  });
});

describe('page states and history', () => {
  it('keeps history and draft for the same conversation, and drops them for another', () => {
    const draft = { found: true, text: 'Hi' };
    const state = { page, history: { customerId: 'c', contactId: 'k' }, draft };
    expect(pageArrived(state, { ...page, snapshot: { ...snapshot, messages: [] } })).toMatchObject({ history: { customerId: 'c' }, draft });
    const other = { ...page, snapshot: { ...snapshot, url: 'https://help.example.com/Ticket/Display.html?id=8' } };
    expect(pageArrived(state, other)).toEqual({ page: other, history: {}, draft: undefined });
    expect(pageArrived(state, { kind: 'loading' }).draft).toBe(draft);
  });

  it('records history by the conversation, not by what the editor holds', () => {
    const typed = { ...snapshot, composer: { found: true, draft: 'Hi Dana' } };
    expect(conversationSignature(typed)).toBe(conversationSignature(snapshot));
    expect(conversationSignature({ ...snapshot, messages: [...snapshot.messages, upset] })).not.toBe(conversationSignature(snapshot));
  });

  it('says how often the customer has been in touch', () => {
    expect(contactView({})).toEqual({ line: 'Not in history: the page shows no e-mail, id or name for this customer.' });
    expect(contactView({ customerId: 'c' })).toEqual({ line: 'Checking history…' });
    expect(contactView({ customerId: 'c', earlier: 0 })).toEqual({ line: 'First contact' });
    expect(contactView({ customerId: 'c', earlier: 1 })).toEqual({ line: '1 earlier contact' });
    expect(contactView({ customerId: 'c', earlier: 3 })).toEqual({ line: '3 earlier contacts' });
    expect(contactView({ error: 'full' })).toEqual({ error: 'full' });
  });
});

describe('stored picks', () => {
  it('are read back as they were saved', () => {
    const saved = recordPick(emptyPreferences(), { key: 'en/empathy-1', kind: 'empathy' });
    expect(parsePreferences(JSON.parse(JSON.stringify(saved)))).toEqual({ preferences: saved });
  });

  it('fall back to the empty model, saying why, when the stored value is damaged', () => {
    for (const bad of [{ version: 1, picks: null, kinds: {}, total: 0 }, { version: 2 }, 'garbage', { version: 1, picks: { a: -1 }, kinds: {}, total: 1 }]) {
      const { preferences, problem } = parsePreferences(bad);
      expect(preferences).toEqual(emptyPreferences());
      expect(problem).toMatch(/\w/);
    }
    expect(parsePreferences(null)).toEqual({ preferences: emptyPreferences() });
  });
});
