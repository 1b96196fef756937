/**
 * The built-in English pack: valid, complete, and saying nothing a team lead would strike out.
 * The banned patterns below are a deliberately small, independent list; the real draft guard
 * (lib/guard) will run over the pack in its own test.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../assets/packs/en.json';
import { parsePack, type Pack, type PackMessageKind, type PhraseKind, type Presumption } from '../../lib/packs/schema';
import { renderTemplate, templateVariables, type TemplateValues } from '../../lib/packs/template';

const parsed = parsePack(raw);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
const pack: Pack = parsed.pack;


const BANNED: Array<[RegExp, string]> = [
  // Admitting fault or liability (docs/principles.md §2).
  [/\b(?:our|my) (?:fault|mistake|error|bad)\b/i, 'admits fault'],
  [/\bwe (?:messed|screwed) up\b/i, 'admits fault'],
  [/\bwe (?:should have|failed to|broke|lost|damaged|forgot)\b/i, 'admits fault'],
  [/\b(?:negligen|liab)/i, 'admits liability'],
  [/\bwe(?:'re| are) responsible for\b/i, 'admits liability'],
  [/\bsorry (?:that |for )?(?:we|our)\b/i, 'apologises for an act of ours'],
  // Guarantees and open-ended commitments.
  [/\bguarantee/i, 'guarantees'],
  [/\bnever happen again\b/i, 'guarantees'],
  [/\b(?:100 ?%|definitely|certainly will)\b/i, 'guarantees'],
  [/\bpromise\b/i, 'promises an outcome'],
  [/\bcompensat/i, 'open-ended compensation'],
  [/\bcover (?:any|all|every)\b/i, 'open-ended compensation'],
  // Sympathy or false identification instead of empathy (§3).
  [/\bI (?:know|understand) exactly how you feel\b|\bI know how you feel\b/i, 'claims to know their feelings'],
  [/\bI feel (?:angry|upset|terrible|awful|sad)\b/i, 'sympathy, not empathy'],
  [/\bpoor you\b/i, 'sympathy, not empathy'],
  [/\b(?:same thing happened to me|I have experienced|I'd feel the same)\b/i, 'false identification'],
  // Dismissive or defensive (§3).
  [/\bcalm down\b/i, 'dismissive'],
  [/\bas I (?:already |previously )?(?:said|mentioned|explained|stated)\b/i, 'dismissive'],
  [/\bpolicy\b/i, 'policy-speak'],
  [/\bnothing (?:I|we) can do\b/i, 'dismissive'],
  [/\bobvious/i, 'dismissive'],
  [/\byou should have\b|\byour fault\b|\bas you were told\b/i, 'blames the customer'],
  // Vague times instead of {{timescale}} (§4).
  [/\b(?:soon|shortly|asap|in due course|right away|straight away|as soon as possible)\b/i, 'vague time'],
];

const FULL: TemplateValues = {
  'customer.firstName': 'Jane',
  'customer.name': 'Jane Doe',
  'agent.firstName': 'Sam',
  'agent.name': 'Sam Lee',
  company: 'Acme',
  issue: "your parcel still hasn't arrived",
  question: 'whether we can send the invoice again',
  'ticket.id': '48213',
  timescale: 'by 3pm on Wednesday',
};

describe('built-in English pack', () => {
  it('is valid against the schema, with unique ids', () => {
    expect(pack.format).toBe(1);
    expect(new Set(pack.phrases.map((p) => p.id)).size).toBe(pack.phrases.length);
  });

  it('keeps to fewer, better phrases, each with a note saying when to use it', () => {
    expect(pack.phrases.length).toBeGreaterThanOrEqual(40);
    expect(pack.phrases.length).toBeLessThanOrEqual(150);
    for (const phrase of pack.phrases) expect(phrase.note?.trim().length ?? 0, phrase.id).toBeGreaterThan(10);
  });

  it('says which kinds of message every phrase is for (greetings and sign-offs may fit any)', () => {
    for (const phrase of pack.phrases.filter((p) => p.kind !== 'greeting' && p.kind !== 'signoff')) {
      expect(phrase.messageKinds?.length ?? 0, phrase.id).toBeGreaterThan(0);
    }
  });

  it('has what each shape of draft needs, for every kind of message', () => {
    const forKind = (kind: PackMessageKind, phraseKind: PhraseKind) =>
      pack.phrases.filter((p) => p.kind === phraseKind && (!p.messageKinds || p.messageKinds.includes(kind)) && !p.requires && !p.emotions && !p.categories && !p.channels && !p.stages);
    const gaps: string[] = [];
    for (const kind of ['problem', 'complaint', 'chase'] as const) {
      for (const phraseKind of ['acknowledge', 'apology', 'ownership', 'timescale', 'update', 'closing'] as const) if (forKind(kind, phraseKind).length === 0) gaps.push(`${kind}: ${phraseKind}`);
    }
    for (const kind of ['question', 'thanks', 'no-request'] as const) {
      for (const phraseKind of ['acknowledge', 'closing'] as const) if (forKind(kind, phraseKind).length === 0) gaps.push(`${kind}: ${phraseKind}`);
    }
    expect(gaps).toEqual([]);
  });

  it('never offers case handling for thanks or a message that asks for nothing', () => {
    for (const phrase of pack.phrases.filter((p) => ['apology', 'ownership', 'timescale', 'update', 'deescalate'].includes(p.kind))) {
      expect(phrase.messageKinds, phrase.id).toBeDefined();
      expect(phrase.messageKinds!.filter((k) => k === 'thanks' || k === 'no-request'), phrase.id).toEqual([]);
    }
  });

  it('declares what a phrase takes for granted: earlier contact, a wait, a resolution, a date', () => {
    const presumes: Array<[RegExp, Presumption[]]> = [
      [/\bagain\b(?! about this)|\bcoming back\b/i, ['earlier-contact', 'agent-replied', 'repeat-contact']],
      [/\bpatience\b|\bbearing with\b|\bthanks for waiting\b/i, ['waited']],
      [/\b(?:all|it's) sorted\b|\bworked out\b|\bresolved now\b/i, ['resolved']],
      [/\bby a particular date\b|\bdeadline\b/i, ['deadline']],
      [/\bthe detail\b/i, ['detailed-message']],
    ];
    const found: string[] = [];
    for (const phrase of pack.phrases) {
      for (const [pattern, needs] of presumes) {
        if (!pattern.test(phrase.text)) continue;
        const declared = (phrase.requires ?? []).some((r) => needs.includes(r)) || (phrase.messageKinds ?? []).every((k) => k === 'chase');
        if (!declared) found.push(`${phrase.id}: ${phrase.text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('has phrases written for e-mail and for chat', () => {
    expect(pack.phrases.filter((p) => p.channels?.includes('email')).length).toBeGreaterThanOrEqual(2);
    expect(pack.phrases.filter((p) => p.channels?.includes('chat')).length).toBeGreaterThanOrEqual(3);
    expect(pack.phrases.filter((p) => !p.channels).length).toBeGreaterThan(pack.phrases.length / 2);
  });

  it('never confirms as fact what only the customer said: their words are reported', () => {
    for (const phrase of pack.phrases.filter((p) => p.text.includes('{{issue'))) {
      expect(phrase.text, phrase.id).toMatch(/(?:what you've said|letting me know|sorry to hear that|you've told me)/i);
    }
  });

  it('says nothing on the banned list, as written or rendered', () => {
    const hits: string[] = [];
    for (const phrase of pack.phrases) {
      for (const text of [phrase.text, renderTemplate(phrase.text, FULL).text, renderTemplate(phrase.text, {}).text]) {
        for (const [pattern, why] of BANNED) if (pattern.test(text)) hits.push(`${phrase.id} (${why}): ${text}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('apologies say sorry, for the experience', () => {
    for (const phrase of pack.phrases.filter((p) => p.kind === 'apology')) expect(phrase.text, phrase.id).toMatch(/\bsorry\b/i);
  });

  it('every timescale phrase gives a concrete time through {{timescale}}', () => {
    for (const phrase of pack.phrases.filter((p) => p.kind === 'timescale')) {
      expect(templateVariables(phrase.text), phrase.id).toContain('timescale');
    }
  });

  it('renders cleanly with every value, and with none', () => {
    for (const phrase of pack.phrases) {
      for (const values of [FULL, {}]) {
        const { text } = renderTemplate(phrase.text, values);
        expect(text, phrase.id).not.toMatch(/\{\{|\}\}/);
        expect(text, phrase.id).not.toMatch(/ [,.;:!?]/);
        expect(text, phrase.id).not.toMatch(/ {2}/);
        expect(text, phrase.id).not.toMatch(/^\s|\s$/);
        expect(text, phrase.id).not.toMatch(/\b(?:Hi|Hello|Dear)\s*,/);
      }
    }
  });

  it('greets by first name, falling back to "there"', () => {
    for (const phrase of pack.phrases.filter((p) => p.kind === 'greeting' && /^(Hi|Hello)\b/.test(p.text))) {
      expect(renderTemplate(phrase.text, {}).text, phrase.id).toMatch(/^(Hi|Hello)( again)? there\b|^Hi again,/);
    }
  });
});
