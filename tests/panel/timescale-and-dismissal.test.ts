import { describe, expect, it } from 'vitest';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { checkDraft } from '@/lib/guard';
import { builtinPacks } from '@/lib/packs/builtin';
import { packGuardContext, type Pack } from '@/lib/packs/schema';
import { createPanelModel, isFailed, type PageState, type PanelInputs } from '@/lib/panel';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { emptyPreferences } from '@/lib/suggest/preferences';
import { settingsFromBusinessHours } from '@/lib/timescale';

/** The timescale, typed promises and dismissed findings, as the panel's model derives them. */

const snapshot: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  conversationId: '7',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  messages: [{ role: 'customer', text: 'My parcel still has not arrived and it was due last week. Where is it?' }],
  composer: { found: true, kind: 'textarea' },
  channel: 'email',
  confidence: 0.95,
};
const page: PageState = { kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 2, errors: [] };
// Wednesday 25 November 2026, 10:00 in London.
const now = Date.parse('2026-11-25T10:00:00Z');
const timescale = settingsFromBusinessHours({ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Europe/London' });
const base: PanelInputs = { page, settings: DEFAULT_SETTINGS, preferences: emptyPreferences(), packs: builtinPacks(), history: {}, now, timescale };

const draft = (text: string) => ({ found: true, kind: 'textarea' as const, text });

describe('the timescale in the panel', () => {
  it('gives a time the team can keep, with its basis, on a working day', () => {
    const view = createPanelModel()(base);
    const estimate = view.conversation?.estimate;
    if (!estimate || isFailed(estimate)) throw new Error('no estimate');
    expect(estimate.phrase).toMatch(/^by /);
    expect(estimate.basis.length).toBeGreaterThan(10);
    const due = new Date(estimate.due);
    expect(due.getTime()).toBeGreaterThan(now);
    // Business hours Monday to Friday: the promise never falls on a weekend.
    expect([0, 6]).not.toContain(due.getUTCDay());
  });

  it('fills the drafted reply with that time instead of a gap', () => {
    const view = createPanelModel()(base);
    const reply = view.conversation?.reply;
    const estimate = view.conversation?.estimate;
    if (!reply || isFailed(reply) || !estimate || isFailed(estimate)) throw new Error('no reply');
    if (reply.text.includes('[when')) throw new Error(`the reply kept its time gap: ${reply.text}`);
    expect(reply.text).toContain(estimate.phrase);
  });

  it('checks a promise typed for a day the team is closed', () => {
    const view = createPanelModel()({ ...base, draft: draft("Hi Dana, I'll have an answer for you by Sunday.") });
    const check = view.conversation?.check;
    if (!check || isFailed(check) || check.state !== 'checked') throw new Error('not checked');
    expect(check.findings.map((f) => f.words).join(' | ')).toMatch(/Sunday/);
  });
});

describe('dismissing a finding', () => {
  const text = 'Hi Dana, I am so sorry, this was our fault.';
  const findings = (inputs: PanelInputs) => {
    const check = createPanelModel()(inputs).conversation?.check;
    if (!check || isFailed(check) || check.state !== 'checked') throw new Error('not checked');
    return check.findings;
  };

  it('hides it for this conversation only', () => {
    const before = findings({ ...base, draft: draft(text) });
    const fault = before.find((f) => f.finding.category === 'fault');
    if (!fault) throw new Error('no fault finding');
    const after = findings({ ...base, draft: draft(text), dismissed: { url: snapshot.url, keys: [fault.finding.key] } });
    expect(after.some((f) => f.finding.key === fault.finding.key)).toBe(false);
    const elsewhere = findings({ ...base, draft: draft(text), dismissed: { url: 'https://help.example.com/Ticket/Display.html?id=8', keys: [fault.finding.key] } });
    expect(elsewhere.some((f) => f.finding.key === fault.finding.key)).toBe(true);
  });
});

describe("a team pack's guard settings", () => {
  const team = (settings: Record<string, 'off' | 'quiet'>): Pack => ({ ...builtinPacks()[0]!, id: 'team', guardSettings: settings });

  it('turns a rule off for the team, the first pack in priority order deciding', () => {
    const vague = "Thanks Dana, I'll get back to you soon.";
    expect(checkDraft(vague, packGuardContext(builtinPacks())).findings.some((f) => f.category === 'vague-time')).toBe(true);
    const ctx = packGuardContext([team({ 'vague-time': 'off' }), team({ 'vague-time': 'quiet' })]);
    expect(ctx.ruleSettings).toEqual({ 'vague-time': 'off' });
    expect(checkDraft(vague, ctx).findings.some((f) => f.category === 'vague-time')).toBe(false);
  });
});

describe('what the draft check did not read', () => {
  const checked = (text: string) => {
    const check = createPanelModel()({ ...base, draft: draft(text) }).conversation?.check;
    if (!check || isFailed(check) || check.state !== 'checked') throw new Error('not checked');
    return check;
  };

  it('says so when the reply is longer than the cap', () => {
    expect(checked(`Hi Dana, ${'we are looking into this for you. '.repeat(600)}`).notChecked).toMatch(/^Checked the first 10,000 characters/);
  });

  it('says the quoted history is not checked, and says nothing for a plain reply', () => {
    const quoted = 'Hi Dana, I will look into this today.\n\nOn Mon, 3 Jun 2024 at 10:02, Dana Whitfield <dana@example.com> wrote:\n> It was your fault.';
    expect(checked(quoted).notChecked).toMatch(/quoted earlier messages/);
    expect(checked('Hi Dana, I will look into this today.').notChecked).toBeUndefined();
  });
});
