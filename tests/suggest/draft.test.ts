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
  kind: 'complaint',
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

  it('has all four points, clean text, and no repeated phrase for every feeling, category and channel of a problem', () => {
    for (const kind of ['problem', 'complaint', 'chase'] as const) {
      for (const emotion of PACK_EMOTIONS) {
        for (const category of PACK_CATEGORIES) {
          for (const channel of ['email', 'chat'] as const) {
            const who: SuggestInsight = { emotion: { label: emotion, intensity: 0.6 }, category: { label: category, confidence: 0.8 }, kind };
            const draft = draftReply(who, { packs: [builtIn], channel, timescale: 'by 5pm tomorrow', agent: { firstName: 'Sam' } });
            const label = `${kind}/${emotion}/${category}/${channel}`;
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
    }
  }, 60_000);

  it('uses the greeting "there" when the name is not known', () => {
    const draft = draftReply(insight({ emotion: { label: 'neutral', intensity: 0 } }), { packs: [builtIn], channel: 'email', timescale: 'by Friday' });
    expect(draft.text).toMatch(/^(Hi|Hello) there,/);
  });
});

describe('draftReply: the shape follows the kind of message', () => {
  const ctx = { packs: [builtIn], channel: 'email' as const, agent: { name: 'Sam Rivera' } };

  it('answers a question first: their question said back, a marked slot for the answer, then who checks, by when, and how they hear', () => {
    const draft = draftReply(
      insight({ emotion: { label: 'neutral', intensity: 0 }, kind: 'question', question: { text: 'whether we can send the invoice again' } }),
      { ...ctx, timescale: 'by 3pm on Wednesday' },
    );
    expect(draft.shape).toBe('question');
    expect(draft.text).toContain('You asked whether we can send the invoice again.');
    const answer = draft.placeholders.find((p) => p.variable === 'answer')!;
    expect(draft.text.slice(answer.start, answer.end)).toBe('[your answer here]');
    expect(draft.text.indexOf('You asked')).toBeLessThan(answer.start);
    expect(draft.missing).toEqual(['answer']);
    // The follow-up comes after the answer, and says who, when and that they will hear.
    const follow = draft.parts.find((p) => p.point === 'timescale')!;
    expect(draft.text.indexOf(follow.text)).toBeGreaterThan(answer.end);
    expect(follow.text).toContain('by 3pm on Wednesday');
    expect(draft.parts.map((p) => p.point).sort()).toEqual(['heard', 'owner', 'timescale', 'updates']);
    // Still no case handling for something to answer: no sorry, no hand-holding until "resolved".
    expect(draft.text).not.toMatch(/sorry|point of contact|resolved|whatever the news/i);
  });

  it('thanks someone warmly and briefly, with nothing case-like', () => {
    const draft = draftReply(insight({ emotion: { label: 'satisfaction', intensity: 0.7 }, kind: 'thanks' }), ctx);
    expect(draft.shape).toBe('thanks');
    expect(draft.text).not.toMatch(/sorry|update|looking after|point of contact|\[/i);
    expect(draft.missing).toEqual([]);
    expect(draft.text.split(/\n\n/).length).toBeLessThanOrEqual(4);
  });

  it('ends thanks and chatter with an open door: who picks up anything else, and by when', () => {
    const withTime = { packs: [builtIn], channel: 'email' as const, agent: { name: 'Sam Lee' }, timescale: 'by 3pm on Wednesday' };
    for (const kind of ['thanks', 'no-request'] as const) {
      const draft = draftReply(insight({ emotion: { label: kind === 'thanks' ? 'satisfaction' : 'neutral', intensity: 0.6 }, kind }), withTime);
      const door = draft.parts.filter((p) => p.point === 'owner' || p.point === 'timescale');
      expect(door.map((p) => p.point), kind).toEqual(['owner', 'timescale']);
      expect(door[0]!.text, kind).toMatch(/straight to me, and I'll get back to you by 3pm on Wednesday\.$/);
      // Still nothing case-like, and one open door only.
      expect(draft.text, kind).not.toMatch(/sorry|looking after|point of contact|update you/i);
      expect(draft.text.match(/just reply/g), kind).toHaveLength(1);
    }
    // Without a time, no open door that would leave a gap in a light reply.
    const noTime = draftReply(insight({ emotion: { label: 'satisfaction', intensity: 0.6 }, kind: 'thanks' }), { packs: [builtIn], channel: 'email' });
    expect(noTime.text).not.toContain('[when');
  });

  it('takes praise as a kind message only when it was said to us', () => {
    const withText = (text: string) =>
      draftReply(insight({ emotion: { label: 'satisfaction', intensity: 0.7 }, kind: 'thanks', messages: [{ text }] }), ctx).text;
    expect(withText('you lot were brilliant with my booking')).toMatch(/kind message/);
    expect(withText('Cheers, much appreciated')).not.toMatch(/sharing this/);
    expect(withText('Lovely sunset over the harbour tonight')).toMatch(/Thanks for sharing this with us\./);
    expect(withText('Lovely sunset over the harbour tonight')).not.toMatch(/kind message/);
  });

  it('replies to a message that asks for nothing with a short note and a slot, not a case', () => {
    const draft = draftReply(insight({ emotion: { label: 'neutral', intensity: 0 }, kind: 'no-request' }), ctx);
    expect(draft.text).toContain('[your reply here]');
    expect(draft.text).not.toMatch(/sorry|update you|looking after|\[when/i);
  });

  it('leaves a missing time as a visible gap, never a sentence that reads as finished', () => {
    const draft = draftReply(angryAboutDamage, { packs: [builtIn], channel: 'email' });
    const gap = draft.placeholders.find((p) => p.variable === 'timescale')!;
    expect(draft.text.slice(gap.start, gap.end)).toBe('[when: date and time]');
    expect(draft.gaps.find((g) => g.variable === 'timescale')?.index).toBe(gap.start);
    const timescale = draft.parts.find((p) => p.point === 'timescale')!;
    expect(timescale.text).toContain('[when: date and time]');
  });

  it('says "again" only when the history or the conversation shows earlier contact', () => {
    const calm = insight({ emotion: { label: 'neutral', intensity: 0 }, kind: 'question', customer: { firstName: 'Ana' } });
    for (const kind of ['question', 'problem', 'complaint', 'chase', 'thanks', 'no-request'] as const) {
      expect(draftReply({ ...calm, kind }, ctx).text, kind).not.toMatch(/\bagain\b|coming back to me/i);
    }
    expect(draftReply(calm, { ...ctx, earlierContacts: 2 }).text).toMatch(/^Hi again Ana,/);
  });

  it('never puts a gap where their words go: without a restatable phrase it acknowledges in its own words', () => {
    for (const kind of ['problem', 'complaint', 'chase', 'question'] as const) {
      const draft = draftReply(insight({ emotion: { label: 'frustration', intensity: 0.6 }, kind }), ctx);
      expect(draft.missing.filter((m) => m === 'issue' || m === 'question'), kind).toEqual([]);
      expect(draft.text, kind).not.toMatch(/\[insert their/);
    }
  });

  it('does not close an unresolved complaint with pleasantries', () => {
    const draft = draftReply(insight({ emotion: { label: 'anger', intensity: 0.8 }, kind: 'complaint' }), ctx);
    expect(draft.text).not.toMatch(/lovely|enjoy|great to hear|glad/i);
  });

  it('follows an upset question with a sorry and no "I hope that helps"', () => {
    const draft = draftReply(insight({ emotion: { label: 'frustration', intensity: 0.7 }, kind: 'question', complaint: true }), { ...ctx, timescale: 'by Friday' });
    expect(draft.parts.find((p) => p.point === 'heard')?.text).toMatch(/sorry/i);
    expect(draft.text).not.toMatch(/hope that helps/i);
    expect(draft.text).toContain('[your answer here]');
  });

  it('does not apologise to a calm question, even one the complaint reading flags', () => {
    const draft = draftReply(insight({ emotion: { label: 'neutral', intensity: 0 }, kind: 'question', complaint: true }), { ...ctx, timescale: 'by Friday' });
    expect(draft.text).not.toMatch(/sorry/i);
  });

  it('gives a problem that also asks something a slot for the answer, before the plan', () => {
    const asked = insight({ emotion: { label: 'frustration', intensity: 0.4 }, kind: 'problem', messages: [{ text: 'My card keeps getting declined, why?' }] });
    const draft = draftReply(asked, { ...ctx, timescale: 'by Friday' });
    const answer = draft.placeholders.find((p) => p.variable === 'answer')!;
    expect(answer).toBeDefined();
    const owner = draft.parts.find((p) => p.point === 'owner')!;
    expect(answer.start).toBeLessThan(draft.text.indexOf(owner.text));
    const plain = draftReply({ ...asked, messages: [{ text: 'My card keeps getting declined.' }] }, { ...ctx, timescale: 'by Friday' });
    expect(plain.text).not.toContain('[your answer here]');
  });

  it('thanks them once, not in the greeting, the acknowledgement and the closing', () => {
    for (const kind of ['question', 'problem', 'complaint', 'chase', 'thanks', 'no-request'] as const) {
      for (const label of ['neutral', 'frustration', 'anger', 'satisfaction'] as const) {
        const draft = draftReply(insight({ emotion: { label, intensity: 0.6 }, kind }), { ...ctx, timescale: 'by Friday' });
        expect(draft.text.match(/\bthank/gi)?.length ?? 0, `${kind}/${label}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('says "really good to hear" only when they say it is resolved', () => {
    const thanks = insight({ emotion: { label: 'satisfaction', intensity: 0.7 }, kind: 'thanks' });
    expect(draftReply(thanks, ctx).text).not.toMatch(/good to hear/i);
    expect(draftReply({ ...thanks, resolved: true }, ctx).text).toMatch(/good to hear/i);
  });

  it('closes chatter with an open door, never a cheerful sign-off to a boo or a case', () => {
    for (const label of ['neutral', 'frustration', 'anger'] as const) {
      const draft = draftReply(insight({ emotion: { label, intensity: 0.5 }, kind: 'no-request' }), ctx);
      expect(draft.text, label).not.toMatch(/lovely|enjoy|anything else/i);
      expect(draft.text, label).toContain('[your reply here]');
    }
  });

  it('says what a question was about when it cannot be restated, and nothing when it names nothing of theirs', () => {
    const about = insight({ emotion: { label: 'neutral', intensity: 0 }, kind: 'question', messages: [{ text: 'pls sort out my direct debit thing' }] });
    expect(draftReply(about, { ...ctx, timescale: 'by Friday' }).text).toContain('You asked about your direct debit thing.');
    const none = insight({ emotion: { label: 'neutral', intensity: 0 }, kind: 'question', messages: [{ text: 'pls sort it out' }] });
    expect(draftReply(none, { ...ctx, timescale: 'by Friday' }).text).not.toMatch(/You asked/);
  });

  it('asks what went wrong before promising to sort a complaint that names nothing', () => {
    const vague = insight({ emotion: { label: 'anger', intensity: 0.8 }, complaint: true, kind: 'complaint', messages: [{ text: 'Worst company ever.' }] });
    const draft = draftReply(vague, { packs: [builtIn], channel: 'email', timescale: 'by Friday' });
    const owner = draft.parts.find((p) => p.point === 'owner')!;
    expect(owner.text).toMatch(/tell me a little more about what happened/);
    expect(draft.parts.find((p) => p.point === 'timescale')!.text).toMatch(/^Once I have that, .*by Friday/);
    expect(draft.parts.map((p) => p.point)).toEqual(POINTS);
    // Named, asked, or chased: the reply does not ask them to explain again.
    const named = draftReply(angryAboutDamage, { packs: [builtIn], channel: 'email', timescale: 'by Friday' });
    const chased = draftReply({ ...vague, kind: 'chase', repeatContact: [{ text: 'again' }] } as SuggestInsight, { packs: [builtIn], timescale: 'by Friday' });
    const later = draftReply({ ...vague, messages: [{ text: 'My router drops every hour.' }, { text: 'Worst company ever.' }] }, { packs: [builtIn], timescale: 'by Friday' });
    for (const d of [named, chased, later]) expect(d.text).not.toMatch(/what happened|Once I have that/);
  });
});

