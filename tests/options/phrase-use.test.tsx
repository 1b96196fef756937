import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { PhraseUseSection } from '@/components/options/packs/PhraseUseSection';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import { builtinPacks } from '@/lib/packs/builtin';
import { recordPhraseEdit, recordPhraseInserted } from '@/lib/packs/usage-db';

let db: TactfulDatabase;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`phrase-use-section-${++n}`);
  await db.open();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

it("shows the agent's most used phrases with their average edit, and exports counts without any text", async () => {
  const pack = builtinPacks()[0]!;
  const [first, second] = pack.phrases;
  const at = new Date(Date.UTC(2026, 2, 1));
  for (let i = 0; i < 3; i++) await recordPhraseInserted(db, `${pack.id}/${second!.id}`, at);
  await recordPhraseEdit(db, `${pack.id}/${second!.id}`, 0.1);
  await recordPhraseEdit(db, `${pack.id}/${second!.id}`, 0.3);
  await recordPhraseInserted(db, `${pack.id}/${first!.id}`, at);
  await recordPhraseInserted(db, 'gone-pack/old-phrase', at);

  const blobs: Blob[] = [];
  vi.stubGlobal('URL', Object.assign(Object.create(URL) as typeof URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => {} }));
  render(<PhraseUseSection db={db} />);
  const table = await screen.findByRole('table');
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
    ['3', '20%'],
    ['1', 'not yet measured'],
    ['1', 'not yet measured'],
  ]);
  expect(rows[0]).toHaveTextContent(`${pack.id}/${second!.id}`);
  const row = (key: string) => rows.find((r) => r.textContent?.includes(key))!;
  expect(row(`${pack.id}/${first!.id}`)).toHaveTextContent(first!.text.slice(0, 10));
  expect(row('gone-pack/old-phrase')).toHaveTextContent('(no longer in your packs)');

  await userEvent.click(screen.getByRole('button', { name: 'Export counts for your team lead' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Exported counts for 3 phrases');
  const exported = JSON.parse(await blobs[0]!.text()) as { phrases: Record<string, unknown>[] };
  expect(exported.phrases[0]).toEqual({ pack: pack.id, phrase: second!.id, inserted: 3, measured: 2, averageEdit: 0.2, unedited: 0 });
  expect(JSON.stringify(exported)).not.toContain(second!.text.slice(0, 12));

  await userEvent.click(screen.getByRole('button', { name: 'Clear phrase use' }));
  expect(await screen.findByText('No phrases inserted yet.')).toBeInTheDocument();
});
