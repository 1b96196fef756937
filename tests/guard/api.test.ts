import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/guard';

const DRAFT = 'It was our fault, sorry. We will sort it asap.';

describe('checkDraft options', () => {
  it('gives fault findings error severity and tone findings info', () => {
    const result = checkDraft("It was our fault. We're sorry you feel that way.");
    expect(result.findings.find((f) => f.category === 'fault')?.severity).toBe('error');
    expect(result.findings.find((f) => f.category === 'dismissive')?.severity).toBe('info');
  });

  it('drops a dismissed finding for this draft and keeps it for an undo', () => {
    const first = checkDraft(DRAFT);
    const vague = first.findings.find((f) => f.category === 'vague-time');
    expect(vague?.key).toBe('vague-time:asap');
    const second = checkDraft(DRAFT, { dismissed: new Set([vague?.key ?? '']) });
    expect(second.findings.map((f) => f.category)).not.toContain('vague-time');
    expect(second.findings.map((f) => f.category)).toContain('fault');
    expect(second.dismissed?.map((f) => f.key)).toEqual(['vague-time:asap']);
  });

  it('keeps a dismissal when the agent types elsewhere in the draft', () => {
    const key = checkDraft(DRAFT).findings.find((f) => f.category === 'vague-time')?.key ?? '';
    const edited = checkDraft('Hello again. ' + DRAFT, { dismissed: [key] });
    expect(edited.findings.map((f) => f.category)).not.toContain('vague-time');
  });

  it('lets a team pack turn a rule off or quiet, by rule id or category', () => {
    expect(checkDraft(DRAFT, { ruleSettings: { 'vague-time': 'off' } }).findings.map((f) => f.category)).toEqual(['fault']);
    const quiet = checkDraft(DRAFT, { ruleSettings: { fault: 'quiet' } });
    expect(quiet.findings.find((f) => f.category === 'fault')?.severity).toBe('info');
  });

  it('reports what it read', () => {
    expect(checkDraft(DRAFT).coverage).toEqual({ checkedChars: DRAFT.length, draftChars: DRAFT.length, capped: false, maxChars: 10_000 });
    const capped = checkDraft('We will sort it. '.repeat(100) + 'It was our fault.', { maxChars: 200 });
    expect(capped.coverage?.capped).toBe(true);
    expect(capped.findings.map((f) => f.category)).not.toContain('fault');
  });

  it('never reads quoted history below a reply header', () => {
    const draft = 'Thanks Sam, all sorted.\n\nOn Tue, 4 Jun 2024, Sam <sam@example.com> wrote:\nIt was your fault and you promised it asap.';
    const result = checkDraft(draft);
    expect(result.findings).toEqual([]);
    expect(result.coverage?.quotedFrom).toBe(draft.indexOf('On Tue'));
  });

  it('flags a greeting with no name, not a greeting followed by a comma', () => {
    expect(checkDraft('Hi , thanks for waiting.').findings.map((f) => f.category)).toEqual(['placeholder']);
    expect(checkDraft('Hi, thanks for waiting.').findings).toEqual([]);
    expect(checkDraft('Hello,\nthanks for waiting.').findings).toEqual([]);
    expect(checkDraft('Hi Jane, thanks for waiting.').findings).toEqual([]);
  });
});
