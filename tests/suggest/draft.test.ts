import { describe, expect, it } from 'vitest';
import { checkReply } from '../../lib/guard';
import { PACK_CATEGORIES, PACK_EMOTIONS } from '../../lib/packs/schema';
import { draftReply, type ReplyPoint, type SuggestInsight } from '../../lib/suggest';
import { builtIn, insight } from './helpers';

const POINTS: ReplyPoint[] = ['heard', 'owner', 'timescale', 'updates'];

const angryAboutDamage = insight({
  emotion: { label: 'anger', intensity: 0.9 },
  category: { label: 'damaged', confidence: 0.8 },
  mirror: [{ text: 'your lamp arrived smashed', source: { text: 'my lamp arrived smashed' } }],
  customer: { firstName: 'Priya', fullName: 'Priya Shah' },
  complaint: true,
});

describe('draftReply', () => {
  it('answers the four questions, between a greeting and a closing', () => {
    const draft = draftReply(angryAboutDamage, { packs: [builtIn], channel: 'email', agent: { name: 'Sam Lee' }, timescale: 'by 3pm on Wednesday' });
    expect(draft.parts.map((p) => p.point)).toEqual(POINTS);
    for (const part of draft.parts) expect(draft.text).toContain(part.text);
    expect(draft.text.startsWith('Hi Priya,')).toBe(true);
    expect(draft.text).toContain('by 3pm on Wednesday');
    expect(draft.text).toMatch(/\nSam$/);
    expect(draft.closing && draft.text.includes(draft.closing)).toBe(true);
    expect(draft.missing).toEqual([]);
  });

  it('restates their problem in their words once, and apologises for the experience', () => {
    const draft = draftReply(angryAboutDamage, { packs: [builtIn], channel: 'email', timescale: 'by Friday' });
    const heard = draft.parts.find((p) => p.point === 'heard')!;
    expect(heard.text.toLowerCase()).toContain('your lamp arrived smashed');
    expect(heard.text).toMatch(/sorry/i);
    expect(draft.text.toLowerCase().split('your lamp arrived smashed')).toHaveLength(2);
  });

  it('passes the reply checklist of the draft guard', () => {
    const draft = draftReply(angryAboutDamage, {
      packs: [builtIn],
      channel: 'email',
      agent: { firstName: 'Sam' },
      timescale: 'by 3pm on Wednesday',
    });
    const checklist = checkReply(draft.text, { mirrorPhrases: ['your lamp arrived smashed'], timescalePhrase: 'by 3pm on Wednesday' });
    expect({ heard: checklist.heard.ok, timescale: checklist.timescale.ok, owner: checklist.owner.ok, updates: checklist.updates.ok }).toEqual({
      heard: true,
      timescale: true,
      owner: true,
      updates: true,
    });
  });

  it('asks for the timescale rather than inventing one, and says where it goes', () => {
    const draft = draftReply(angryAboutDamage, { packs: [builtIn], channel: 'email' });
    expect(draft.missing).toContain('timescale');
    const gap = draft.gaps.find((g) => g.variable === 'timescale');
    expect(gap).toBeDefined();
    const timescale = draft.parts.find((p) => p.point === 'timescale')!;
    const start = draft.text.indexOf(timescale.text);
    expect(gap!.index).toBeGreaterThan(start);
    expect(gap!.index).toBeLessThanOrEqual(start + timescale.text.length);
  });

  it('never puts in a phrase the agent has to check is true', () => {
    for (const category of PACK_CATEGORIES) {
      const draft = draftReply(insight({ emotion: { label: 'frustration', intensity: 0.7 }, category: { label: category, confidence: 0.9 } }), {
        packs: [builtIn],
        timescale: 'by Friday',
      });
      const used = draft.keys.map((key) => builtIn.phrases.find((p) => `${builtIn.id}/${p.id}` === key));
      expect(used.filter((p) => p?.tags?.includes('verify')).map((p) => p?.id)).toEqual([]);
    }
  });

  it('has all four points, clean text, and no repeated phrase for every feeling, category and channel', () => {
    for (const emotion of PACK_EMOTIONS) {
      for (const category of PACK_CATEGORIES) {
        for (const channel of ['email', 'chat'] as const) {
          const who: SuggestInsight = { emotion: { label: emotion, intensity: 0.6 }, category: { label: category, confidence: 0.8 } };
          const draft = draftReply(who, { packs: [builtIn], channel, timescale: 'by 5pm tomorrow', agent: { firstName: 'Sam' } });
          const label = `${emotion}/${category}/${channel}`;
          expect(draft.parts.map((p) => p.point), label).toEqual(POINTS);
          expect(draft.text, label).not.toMatch(/\{\{|\}\}/);
          expect(draft.text, label).not.toMatch(/\b(?:Hi|Hello)\s+,/);
          expect(draft.text, label).not.toMatch(/ [,.;:!?]| {2}/);
          expect(new Set(draft.keys).size, label).toBe(draft.keys.length);
          expect(draft.missing, label).toEqual([]);
          if (channel === 'chat') expect(draft.text, label).not.toMatch(/Best wishes|Kind regards/);
        }
      }
    }
  });

  it('uses the greeting "there" when the name is not known', () => {
    const draft = draftReply(insight({ emotion: { label: 'neutral', intensity: 0 } }), { packs: [builtIn], channel: 'email', timescale: 'by Friday' });
    expect(draft.text).toMatch(/^(Hi|Hello) there,/);
  });
});
