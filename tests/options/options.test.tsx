import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/components/options/Options';
import { enableSite, listSites } from '@/lib/sites';
import { loadSettings } from '@/lib/settings';
import { openDatabase } from '@/lib/db';
import { exportHistory, recordConversation } from '@/lib/history';

function fakeSiteApis() {
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  const removed: string[][] = [];
  fake.permissions = { request: vi.fn(async () => true), remove: vi.fn(async ({ origins }: { origins: string[] }) => removed.push(origins)) };
  const registered = new Set<string>();
  fake.scripting = {
    registerContentScripts: vi.fn(async (s: { id: string }[]) => s.forEach((x) => registered.add(x.id))),
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => ({ id }))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
  };
  return { removed, registered };
}

describe('the options page', () => {
  it('saves the agent name and company', async () => {
    render(<Options />);
    await userEvent.type(screen.getByLabelText('Your name, as you sign replies'), 'Sam Rivera');
    await userEvent.type(screen.getByLabelText('Company or team'), 'Acme Kitchens');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(await loadSettings()).toEqual({ agentName: 'Sam Rivera', company: 'Acme Kitchens' });
  });

  it('names the field when a value is refused', async () => {
    render(<Options />);
    await userEvent.type(screen.getByLabelText('Company or team'), 'x'.repeat(81));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Company: /)).toBeInTheDocument();
    expect((await loadSettings()).company).toBe('');
  });

  it('lists the sites Tactful was turned on for, and turns one off', async () => {
    const { removed, registered } = fakeSiteApis();
    await enableSite('https://help.example.com');
    render(<Options />);
    expect(await screen.findByText('https://help.example.com')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Turn Tactful off for https://help.example.com' }));
    expect(await screen.findByText('No sites yet.')).toBeInTheDocument();
    expect(await listSites()).toEqual([]);
    expect(removed).toEqual([['https://help.example.com/*']]);
    expect(registered.size).toBe(0);
  });

  it('shows how much history there is and erases it only after the agent confirms', async () => {
    const db = openDatabase('options-data-test');
    await recordConversation(
      db,
      { helpdesk: 'rt', url: 'https://rt.example.com/Ticket/Display.html?id=5', conversationId: '5', customer: { email: 'dana@example.com' }, messages: [], composer: { found: false }, confidence: 1 },
      new Date('2026-11-23T08:00:00Z'),
    );
    const before = await exportHistory(db, new Date('2026-11-23T08:30:00Z'));
    expect(before.customers.map((c) => c.id)).toEqual(['email:dana@example.com']);
    expect(before.contacts.map((c) => c.id)).toEqual(['rt@https://rt.example.com#5']);
    render(<Options db={db} />);
    expect(await screen.findByText(/1 customer, 1 conversation, 0 notes\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Erase history…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(await db.contacts.count()).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Erase history…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Erase' }));
    expect(await screen.findByText('History erased.')).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.customers.count()).toBe(0);
    const exported = await exportHistory(db, new Date('2026-11-23T09:00:00Z'));
    expect(exported).toEqual({ format: 'tactful-history', version: 2, exportedAt: '2026-11-23T09:00:00.000Z', customers: [], contacts: [], notes: [], promises: [], phraseUsage: [] });
    db.close();
    await db.delete();
  });
});
