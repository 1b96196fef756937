import { describe, expect, it } from 'vitest';
import { ConversationMemory } from '@/lib/conversation/remember';
import type { ConversationSnapshot } from '@/lib/conversation/types';

const ticket: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://rt.example.com/Ticket/Display.html?id=5',
  conversationId: '5',
  subject: 'Blender arrived cracked',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  messages: [{ role: 'customer', text: 'The jug is cracked.' }],
  composer: { found: false },
  channel: 'email',
  confidence: 0.95,
};
const replyPage: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://rt.example.com/Ticket/Update.html?id=5&Action=Respond',
  conversationId: '5',
  subject: 'Blender arrived cracked',
  customer: {},
  messages: [],
  composer: { found: true, kind: 'ckeditor4' },
  confidence: 0.95,
};

describe('ConversationMemory', () => {
  it('fills a reply page that shows no conversation from the last view of that ticket', () => {
    const memory = new ConversationMemory();
    expect(memory.fill(ticket)).toEqual({ snapshot: ticket, fromEarlierView: false });
    const filled = memory.fill(replyPage);
    expect(filled.fromEarlierView).toBe(true);
    expect(filled.snapshot).toEqual({ ...replyPage, customer: ticket.customer, messages: ticket.messages, channel: 'email' });
  });

  it('leaves other conversations alone', () => {
    const memory = new ConversationMemory();
    memory.fill(ticket);
    const other = { ...replyPage, conversationId: '6', url: 'https://rt.example.com/Ticket/Update.html?id=6' };
    expect(memory.fill(other)).toEqual({ snapshot: other, fromEarlierView: false });
  });

  it('forgets the oldest conversations beyond its limit', () => {
    const memory = new ConversationMemory(2);
    for (const id of ['1', '2', '3']) memory.fill({ ...ticket, conversationId: id });
    expect(memory.fill({ ...replyPage, conversationId: '1' }).fromEarlierView).toBe(false);
    expect(memory.fill({ ...replyPage, conversationId: '3' }).fromEarlierView).toBe(true);
  });
});
