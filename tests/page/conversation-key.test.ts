import { describe, expect, it } from 'vitest';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import type { ReadResult } from '@/lib/messaging';
import { conversationKey } from '@/lib/page/conversation-key';

const snapshot = (over: Partial<ConversationSnapshot> = {}): ConversationSnapshot => ({
  helpdesk: 'rt',
  url: 'https://rt.example.com/Ticket/Display.html?id=5',
  conversationId: '5',
  customer: { name: 'Dana Whitfield' },
  messages: [{ role: 'customer', text: 'The blender arrived cracked.' }],
  composer: { found: false },
  confidence: 0.95,
  ...over,
});
const result = (s: ConversationSnapshot | null, ms = 3): ReadResult => ({ snapshot: s, adapter: 'rt', ms, errors: [] });

describe('conversationKey', () => {
  it('changes with the conversation, not with the timing or the reply editor', () => {
    const before = conversationKey(result(snapshot()));
    expect(conversationKey(result(snapshot(), 40))).toBe(before);
    expect(conversationKey(result(snapshot({ composer: { found: true, kind: 'ckeditor4' } })))).toBe(before);
    expect(conversationKey(result(snapshot({ messages: [...snapshot().messages, { role: 'agent', text: 'Sorry to hear that.' }] })))).not.toBe(before);
    expect(conversationKey(result(snapshot({ conversationId: '6' })))).not.toBe(before);
    expect(conversationKey(result(null))).not.toBe(before);
  });

  it('has no draft to key on: the snapshot carries none', () => {
    const composer: ConversationSnapshot['composer'] = { found: true, kind: 'textarea' };
    expect(Object.keys(composer)).toEqual(['found', 'kind']);
  });
});
