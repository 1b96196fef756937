import { writeTransaction } from './tx';
import type { NoteRecord, PhraseUsageRecord, PromiseRecord, PromiseState, TactfulDatabase } from '../db';
import { HistoryActionError, withoutUndefined } from './record';
import { t } from '../i18n';

/** The agent's notes about a customer, oldest first. */
export async function notesFor(db: TactfulDatabase, customerId: string): Promise<NoteRecord[]> {
  const notes = await db.notes.where('customerId').equals(customerId).toArray();
  return notes.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

const MAX_NOTE = 2000;

function cleanNote(text: string): string {
  const clean = text.trim();
  if (!clean) throw new HistoryActionError(t('lib.history.manual.noteEmpty'));
  if (clean.length > MAX_NOTE) throw new HistoryActionError(t('lib.history.manual.noteTooLong', { max: MAX_NOTE }));
  return clean;
}

export async function addNote(db: TactfulDatabase, customerId: string, text: string, now: Date, contactId?: string): Promise<NoteRecord> {
  const at = now.toISOString();
  const note: NoteRecord = withoutUndefined({ id: crypto.randomUUID(), customerId, contactId, text: cleanNote(text), createdAt: at, updatedAt: at });
  await writeTransaction(db, [db.customers, db.notes], async () => {
    if (!(await db.customers.get(customerId))) throw new HistoryActionError(t('lib.history.manual.customerGone'));
    await db.notes.add(note);
  });
  return note;
}

export async function editNote(db: TactfulDatabase, id: string, text: string, now: Date): Promise<void> {
  const changed = await db.notes.update(id, { text: cleanNote(text), updatedAt: now.toISOString() });
  if (!changed) throw new HistoryActionError(t('lib.history.manual.noteGone'));
}

export async function deleteNote(db: TactfulDatabase, id: string): Promise<void> {
  await db.notes.delete(id);
}

/** The customer's promises, oldest first. */
export async function promisesFor(db: TactfulDatabase, customerId: string): Promise<PromiseRecord[]> {
  const promises = await db.promises.where('customerId').equals(customerId).toArray();
  return promises.sort((a, b) => (a.madeAt < b.madeAt ? -1 : a.madeAt > b.madeAt ? 1 : 0));
}

export interface NewPromise {
  customerId: string;
  contactId: string;
  text: string;
  dueAt?: string;
  madeAt: string;
  state?: PromiseState;
  /** Stable id; by default the conversation and the promise's words, so reading it again is idempotent. */
  id?: string;
}

/**
 * Store a promise the agent made. The same promise found again (the page re-read) updates its due
 * time and keeps the state it has (a promise marked kept stays kept).
 */
export async function recordPromise(db: TactfulDatabase, promise: NewPromise): Promise<PromiseRecord> {
  const text = promise.text.trim().replace(/\s+/g, ' ');
  const id = promise.id ?? `${promise.contactId}|${text.toLowerCase()}`;
  return writeTransaction(db, [db.promises], async () => {
    const existing = await db.promises.get(id);
    const record: PromiseRecord = withoutUndefined({
      id,
      customerId: promise.customerId,
      contactId: promise.contactId,
      text,
      dueAt: promise.dueAt ?? existing?.dueAt,
      madeAt: existing?.madeAt ?? promise.madeAt,
      state: promise.state ?? existing?.state ?? 'open',
    });
    await db.promises.put(record);
    return record;
  });
}

export async function setPromiseState(db: TactfulDatabase, id: string, state: PromiseState): Promise<void> {
  const changed = await db.promises.update(id, { state });
  if (!changed) throw new HistoryActionError(t('lib.promises.gone'));
}

/** Open promises past their due time become missed; returns how many. */
export async function markMissedPromises(db: TactfulDatabase, now: Date): Promise<number> {
  const at = now.toISOString();
  return db.promises.filter((p) => p.state === 'open' && !!p.dueAt && p.dueAt < at).modify({ state: 'missed' });
}

/** One more use of a phrase with this customer. */
export async function recordPhraseUse(db: TactfulDatabase, customerId: string, phrase: string, now: Date): Promise<void> {
  const id = `${customerId}|${phrase}`;
  await writeTransaction(db, [db.phraseUsage], async () => {
    const existing = await db.phraseUsage.get(id);
    await db.phraseUsage.put({ id, customerId, phrase, count: (existing?.count ?? 0) + 1, lastUsedAt: now.toISOString() });
  });
}

export async function phraseUsageFor(db: TactfulDatabase, customerId: string): Promise<PhraseUsageRecord[]> {
  return db.phraseUsage.where('customerId').equals(customerId).toArray();
}
