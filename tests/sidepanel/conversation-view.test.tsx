import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConversationView, OPENING_MS } from '@/components/sidepanel/ConversationView';
import type { ConversationSnapshot, Message } from '@/lib/conversation/types';
import { partialNote, type ExpandOutcome } from '@/lib/panel';

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

describe('conversation view: opening the previews in the helpdesk', () => {
  const WHOLE = PREVIEWS.map(({ partial: _partial, ...whole }, i) => ({ ...whole, id: whole.id ?? `w${i}` }));
  /** An answer the test gives when it likes. */
  function deferred() {
    let answer!: (outcome: ExpandOutcome) => void;
    const onExpand = vi.fn(() => new Promise<ExpandOutcome>((resolve) => (answer = resolve)));
    return { onExpand, answer: (outcome: ExpandOutcome) => act(() => answer(outcome)) };
  }

  it('offers, under the note, to open them all in Gmail; says "Opening…" until the whole messages are read, then goes', async () => {
    const { onExpand, answer } = deferred();
    const { rerender } = render(<ConversationView snapshot={snapshot('gmail', PREVIEWS)} onExpand={onExpand} />);
    const button = screen.getByRole('button', { name: 'Open them all in Gmail' });
    // Right under the note, before the list.
    expect(screen.getByRole('note').nextElementSibling).toBe(button);
    // From the keyboard: it takes the focus, and Enter presses it.
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onExpand).toHaveBeenCalledTimes(1);
    expect(button).toHaveAccessibleName('Opening…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    // Pressed again while it works: asked once only.
    await userEvent.click(button);
    expect(onExpand).toHaveBeenCalledTimes(1);
    await answer({ ok: true, pressed: 4 });
    // Gmail opened them, but its page has not been read again yet.
    expect(button).toHaveAccessibleName('Opening…');
    rerender(<ConversationView snapshot={snapshot('gmail', WHOLE)} onExpand={onExpand} />);
    expect(screen.queryByRole('button', { name: /Open them all|Opening/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('is itself again when the new reading comes before the answer and still holds previews', async () => {
    const { onExpand, answer } = deferred();
    const { rerender } = render(<ConversationView snapshot={snapshot('gmail', PREVIEWS)} onExpand={onExpand} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open them all in Gmail' }));
    rerender(<ConversationView snapshot={snapshot('gmail', [...PREVIEWS])} onExpand={onExpand} />);
    await answer({ ok: true, pressed: 1 });
    expect(screen.getByRole('button', { name: 'Open them all in Gmail' })).not.toHaveAttribute('aria-disabled');
  });

  it('says so when Gmail had nothing to open, or could not be reached', async () => {
    const { onExpand, answer } = deferred();
    render(<ConversationView snapshot={snapshot('gmail', PREVIEWS)} onExpand={onExpand} />);
    const button = screen.getByRole('button', { name: 'Open them all in Gmail' });
    expect(screen.getByRole('status')).toHaveTextContent('');
    await userEvent.click(button);
    await answer({ ok: true, pressed: 0 });
    expect(screen.getByRole('status')).toHaveTextContent('Gmail had nothing Tactful could open. Open the messages there yourself for their full text.');
    expect(button).toHaveAccessibleName('Open them all in Gmail');
    await userEvent.click(button);
    expect(screen.getByRole('status')).toHaveTextContent('');
    await answer({ ok: false, reason: "Tactful can't reach the helpdesk tab. Reload it and try again." });
    expect(screen.getByRole('status')).toHaveTextContent("Tactful can't reach the helpdesk tab. Reload it and try again.");
  });

  it('stops saying "Opening…" when the page never changes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { onExpand, answer } = deferred();
      render(<ConversationView snapshot={snapshot('gmail', PREVIEWS)} onExpand={onExpand} />);
      const button = screen.getByRole('button', { name: 'Open them all in Gmail' });
      act(() => button.click());
      await answer({ ok: true, pressed: 2 });
      expect(button).toHaveAccessibleName('Opening…');
      act(() => void vi.advanceTimersByTime(OPENING_MS));
      expect(button).toHaveAccessibleName('Open them all in Gmail');
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers nothing for a helpdesk whose adapter cannot open messages, nor for a conversation the page no longer shows', () => {
    const onExpand = vi.fn();
    const { rerender } = render(<ConversationView snapshot={snapshot('somewhere', PREVIEWS)} onExpand={onExpand} />);
    expect(screen.queryByRole('button', { name: /Open them all/ })).not.toBeInTheDocument();
    rerender(<ConversationView snapshot={snapshot('gmail', PREVIEWS)} fromEarlierView onExpand={onExpand} />);
    expect(screen.queryByRole('button', { name: /Open them all/ })).not.toBeInTheDocument();
    rerender(<ConversationView snapshot={snapshot('gmail', PREVIEWS)} />);
    expect(screen.queryByRole('button', { name: /Open them all/ })).not.toBeInTheDocument();
  });
});
