/**
 * Properties every drafted reply keeps, over messages written for this test in the way customers
 * write to support inboxes and brand accounts (questions, problem reports, complaints, chases,
 * thanks, chatter; typos, lower case, no punctuation). Each message goes through the real analysis
 * and the built-in pack, as in the panel and `tactful draft`.
 */
import nlp from 'compromise/three';
import { describe, expect, it } from 'vitest';
import { analyzeConversation, createAnalysisCache } from '../../lib/analysis';
import type { ConversationSnapshot } from '../../lib/conversation/types';
import { checkReply } from '../../lib/guard';
import { draftReply, type DraftReply } from '../../lib/suggest';
import { PLACEHOLDER_TEXT } from '../../lib/suggest/placeholders';
import { builtIn } from './helpers';

const MESSAGES: readonly string[] = [
  // Questions and plain requests.
  'Do you ship to Ireland?',
  'hi, how do i change the address on my account',
  'Can you resend the invoice for my last order please?',
  'What time does the Leeds branch close on Saturdays?',
  'Is it possible to pay in three instalments?',
  "I'd like to know whether my warranty covers the battery.",
  'wondering if the blue one comes in a larger size',
  'Could someone tell me how to reset my PIN',
  'Why has my direct debit gone out twice this month?',
  'Where can I find my booking reference',
  'Please cancel my subscription from next month.',
  'Any idea when the summer range will be back in stock?',
  // Problem reports, calm.
  "The app crashes every time I open the settings page.",
  "My parcel was marked as delivered but it isn't here.",
  'The card reader at the checkout keeps rejecting my card',
  "I can't log in since the update, it says my password is wrong",
  'my order arrived with the lid cracked',
  'The tracking page has not changed for five days.',
  'the refund you promised has not reached my account',
  "Internet keeps dropping out in the evenings",
  'The heating engineer never turned up for the 9am slot.',
  'I was charged for delivery even though I used the free delivery code',
  // Complaints.
  'This is a disgrace. Three weeks and still no refund!!',
  "Absolutely useless customer service, nobody has a clue what they're doing",
  "Your driver threw my parcel over the fence and it's ruined. Not happy.",
  'Worst experience ever, the room was filthy and the staff were rude',
  'I am furious. You cut off my phone line without any warning.',
  'Really disappointed with the quality, it fell apart after two washes',
  'Great, another cancelled train. Thanks a lot.',
  "Well done, you've managed to lose my order AGAIN",
  // Chases.
  "It's the third time I've asked and nobody has got back to me",
  'Still waiting for a reply to my email from last week',
  'Hello?? Is anyone actually reading these messages?',
  "I've called four times now and I'm still waiting for the engineer",
  'Chasing this again, my refund still has not come through',
  // Thanks and resolution.
  'Thank you so much, that fixed it!',
  'Thanks, the parcel arrived this morning.',
  'Brilliant service from Priya today, thank you',
  'All sorted now, cheers for your help',
  'thanks',
  // No request, chatter.
  'Watching the match with my brother tonight',
  'Happy Friday everyone',
  'Just landed in Lisbon',
  'Ha, that made my day',
  'Booooo',
  'nice',
  // Mixed and awkward.
  'hi my name is Dev and i have a problem with my bill can you help',
  "I'm not angry, just confused about why my bill went up",
  'so the app logs me out every five minutes, is that normal?',
  "the website says out of stock but the shop says you have them, which is it",
  "I've been trying to get through on the phone all morning. Can someone call me back?",
  'my son ordered this by mistake, can I return it unopened?',
  'no signal at all in the town centre since yesterday',
  "You sent me the wrong size and now the party's tomorrow. What are you going to do about it?",
  "Can't believe I have to pay for a replacement when it broke within a week",
  'Please help, my account has been locked and I need to pay my rent today',
  'Ordered on the 3rd, still not dispatched. Any update?',
  "I think someone else has been using my card",
];

const TIME = 'by 3pm on Wednesday (9 Dec)';
const CASES = new Set(['question', 'problem', 'complaint', 'chase']);

function snapshot(text: string): ConversationSnapshot {
  return {
    helpdesk: 'test',
    url: 'https://desk.example.com/t/1',
    customer: { name: 'Jordan Lee' },
    messages: [{ role: 'customer', text }],
    composer: { found: false },
    channel: 'email',
    confidence: 1,
  };
}

interface Drafted {
  message: string;
  insight: ReturnType<typeof analyzeConversation>;
  draft: DraftReply;
}

const cache = createAnalysisCache();
const drafted: Drafted[] = MESSAGES.map((message) => {
  const insight = analyzeConversation(snapshot(message), { cache });
  const draft = draftReply(insight, { packs: [builtIn], channel: 'email', timescale: TIME, agent: { name: 'Sam Rivera' }, customer: { name: 'Jordan Lee' } });
  return { message, insight, draft };
});

