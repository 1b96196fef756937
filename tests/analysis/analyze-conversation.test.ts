import { describe, expect, it } from 'vitest';
import { analyzeConversation, createAnalysisCache, firstNameOf, nameFromEmail } from '../../lib/analysis';
import type { ConversationSnapshot, Message } from '../../lib/conversation/types';

function snapshot(messages: Message[], customer: ConversationSnapshot['customer'] = {}): ConversationSnapshot {
  return { helpdesk: 'generic', url: 'https://help.example.com/t/1', customer, messages, composer: { found: false }, confidence: 1 };
}

const thread: Message[] = [
  { role: 'customer', text: 'I ordered a lamp two weeks ago and it still has not arrived.' },
  { role: 'agent', text: 'I am so sorry, this is terrible, I am furious on your behalf.' },
  { role: 'customer', text: 'This is the third time I have asked. Where is my parcel?!' },
  { role: 'note', text: 'Customer is angry, escalate.' },
];

describe('analyzeConversation', () => {
  it("reads only the customer's messages", () => {
    const insight = analyzeConversation(snapshot(thread), { cache: createAnalysisCache() });
    expect(insight.messages.map((m) => m.index)).toEqual([0, 2]);
    expect(insight.emotion.label).toBe('frustration');
    expect(insight.emotion.spans.every((s) => s.messageIndex === 0 || s.messageIndex === 2)).toBe(true);
    expect(insight.complaint).toBe(true);
    expect(insight.category.label).toBe('delivery');
    expect(insight.repeatContact.map((s) => s.text)).toContain('third time');
  });

  it('weighs recent messages more: anger that was followed by thanks reads as satisfied', () => {
    const insight = analyzeConversation(
      snapshot([
        { role: 'customer', text: 'This is ridiculous, I am so angry, nothing works!' },
        { role: 'agent', text: 'Fixed it for you.' },
        { role: 'customer', text: 'Thank you so much, that is brilliant, all sorted now :)' },
      ]),
      { cache: createAnalysisCache() },
    );
    expect(insight.emotion.label).toBe('satisfaction');
    expect(insight.polarity).toBe('positive');
    expect(insight.messages.map((m) => m.weight)).toEqual([0.5, 1]);
  });

  it('gives the same insight incrementally as from scratch, analysing only the new message', () => {
    const cache = createAnalysisCache();
    const first = analyzeConversation(snapshot(thread), { cache });
    const next = [...thread, { role: 'customer' as const, text: "If it isn't here by Friday I will cancel my account." }];
    const incremental = analyzeConversation(snapshot(next), { cache, previous: first });
    const full = analyzeConversation(snapshot(next), { cache: createAnalysisCache() });
    expect(incremental).toEqual(full);
    // The earlier messages' analyses were reused, not redone.
    expect(incremental.messages[0]?.analysis).toBe(first.messages[0]?.analysis);
    expect(incremental.escalation.map((e) => e.risk)).toEqual(['cancel']);
    expect(incremental.urgency.score).toBeGreaterThan(0.4);
  });

  it('is neutral and "other" for a conversation with no customer words', () => {
    const insight = analyzeConversation(snapshot([{ role: 'agent', text: 'Hello!' }]), { cache: createAnalysisCache() });
    expect(insight.emotion.label).toBe('neutral');
    expect(insight.category.label).toBe('other');
    expect(insight.complaint).toBe(false);
    expect(insight.messages).toEqual([]);
  });

  it('offers phrases to mirror, newest first', () => {
    const insight = analyzeConversation(snapshot(thread), { cache: createAnalysisCache() });
    expect(insight.mirror[0]?.messageIndex).toBe(2);
    expect(insight.mirror.map((m) => m.text)).toContain('you ordered a lamp two weeks ago and it still has not arrived');
  });
});

describe('the name to address the customer by', () => {
  it('prefers the helpdesk name, then a sign-off, then an e-mail address', () => {
    const signed: Message[] = [{ role: 'customer', text: 'Where is my order?\n\nKind regards,\nPriya Shah' }];
    const cache = createAnalysisCache();
    expect(analyzeConversation(snapshot(signed, { name: 'Dr. Maria López' }), { cache }).customer).toEqual({
      firstName: 'Maria',
      fullName: 'Dr. Maria López',
      source: 'helpdesk',
    });
    expect(analyzeConversation(snapshot(signed, { email: 'x@example.com' }), { cache }).customer).toEqual({ firstName: 'Priya', source: 'signature' });
    expect(analyzeConversation(snapshot([{ role: 'customer', text: 'hi' }], { email: 'sam.lee@example.com' }), { cache }).customer).toEqual({
      firstName: 'Sam',
      source: 'email',
    });
    expect(analyzeConversation(snapshot([{ role: 'customer', text: 'hi' }], { email: 'info@example.com' }), { cache }).customer).toEqual({ source: 'none' });
  });

  it('reads first names from the forms helpdesks show', () => {
    expect(firstNameOf('Jane Doe')).toBe('Jane');
    expect(firstNameOf('DOE, JANE')).toBe('Jane');
    expect(firstNameOf('Mr John Smith')).toBe('John');
    expect(firstNameOf('jane.doe@example.com')).toBeUndefined();
    expect(firstNameOf('user12345')).toBeUndefined();
    expect(nameFromEmail('jdoe@example.com')).toBeUndefined();
  });
});
