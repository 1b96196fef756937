import { describe, expect, it } from 'vitest';
import { PACK_CATEGORIES, PACK_EMOTIONS } from '../../lib/packs/schema';
import { conversationStage, emptyPreferences, recordPick, suggest, type SuggestInsight } from '../../lib/suggest';
import { builtIn, insight, testPack } from './helpers';

const frustratedAboutDelivery = insight({
  emotion: { label: 'frustration', intensity: 0.8 },
  category: { label: 'delivery', confidence: 0.9 },
  mirror: [{ text: "your parcel still hasn't arrived", source: { text: "my parcel still hasn't arrived" } }],
  customer: { firstName: 'Jane' },
});

describe('suggest: ranking', () => {
  const pack = testPack('t', [
    { id: 'generic-sorry', kind: 'apology', text: "I'm sorry for the trouble." },
    { id: 'anger-sorry', kind: 'apology', text: "I'm truly sorry this has made you so angry.", emotions: ['anger'] },
    { id: 'frustration-sorry', kind: 'apology', text: "I'm sorry you've had to chase us.", emotions: ['frustration'] },
    { id: 'delivery-ack', kind: 'acknowledge', text: 'I can see {{issue|your parcel is late}}.', categories: ['delivery'] },
    { id: 'billing-ack', kind: 'acknowledge', text: 'Thanks for flagging the charge.', categories: ['billing'] },
    { id: 'generic-ack', kind: 'acknowledge', text: 'Thanks for getting in touch.' },
  ]);

  it('prefers phrases written for the detected emotion, and leaves out those for another', () => {
    const result = suggest(insight({ emotion: { label: 'anger', intensity: 0.8 } }), { packs: [pack], kinds: ['apology'] });
    expect(result.map((s) => s.phrase.id)).toEqual(['anger-sorry', 'generic-sorry']);
  });

  it('prefers phrases for the detected category, and leaves out those for another', () => {
    const result = suggest(frustratedAboutDelivery, { packs: [pack], kinds: ['acknowledge'] });
    expect(result.map((s) => s.phrase.id)).toEqual(['delivery-ack', 'generic-ack']);
  });

  it('ranks the built-in pack by emotion and category too', () => {
    const top = suggest(frustratedAboutDelivery, { packs: [builtIn], channel: 'email', kinds: ['acknowledge', 'empathy', 'apology'] });
    expect(top.length).toBeGreaterThan(3);
    for (const s of top.slice(0, 3)) {
      const forEmotion = !s.phrase.emotions || s.phrase.emotions.includes('frustration');
      expect(forEmotion, s.phrase.id).toBe(true);
      expect(s.phrase.categories?.includes('delivery') || s.phrase.emotions?.includes('frustration'), s.phrase.id).toBe(true);
    }
    const satisfied = suggest(insight({ emotion: { label: 'satisfaction', intensity: 0.7 }, kind: 'thanks' }), { packs: [builtIn], kinds: ['acknowledge', 'apology'] });
    expect(satisfied.length).toBeGreaterThan(0);
    for (const s of satisfied) expect(s.phrase.messageKinds ?? ['thanks'], s.phrase.id).toContain('thanks');
  });

  it('offers a phrase for a secondary feeling, below one for the main feeling', () => {
    const mixed = insight({ emotion: { label: 'anger', intensity: 0.7 }, emotions: [{ label: 'anger', intensity: 0.7 }, { label: 'frustration', intensity: 0.5 }] });
    const ids = suggest(mixed, { packs: [pack], kinds: ['apology'] }).map((s) => s.phrase.id);
    expect(ids.indexOf('anger-sorry')).toBeLessThan(ids.indexOf('frustration-sorry'));
    expect(ids).toContain('frustration-sorry');
  });

  it('respects intensity bounds, channels and the stage of the conversation', () => {
    const p = testPack('bounds', [
      { id: 'strong', kind: 'empathy', text: 'This has clearly been awful.', minIntensity: 0.6 },
      { id: 'light', kind: 'empathy', text: 'Sorry about the wait there.', maxIntensity: 0.3 },
      { id: 'chat-only', kind: 'ownership', text: "I'll stay on the chat with you.", channels: ['chat'] },
      { id: 'repeat-only', kind: 'apology', text: "I'm sorry you've had to come back to us about this.", stages: ['repeat'] },
    ]);
    const mild = insight({ emotion: { label: 'frustration', intensity: 0.2 } });
    const strong = insight({ emotion: { label: 'frustration', intensity: 0.9 } });
    expect(suggest(mild, { packs: [p], kinds: ['empathy'] }).map((s) => s.phrase.id)).toEqual(['light']);
    expect(suggest(strong, { packs: [p], kinds: ['empathy'] }).map((s) => s.phrase.id)).toEqual(['strong']);
    expect(suggest(mild, { packs: [p], channel: 'email', kinds: ['ownership'] })).toEqual([]);
    expect(suggest(mild, { packs: [p], channel: 'chat', kinds: ['ownership'] })).toHaveLength(1);
    expect(suggest(mild, { packs: [p], stage: 'first', kinds: ['apology'] })).toEqual([]);
    expect(suggest(mild, { packs: [p], stage: 'repeat', kinds: ['apology'] })).toHaveLength(1);
    // Repeat-contact cues from the analysis make it a repeat contact when the stage is not given.
    expect(suggest({ ...mild, repeatContact: [{}] }, { packs: [p], kinds: ['apology'] })).toHaveLength(1);
  });

  it("a team's pack wins a tie with the built-in one", () => {
    const team = testPack('team', [{ id: 'ack', kind: 'acknowledge', text: 'Thanks for writing to the Acme team.' }]);
    const builtInLike = testPack('builtin', [{ id: 'ack', kind: 'acknowledge', text: 'Thank you for your message today.' }]);
    const result = suggest(insight({ emotion: { label: 'neutral', intensity: 0 } }), { packs: [team, builtInLike] });
    expect(result.map((s) => s.key)).toEqual(['team/ack', 'builtin/ack']);
  });

  it('explains why, naming the feeling, its intensity and the words it mirrors', () => {
    const [first] = suggest(frustratedAboutDelivery, { packs: [pack], kinds: ['acknowledge'] });
    expect(first?.why).toBe("For delivery issues; mirrors their words 'my parcel still hasn't arrived'");
    const [apology] = suggest(frustratedAboutDelivery, { packs: [pack], kinds: ['apology'] });
    expect(apology?.why).toBe('Fits frustration at high intensity');
  });

  it('limits the list, and the number of one kind', () => {
    const result = suggest(frustratedAboutDelivery, { packs: [builtIn], limit: 6, perKind: 2 });
    expect(result).toHaveLength(6);
    const perKind = new Map<string, number>();
    for (const s of result) perKind.set(s.kind, (perKind.get(s.kind) ?? 0) + 1);
    for (const count of perKind.values()) expect(count).toBeLessThanOrEqual(2);
    expect(result.map((s) => s.score)).toEqual([...result.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('leaves out phrases already used', () => {
    const first = suggest(frustratedAboutDelivery, { packs: [pack], kinds: ['acknowledge'] });
    const again = suggest(frustratedAboutDelivery, { packs: [pack], kinds: ['acknowledge'], exclude: [first[0]!.key] });
    expect(again.map((s) => s.key)).not.toContain(first[0]!.key);
  });
});

describe('suggest: near-duplicates', () => {
  it('keeps only the better of two near-identical phrases', () => {
    const pack = testPack('dupes', [
      { id: 'a', kind: 'apology', text: "I'm so sorry you've had this experience.", emotions: ['anger'] },
      { id: 'b', kind: 'apology', text: "I'm really sorry you've had this experience." },
      { id: 'c', kind: 'apology', text: "I'm sorry for the worry this has caused." },
    ]);
    const ids = suggest(insight({ emotion: { label: 'anger', intensity: 0.6 } }), { packs: [pack] }).map((s) => s.phrase.id);
    expect(ids).toEqual(['a', 'c']);
  });

  it('never offers two near-duplicates from the built-in pack', async () => {
    const { contentWords, isNearDuplicate } = await import('../../lib/suggest');
    for (const emotion of PACK_EMOTIONS) {
      const list = suggest(insight({ emotion: { label: emotion, intensity: 0.6 } }), { packs: [builtIn], limit: 30, perKind: 5 });
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          expect(isNearDuplicate(contentWords(list[i]!.text), contentWords(list[j]!.text)), `${list[i]!.key} ~ ${list[j]!.key}`).toBe(false);
        }
      }
    }
  });
});

describe('suggest: learning from the agent', () => {
  it('ranks a picked phrase higher next time', () => {
    const pack = testPack('learn', [
      { id: 'first', kind: 'empathy', text: 'I can see why this is frustrating.' },
      { id: 'second', kind: 'empathy', text: 'That sounds like a lot of hassle to deal with.' },
    ]);
    const who = insight({ emotion: { label: 'frustration', intensity: 0.5 } });
    const before = suggest(who, { packs: [pack] });
    expect(before.map((s) => s.phrase.id)).toEqual(['first', 'second']);
    const picked = before[1]!;
    const prefs = recordPick(emptyPreferences(), picked);
    const after = suggest(who, { packs: [pack], preferences: prefs });
    expect(after.map((s) => s.phrase.id)).toEqual(['second', 'first']);
    expect(after[0]!.why).toMatch(/you've picked it once/i);
  });

  it('records picks without changing the model it was given', () => {
    const empty = emptyPreferences();
    const once = recordPick(empty, { key: 'p/a', kind: 'apology' });
    const twice = recordPick(once, { key: 'p/a', kind: 'apology' });
    expect(empty).toEqual({ version: 1, picks: {}, kinds: {}, total: 0 });
    expect(once.picks).toEqual({ 'p/a': 1 });
    expect(twice).toEqual({ version: 1, picks: { 'p/a': 2 }, kinds: { apology: 2 }, total: 2 });
  });

  it('stays small: halves the counts once the total passes the limit', () => {
    let prefs = emptyPreferences();
    for (let i = 0; i < 501; i++) prefs = recordPick(prefs, { key: i % 2 ? 'p/a' : 'p/b', kind: 'empathy' });
    expect(prefs.total).toBeLessThan(300);
    expect(prefs.picks['p/a']).toBeGreaterThan(100);
  });
});

describe('suggest: filled in, never broken', () => {
  it('fills the customer, agent, company, mirrored issue and ticket id', () => {
    const pack = testPack('vars', [
      { id: 'all', kind: 'ownership', text: "Hi {{customer.firstName}}, I'm {{agent.firstName}} at {{company}}. About {{ticket.id}}: {{issue}}." },
    ]);
    const [s] = suggest(frustratedAboutDelivery, { packs: [pack], agent: { name: 'Sam Lee' }, company: 'Acme', ticketId: '4821' });
    expect(s?.text).toBe("Hi Jane, I'm Sam at Acme. About 4821: your parcel still hasn't arrived.");
    expect(s?.missing).toEqual([]);
  });

  it('reports a missing timescale instead of inventing one', () => {
    const list = suggest(frustratedAboutDelivery, { packs: [builtIn], kinds: ['timescale'], channel: 'email' });
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      expect(s.missing).toContain('timescale');
      expect(s.why).toMatch(/needs timescale/i);
      // The gap is visible where the time goes, never a sentence that reads as finished.
      const marker = s.placeholders.find((p) => p.variable === 'timescale')!;
      expect(s.text.slice(marker.start, marker.end)).toBe('[when: date and time]');
      expect(s.gaps[0]?.index).toBe(marker.start);
    }
    const filled = suggest(frustratedAboutDelivery, { packs: [builtIn], kinds: ['timescale'], timescale: 'by 3pm on Wednesday' });
    expect(filled[0]?.text).toContain('by 3pm on Wednesday');
    expect(filled[0]?.missing).toEqual([]);
  });

  it('never produces an unresolved {{…}} or "Hi ," for any feeling, category, channel or stage', () => {
    const channels = ['email', 'chat', 'social', 'unknown'] as const;
    const stages = ['first', 'followup', 'repeat'] as const;
    let n = 0;
    for (const emotion of PACK_EMOTIONS) {
      for (const category of PACK_CATEGORIES) {
        for (const intensity of [0.2, 0.6, 0.9]) {
          // Every channel and stage comes round across the combinations.
          const channel = channels[n % channels.length];
          const stage = stages[Math.floor(n / channels.length) % stages.length];
          n++;
          const who: SuggestInsight = { emotion: { label: emotion, intensity }, category: { label: category, confidence: 0.8 } };
          for (const s of suggest(who, { packs: [builtIn], channel, stage, limit: 40, perKind: 10 })) {
            expect(s.text, s.key).not.toMatch(/\{\{|\}\}/);
            expect(s.text, s.key).not.toMatch(/\b(?:Hi|Hello|Dear)\s+,/);
            expect(s.text, s.key).not.toMatch(/ [,.;:!?]/);
          }
        }
      }
    }
  });
});

describe('conversationStage', () => {
  it('is first before any agent reply, follow-up after, repeat when the customer says so', () => {
    expect(conversationStage([{ role: 'customer' }])).toBe('first');
    expect(conversationStage([{ role: 'customer' }, { role: 'agent' }, { role: 'customer' }])).toBe('followup');
    expect(conversationStage([{ role: 'customer' }], { repeatContact: [{}] })).toBe('repeat');
  });
});
