import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistorySection } from '@/components/sidepanel/history/HistorySection';
import { HistoryView } from '@/components/sidepanel/history/HistoryView';
import type { ContactRecord, CustomerRecord } from '@/lib/db';
import { openDatabase } from '@/lib/db';
import { recordConversation, recordPromise, summarizeHistory, type HistorySummary } from '@/lib/history';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const customer: CustomerRecord = {
  id: 'email:ana@example.com',
  name: 'Ana Ruiz',
  email: 'ana@example.com',
  seenOn: [],
  firstSeenAt: daysAgo(90),
  lastSeenAt: daysAgo(0),
  keys: ['email:ana@example.com'],
};
const contact = (id: string, ago: number, extra: Partial<ContactRecord> = {}): ContactRecord => ({
  id,
  customerId: customer.id,
  helpdesk: 'zendesk',
  origin: 'https://acme.zendesk.com',
  url: 'https://acme.zendesk.com/x',
  subject: `Ticket ${id}`,
  messageCount: 1,
  firstSeenAt: daysAgo(ago),
  lastSeenAt: daysAgo(ago),
  ...extra,
});

function summary(): HistorySummary {
  return summarizeHistory({
    customer,
    contacts: [
      contact('a', 40, { category: 'delivery', emotion: 'anxiety', intensity: 0.4, resolved: false }),
      contact('b', 12, { category: 'delivery', emotion: 'frustration', intensity: 0.6, helpdesk: 'gmail', origin: 'https://mail.google.com' }),
      contact('c', 0, { category: 'delivery', emotion: 'anger', intensity: 0.9 }),
    ],
    notes: [{ id: 'n1', customerId: customer.id, text: 'Works nights.', createdAt: daysAgo(12), updatedAt: daysAgo(12) }],
    promises: [
      { id: 'p1', customerId: customer.id, contactId: 'a', text: 'Courier will call Tuesday', madeAt: daysAgo(40), dueAt: daysAgo(38), state: 'missed' },
      { id: 'p2', customerId: customer.id, contactId: 'b', text: 'Update by Friday', madeAt: daysAgo(12), dueAt: daysAgo(9), state: 'open' },
    ],
    currentContactId: 'c',
    now: NOW,
  });
}

const noop = async () => {};

describe('HistoryView', () => {
  it('shows the story so far: repeat flag, counts, helpdesks, topics, feelings in words, promises and notes', () => {
    render(<HistoryView summary={summary()} onAddNote={noop} onEditNote={noop} />);
    expect(screen.getByTestId('history-repeat')).toHaveTextContent('3rd contact about a delivery in 90 days');
    expect(screen.getByTestId('history-counts')).toHaveTextContent('2 earlier contacts · 2 in the last 30 days, 3 in 90');
    expect(screen.getByText(/Across acme\.zendesk\.com \(2\), mail\.google\.com \(1\)/)).toBeInTheDocument();
    expect(screen.getByText(/Last time \(19 Nov\): Ticket b/)).toBeInTheDocument();
    // The chart has a text twin: each contact's feeling in words, and the trend.
    const feelings = screen.getByRole('list', { name: 'How they felt each time, oldest first' });
    expect(within(feelings).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['22 Oct anxious, clearly', '19 Nov frustrated, clearly', '1 Dec angry, strongly (now)']);
    expect(screen.getByRole('img', { name: 'Now angry, strongly: more upset than in earlier contacts.' })).toBeInTheDocument();
    expect(screen.getByText('Overdue').closest('li')).toHaveTextContent('Update by Friday');
    expect(screen.getByText('Missed').closest('li')).toHaveTextContent('Courier will call Tuesday');
    expect(screen.getByText('Works nights.')).toBeInTheDocument();
  });

  it('says first contact and shows no trend for a new customer', () => {
    const first = summarizeHistory({ customer, contacts: [contact('a', 0)], notes: [], promises: [], now: NOW });
    render(<HistoryView summary={first} onAddNote={noop} onEditNote={noop} />);
    expect(screen.getByTestId('history-counts')).toHaveTextContent(/^First contact$/);
    expect(screen.queryByTestId('history-repeat')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('No notes yet.')).toBeInTheDocument();
  });

  it('adds and edits notes through its callbacks, and shows a refusal', async () => {
    const onAddNote = vi.fn(async () => {});
    const onEditNote = vi.fn(async () => {
      throw new Error("The note wasn't saved: the browser's storage for Tactful is full.");
    });
    render(<HistoryView summary={summary()} onAddNote={onAddNote} onEditNote={onEditNote} />);
    expect(screen.getByRole('button', { name: 'Add note' })).toBeDisabled();
    await userEvent.type(screen.getByLabelText('New note for next time'), 'Prefers e-mail');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(onAddNote).toHaveBeenCalledWith('Prefers e-mail');
    expect(screen.getByLabelText('New note for next time')).toHaveValue('');

    await userEvent.click(screen.getByRole('button', { name: 'Edit note: Works nights.' }));
    await userEvent.type(screen.getByLabelText('Edit note'), ' Call after 6pm.');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(onEditNote).toHaveBeenCalledWith('n1', 'Works nights. Call after 6pm.');
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage for Tactful is full/);
    // The edit stays open so nothing typed is lost.
    expect(screen.getByLabelText('Edit note')).toHaveValue('Works nights. Call after 6pm.');
  });

  it('says it is reading, or why it cannot', () => {
    const { rerender } = render(<HistoryView summary={undefined} onAddNote={noop} onEditNote={noop} />);
    expect(screen.getByRole('status')).toHaveTextContent('Reading history…');
    rerender(<HistoryView summary={undefined} error="History couldn't be read: boom" onAddNote={noop} onEditNote={noop} />);
    expect(screen.getByRole('alert')).toHaveTextContent("History couldn't be read: boom");
  });
});

describe('HistorySection', () => {
  const db = openDatabase('history-section-test');
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('reads the customer from the database, saves a note and a promise state, and updates live', async () => {
    const snap = (id: string) => ({
      helpdesk: 'rt',
      url: `https://rt.example.com/Ticket/Display.html?id=${id}`,
      conversationId: id,
      customer: { email: 'ana@example.com' },
      messages: [],
      composer: { found: false },
      confidence: 1,
    });
    await recordConversation(db, snap('1'), new Date(Date.now() - 5 * 86_400_000), { category: 'refund' });
    const now = await recordConversation(db, snap('2'), new Date(), { category: 'refund' });
    await recordPromise(db, { customerId: now!.customerId, contactId: now!.contactId, text: 'Refund by Friday', madeAt: new Date().toISOString() });
    render(<HistorySection db={db} customerId={now!.customerId} contactId={now!.contactId} />);
    expect(await screen.findByTestId('history-repeat')).toHaveTextContent('2nd contact about a refund or return');

    await userEvent.type(screen.getByLabelText('New note for next time'), 'Asked for a manager last time');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Asked for a manager last time')).toBeInTheDocument();
    expect((await db.notes.toArray()).map((n) => [n.customerId, n.contactId, n.text])).toEqual([[now!.customerId, now!.contactId, 'Asked for a manager last time']]);

    await userEvent.click(screen.getByRole('button', { name: 'Mark kept: Refund by Friday' }));
    expect(await screen.findByText('Kept')).toBeInTheDocument();
    expect((await db.promises.toArray())[0]?.state).toBe('kept');

    // Another tab records a third contact: the view follows.
    await recordConversation(db, snap('3'), new Date(), { category: 'refund' });
    expect(await screen.findByText(/2 earlier contacts/)).toBeInTheDocument();
  });
});