/** The draft's sentences, without the greeting line, the sign-off and the marked slots. */
function sentences(draft: DraftReply): string[] {
  const markers = Object.values(PLACEHOLDER_TEXT);
  const lines = draft.text.split('\n').filter((l) => l.trim());
  const body = lines.filter((l) => !/^(?:Hi|Hello)\b.*,$/.test(l) && !/^(?:Best wishes|Kind regards|Warm regards),$/.test(l) && !/^\S+$/.test(l.trim()));
  const out: string[] = [];
  for (const line of body) {
    let text = line;
    for (const m of markers) text = text.split(m).join(' ');
    // "Hi Jordan, thanks for getting in touch." keeps its second half.
    text = text.replace(/^(?:Hi|Hello)\b[^,]*,\s*/, '');
    for (const s of text.split(/(?<=[.!?])\s+/)) if (s.trim()) out.push(s.trim());
  }
  return out;
}

describe('drafted replies over development-like messages', () => {
  it('has a verb in every sentence', { timeout: 60_000 }, () => {
    const broken: string[] = [];
    for (const { message, draft } of drafted) {
      for (const s of sentences(draft)) {
        // "Thanks for …" is an English formula with the verb understood.
        if (/^thanks\b/i.test(s)) continue;
        if (!nlp(s).verbs().found) broken.push(`${message} → ${s}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never puts a question mark inside what it says back', () => {
    for (const { message, draft } of drafted) {
      const heard = draft.parts.find((p) => p.point === 'heard');
      if (heard) expect(heard.text, message).not.toContain('?');
    }
  });

  it('never takes a first-person claim from the customer into the agent’s mouth', () => {
    for (const { message, draft } of drafted) {
      // Each "I …" / "my …" run of three words the customer wrote must not appear as the agent's "I …" / "my …".
      const words = message.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
      const drafts = ` ${draft.text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ')} `;
      for (let i = 0; i + 2 < words.length; i++) {
        if (words[i] !== 'i' && words[i] !== 'my' && words[i] !== "i'm" && words[i] !== "i've") continue;
        const run = ` ${words.slice(i, i + 3).join(' ')} `;
        expect(drafts.includes(run), `${message} → ${run}`).toBe(false);
      }
    }
  });

  it('gives every case (question, problem, complaint, chase) an owner, a concrete timescale and updates', () => {
    const cases = drafted.filter((d) => CASES.has(d.draft.shape));
    expect(cases.length).toBeGreaterThan(MESSAGES.length / 2);
    for (const { message, draft } of cases) {
      const check = checkReply(draft.text, { timescalePhrase: TIME });
      expect({ owner: check.owner.ok, timescale: check.timescale.ok, updates: check.updates.ok }, `${draft.shape}: ${message}\n${draft.text}`).toEqual({
        owner: true,
        timescale: true,
        updates: true,
      });
      expect(draft.text, message).toContain(TIME);
      expect(draft.parts.map((p) => p.point).sort(), message).toEqual(['heard', 'owner', 'timescale', 'updates']);
    }
  });

  it('keeps thanks and chatter short and warm, with nothing case-like', () => {
    const light = drafted.filter((d) => d.draft.shape === 'thanks' || d.draft.shape === 'no-request');
    expect(light.length).toBeGreaterThan(5);
    for (const { message, draft } of light) {
      // The one sentence with a time is the open door: who picks up anything else, and by when.
      const door = draft.text.split(/\n\n/).filter((p) => p.includes(TIME));
      expect(door.length, message).toBeLessThanOrEqual(1);
      for (const p of door) expect(p, message).toMatch(/^If .*just reply here\. It'll come straight to me, and I'll get back to you /);
      const rest = draft.text.split(/\n\n/).filter((p) => !p.includes(TIME)).join('\n\n');
      expect(rest, message).not.toMatch(/sorry|update you|looking after|point of contact|myself|\bby \d|\[when/i);
      expect(draft.text.split(/\n\n/).length, message).toBeLessThanOrEqual(5);
    }
  });

  it('never closes a complaint or a chase cheerfully, nor answers one with "good question"', () => {
    for (const { message, draft } of drafted.filter((d) => d.draft.shape === 'complaint' || d.draft.shape === 'chase')) {
      expect(draft.text, message).not.toMatch(/lovely|enjoy|great to hear|glad|good question|fair question|hope that helps/i);
    }
  });

  it('leaves only marked gaps for the agent: the answer, their reply — never a half-finished sentence', () => {
    const markers = new Set(Object.values(PLACEHOLDER_TEXT));
    for (const { message, draft } of drafted) {
      for (const m of draft.text.match(/\[[^\]]*\]/g) ?? []) expect(markers.has(m), `${message}: ${m}`).toBe(true);
      for (const p of draft.placeholders) expect(draft.text.slice(p.start, p.end), message).toBe(PLACEHOLDER_TEXT[p.variable]);
      // "before then", "by then" point at the time: only beside it.
      if (/\b(?:before|by) then\b/i.test(draft.text)) expect(draft.text, message).toContain(TIME);
      if (draft.shape === 'question') expect(draft.missing, message).toContain('answer');
    }
  });

  it('greets by name and says "again" only when there was earlier contact', () => {
    for (const { message, draft } of drafted) {
      expect(draft.text, message).toMatch(/^Hi Jordan,/);
      expect(draft.text, message).not.toMatch(/\bHi again\b|coming back to me|read back through/i);
    }
  });
});
