import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import { clearPhraseUse, exportPhraseUse, phraseUse, recordPhraseEdit, recordPhraseInserted, splitPhraseKey } from '@/lib/packs/usage-db';

let db: TactfulDatabase;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`usage-db-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const day = (d: number) => new Date(Date.UTC(2026, 2, d, 9));

it('counts insertions and edits per phrase, most used first, and exports counts with ids only', async () => {
  await recordPhraseInserted(db, 'acme/late-1', day(1));
  await recordPhraseInserted(db, 'acme/late-1', day(2));
  await recordPhraseInserted(db, 'tactful-en/ack-2', day(3));
  await recordPhraseEdit(db, 'acme/late-1', 0);
  await recordPhraseEdit(db, 'acme/late-1', 0.5);
  await recordPhraseEdit(db, 'never/inserted', 0.5); // ignored
  await recordPhraseInserted(db, 'not-a-key', day(3)); // ignored

  const uses = await phraseUse(db);
  expect(uses.map((u) => [u.key, u.inserted, u.measured, u.averageEdit, u.unedited])).toEqual([
    ['acme/late-1', 2, 2, 0.25, 1],
    ['tactful-en/ack-2', 1, 0, undefined, 0],
  ]);

  const exported = await exportPhraseUse(db, day(4));
  expect(exported).toEqual({
    format: 'tactful-phrase-use',
    version: 1,
    exportedAt: day(4).toISOString(),
    from: '2026-03-01',
    to: '2026-03-03',
    phrases: [
      { pack: 'acme', phrase: 'late-1', inserted: 2, measured: 2, averageEdit: 0.25, unedited: 1 },
      { pack: 'tactful-en', phrase: 'ack-2', inserted: 1, measured: 0, averageEdit: null, unedited: 0 },
    ],
  });
  // Nothing but ids and numbers: every string in it is a known id, format or date.
  const strings = JSON.stringify(exported).match(/"[^"]*"/g)!.map((s) => JSON.parse(s) as string);
  const allowed = new Set([
    'format', 'tactful-phrase-use', 'version', 'exportedAt', 'from', 'to', 'phrases',
    'pack', 'phrase', 'inserted', 'measured', 'averageEdit', 'unedited',
    'acme', 'late-1', 'tactful-en', 'ack-2',
  ]);
  expect(strings.filter((s) => !allowed.has(s) && !/^\d{4}-\d{2}-\d{2}/.test(s))).toEqual([]);

  await clearPhraseUse(db);
  expect(await phraseUse(db)).toEqual([]);
  expect((await exportPhraseUse(db, day(5))).phrases).toEqual([]);
});

it('splits phrase keys at the first slash only when both ids are there', () => {
  expect(splitPhraseKey('acme/late-1')).toEqual({ packId: 'acme', phraseId: 'late-1' });
  expect(splitPhraseKey('/late-1')).toBeNull();
  expect(splitPhraseKey('acme/')).toBeNull();
  expect(splitPhraseKey('acme')).toBeNull();
});
