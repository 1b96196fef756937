import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeKey } from '@/components/sidepanel/history/IdentityActions';
import { HistorySection } from '@/components/sidepanel/history/HistorySection';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase } from '@/lib/db';
import { addNote, recordConversation } from '@/lib/history';

const ZD = 'https://acme.zendesk.com';
const ticket = (id: string, customer: ConversationSnapshot['customer'], helpdesk = 'zendesk', origin = ZD): ConversationSnapshot => ({
  helpdesk,
  url: `${origin}/agent/tickets/${id}`,
  conversationId: id,
  subject: `Ticket ${id}`,
  customer,
  messages: [],
  composer: { found: false },
  confidence: 1,
});
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
const wait = { timeout: 4000 };

describe('merging and splitting from the panel', () => {
  let n = 0;
  let db = openDatabase('identity-actions-test-0');
  beforeEach(() => {
    db = openDatabase(`identity-actions-test-${++n}`);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('merges the open customer with one found by name, undoes it, then splits a conversation off', async () => {
    await recordConversation(db, ticket('8', { email: 'dana@example.com', name: 'D. Whitfield' }, 'rt', 'https://rt.example.com'), daysAgo(20));
    await recordConversation(db, ticket('1', { name: 'Dana Whitfield' }), daysAgo(10));
    const open = await recordConversation(db, ticket('2', { name: 'Dana Whitfield' }), daysAgo(0));
    await recordConversation(db, ticket('5', { email: 'sam@example.com', name: 'Sam Lee' }), daysAgo(3));
    await addNote(db, open!.customerId, 'Call after 6pm.', daysAgo(0));
    render(<HistorySection db={db} customerId={open!.customerId} contactId={open!.contactId} />);
    expect(await screen.findByTestId('history-counts', {}, wait)).toHaveTextContent(/^1 earlier contact/);

    // Same person as… the customer with the address, found by part of the name.
    await userEvent.click(await screen.findByRole('button', { name: 'Same person as…' }, wait));
    await userEvent.type(screen.getByLabelText('Find the other record by name or e-mail'), 'whitf');
    const found = await screen.findByRole('list', { name: 'Customers found' }, wait);
    expect(within(found).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(within(found).getByRole('button', { name: 'Merge with D. Whitfield (dana@example.com)' }));
    expect(await screen.findByRole('status', {}, wait)).toHaveTextContent('Merged with D. Whitfield (dana@example.com).');
    expect(await db.customers.count()).toBe(2);
    // The merged record keeps the address as its id, and the panel follows the open conversation to it.
    expect((await db.contacts.get(open!.contactId))?.customerId).toBe('email:dana@example.com');
    expect(await screen.findByText(/^2 earlier contacts/, {}, wait)).toBeInTheDocument();
    expect(screen.getByText('Call after 6pm.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Merge undone.', {}, wait)).toBeInTheDocument();
    expect(await db.customers.count()).toBe(3);
    expect(await screen.findByText(/^1 earlier contact/, {}, wait)).toBeInTheDocument();

    // Not the same person? Ticket 1 was someone else with the same name.
    await userEvent.click(screen.getByRole('button', { name: 'Not the same person?' }));
    // The list is read from the database after the undo: wait for both conversations, not the first render.
    const listed = () => within(screen.getByRole('list', { name: 'Conversations' })).getAllByRole('checkbox');
    await waitFor(() => expect(listed()).toHaveLength(2), wait);
    const conversations = screen.getByRole('list', { name: 'Conversations' });
    const move = screen.getByRole('button', { name: 'Move to a new customer' });
    expect(move).toBeDisabled();
    await userEvent.click(within(conversations).getByRole('checkbox', { name: /Ticket 1/ }));
    await userEvent.click(move);
    expect(await screen.findByText('Moved 1 conversation to a new customer; Tactful will keep the two apart.', {}, wait)).toBeInTheDocument();
    expect(await screen.findByText(/^First contact$/, {}, wait)).toBeInTheDocument();
    const moved = await db.contacts.get(`zendesk@${ZD}#1`);
    expect(moved?.customerId).not.toBe(open!.customerId);
    expect((await db.customers.get(moved!.customerId))?.apart).toEqual([open!.customerId]);
  });

  it('says why a merge is refused and changes nothing', async () => {
    const open = await recordConversation(db, ticket('1', { email: 'ana@example.com', name: 'Ana Ruiz' }), daysAgo(0));
    await recordConversation(db, ticket('2', { email: 'ana.ruiz@example.com', name: 'Ana Ruiz' }), daysAgo(1));
    render(<HistorySection db={db} customerId={open!.customerId} contactId={open!.contactId} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Same person as…' }, wait));
    await userEvent.type(screen.getByLabelText('Find the other record by name or e-mail'), 'ana');
    await userEvent.click(await screen.findByRole('button', { name: 'Merge with Ana Ruiz (ana.ruiz@example.com)' }, wait));
    expect(await screen.findByRole('alert', {}, wait)).toHaveTextContent(/different e-mail addresses/);
    expect(await db.customers.count()).toBe(2);
  });

  it('names identifiers in words', () => {
    expect(describeKey('email:ana@example.com')).toBe('E-mail ana@example.com');
    expect(describeKey(`id:zendesk@${ZD}:77`)).toBe('Id 77 on acme.zendesk.com');
    expect(describeKey(`name:zendesk@${ZD}:dana whitfield`)).toBe('Name “dana whitfield” on acme.zendesk.com');
  });
});
