import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConversationView } from '@/components/sidepanel/ConversationView';
import type { ConversationSnapshot, Message } from '@/lib/conversation/types';
import { partialNote } from '@/lib/panel';

const GMAIL_NOTE = "Earlier messages are shown as Gmail's previews — open them in Gmail for the full text.";

function snapshot(helpdesk: string, messages: Message[]): ConversationSnapshot {
  return {
    helpdesk,
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKbPqRsTvWxYzAbCdEfGhJkLm',
    subject: 'Refund for my cancelled class pass',
    customer: { name: 'Jordan Blake', email: 'jordan.blake@example.com' },
    messages,
    composer: { found: true, kind: 'contenteditable' },
    channel: 'email',
    confidence: 0.85,
  };
}

const PREVIEWS: Message[] = [
  { role: 'customer', author: 'Jordan Blake', text: 'The studio cancelled my classes and I still have 6 left.', partial: true },
  { role: 'agent', author: 'Sam Rivera', text: 'I have passed your request to our billing team.', partial: true },
  { role: 'customer', author: 'Jordan Blake', text: 'I have heard nothing from billing.', partial: true },
  { id: 'b', role: 'agent', author: 'Sam Rivera', text: 'Billing have approved a refund for the 6 classes.' },
  { id: 'c', role: 'customer', author: 'Jordan Blake', text: 'Will I get an e-mail when it is sent?' },
];

describe('conversation view: messages the page shows only as previews', () => {
  it('says once that earlier messages are previews, naming the helpdesk, and marks each preview', async () => {
    render(<ConversationView snapshot={snapshot('gmail', PREVIEWS)} />);
    expect(screen.getAllByRole('note').map((note) => note.textContent)).toEqual([GMAIL_NOTE]);

    await userEvent.click(screen.getByRole('button', { name: 'Show 2 earlier messages' }));
    const items = within(screen.getByRole('list', { name: 'Messages' })).getAllByRole('listitem');
    expect(items.map((item) => within(item).queryByText('preview') !== null)).toEqual([true, true, true, false, false]);
  });

  it('shows no note when every message is whole', () => {
    render(<ConversationView snapshot={snapshot('gmail', PREVIEWS.map(({ partial: _partial, ...whole }) => whole))} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.queryByText('preview')).not.toBeInTheDocument();
  });

  it('names no helpdesk it does not know', () => {
    expect(partialNote(snapshot('somewhere', PREVIEWS))).toBe("Earlier messages are shown as the helpdesk's previews — open them in the helpdesk for the full text.");
    expect(partialNote(snapshot('somewhere', PREVIEWS.slice(3)))).toBeUndefined();
  });
});
