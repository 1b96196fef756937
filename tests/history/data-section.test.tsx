import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '@/components/options/DataSection';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import { addNote, exportHistory, recordConversation, retentionDays } from '@/lib/history';
import { fillDiskAfter } from './quota';

const snap = (id: string, email: string, name: string): ConversationSnapshot => ({
  helpdesk: 'rt',
  url: `https://rt.example.com/Ticket/Display.html?id=${id}`,
  conversationId: id,
  customer: { email, name },
  messages: [],
  composer: { found: false },
  confidence: 1,
});
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));

let db: TactfulDatabase;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`data-section-${++n}`);
  await recordConversation(db, snap('1', 'ana@example.com', 'Ana Ruiz'), day(1));
  await recordConversation(db, snap('2', 'ana@example.com', 'Ana Ruiz'), day(2));
  await recordConversation(db, snap('3', 'ben@example.com', 'Ben Okafor'), day(3));
  await addNote(db, 'email:ana@example.com', 'Call after 6pm', day(2));
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const file = (text: string) => new File([text], 'tactful-history.json', { type: 'application/json' });
const stored = async () => ({ ...(await exportHistory(db, day(30))), exportedAt: '' });

describe('the data section', () => {
  it('counts what is stored and shows the storage used and whether it is kept', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate: async () => ({ usage: 2_500_000, quota: 1_000_000_000 }), persisted: async () => false, persist: async () => true } });
    render(<DataSection db={db} />);
    expect(await screen.findByText(/2 customers, 3 conversations, 1 note\./)).toBeInTheDocument();
    expect(await screen.findByTestId('storage-line')).toHaveTextContent('Storage used: 2.4 MB of 954 MB available. The browser may clear it when space runs low.');
    await userEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(await screen.findByText(/will now keep Tactful’s data/)).toBeInTheDocument();
    vi.unstubAllGlobals();
  });

  it('previews an import before changing anything, then merges it', async () => {
    const exported = await exportHistory(db, day(30));
    exported.contacts.push({ ...exported.contacts[0]!, id: 'rt@https://rt.example.com#9', conversationId: '9' });
    render(<DataSection db={db} />);
    await userEvent.upload(screen.getByLabelText('Import history from a file'), file(JSON.stringify(exported)));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview).toHaveTextContent('tactful-history.json: Adds 1 conversation. Nothing is removed.');
    expect(await db.contacts.count()).toBe(3);
    await userEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Imported: Adds 1 conversation.');
    expect(await db.contacts.count()).toBe(4);
  });

  it('refuses a damaged file or one from a newer version, naming why, and keeps everything', async () => {
    const before = await stored();
    render(<DataSection db={db} />);
    await userEvent.upload(screen.getByLabelText('Import history from a file'), file('{"format":"tactful-history","version":2,"customers":[{"id":'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON/);
    await userEvent.upload(screen.getByLabelText('Import history from a file'), file(JSON.stringify({ format: 'tactful-history', version: 7 })));
    expect(await screen.findByRole('alert')).toHaveTextContent(/version 7, made by a newer Tactful/);
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('says the disk is full when an import cannot be saved, and loses nothing', async () => {
    const exported = await exportHistory(db, day(30));
    for (let i = 0; i < 20; i++) exported.contacts.push({ ...exported.contacts[0]!, id: `rt@https://rt.example.com#n${i}` });
    const before = await stored();
    render(<DataSection db={db} />);
    await userEvent.upload(screen.getByLabelText('Import history from a file'), file(JSON.stringify(exported)));
    await screen.findByRole('region', { name: 'Import preview' });
    const restore = fillDiskAfter(5, 'abort');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The import wasn't saved: the browser's storage for Tactful is full. " +
        'Free some disk space or erase old history; nothing already saved was lost.',
    );
    restore();
    expect(await stored()).toEqual(before);
  });

  it('erases one customer after confirming, and no one else', async () => {
    render(<DataSection db={db} />);
    await userEvent.type(screen.getByLabelText('Erase one customer (name or e-mail)'), 'ana');
    await userEvent.click(await screen.findByRole('button', { name: 'Erase Ana Ruiz · ana@example.com…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Erase customer' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Erased Ana Ruiz · ana@example.com and 2 conversations.');
    expect(await db.customers.toCollection().primaryKeys()).toEqual(['email:ben@example.com']);
    expect(await db.notes.count()).toBe(0);
    await userEvent.clear(screen.getByLabelText('Erase one customer (name or e-mail)'));
    await userEvent.type(screen.getByLabelText('Erase one customer (name or e-mail)'), 'okafor');
    expect(await screen.findByRole('button', { name: 'Erase Ben Okafor · ben@example.com…' })).toBeInTheDocument();
  });

  it('sets a retention period, applies it at once and keeps it for the daily alarm', async () => {
    await recordConversation(db, snap('4', 'cy@example.com', 'Cy'), new Date());
    render(<DataSection db={db} />);
    await userEvent.selectOptions(await screen.findByLabelText('Keep history for'), '30 days');
    expect(await screen.findByRole('status')).toHaveTextContent('History older than 30 days is deleted daily. Deleted now: 3 conversations, 2 customers.');
    expect(await retentionDays.getValue()).toBe(30);
    expect(await db.customers.toCollection().primaryKeys()).toEqual(['email:cy@example.com']);
  });
});
