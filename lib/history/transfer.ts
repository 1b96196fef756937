import { writeTransaction } from './tx';
import type { Table } from 'dexie';
import { z } from 'zod';
import { ISSUE_CATEGORIES } from '../analysis/types';
import type { ContactRecord, CustomerRecord, NoteRecord, PhraseUsageRecord, PromiseRecord, TactfulDatabase } from '../db';
import { historyTables, withoutUndefined } from './record';
import { t, uiLanguage } from '../i18n';
import { issueMessage } from '../validation';

/**
 * Export and import: everything Tactful remembers as one versioned JSON file, and the same file
 * read back — validated field by field, merged with what is already stored (never replacing it
 * wholesale), with a preview of what would change before anything is written. Reading the same
 * file twice changes nothing the second time.
 */

export const EXPORT_FORMAT = 'tactful-history';
export const EXPORT_VERSION = 2;

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  customers: CustomerRecord[];
  contacts: ContactRecord[];
  notes: NoteRecord[];
  promises: PromiseRecord[];
  phraseUsage: PhraseUsageRecord[];
}

/** Everything Tactful remembers, as plain JSON the agent can keep. */
export async function exportHistory(db: TactfulDatabase, now: Date): Promise<HistoryExport> {
  return db.transaction('r', historyTables(db), async () => {
    const [customers, contacts, notes, promises, phraseUsage] = await Promise.all([
      db.customers.toArray(),
      db.contacts.toArray(),
      db.notes.toArray(),
      db.promises.toArray(),
      db.phraseUsage.toArray(),
    ]);
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), customers, contacts, notes, promises, phraseUsage };
  });
}

// ---------------------------------------------------------------- validation

const time = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), { error: () => t('lib.history.import.notTime') });
const key = z.string().min(1).max(600);
const short = z.string().max(600);
const emotion = z.enum(['anger', 'frustration', 'anxiety', 'confusion', 'disappointment', 'satisfaction', 'neutral']);

const customerV1 = z.object({
  id: key,
  name: short.optional(),
  email: short.optional(),
  seenOn: z.array(short).max(1000),
  firstSeenAt: time,
  lastSeenAt: time,
});
const customerV2 = customerV1.extend({ keys: z.array(key).min(1).max(1000), apart: z.array(key).max(1000).optional() });

const contactV1 = z.object({
  id: key,
  customerId: key,
  helpdesk: short,
  origin: short,
  url: z.string().max(4000),
  conversationId: short.optional(),
  subject: z.string().max(2000).optional(),
  channel: z.enum(['email', 'chat', 'social', 'phone', 'unknown']).optional(),
  messageCount: z.number().int().min(0),
  lastMessageAt: time.optional(),
  firstSeenAt: time,
  lastSeenAt: time,
});
const duration = z.number().min(0).max(1e12);
const contactV2 = contactV1.extend({
  seenAs: key.optional(),
  category: z.enum(ISSUE_CATEGORIES as unknown as [string, ...string[]]).optional(),
  emotion: emotion.optional(),
  intensity: z.number().min(0).max(1).optional(),
  firstResponseMs: duration.optional(),
  resolutionMs: duration.optional(),
  resolved: z.boolean().optional(),
});
const note = z.object({ id: key, customerId: key, contactId: key.optional(), text: z.string().min(1).max(2000), createdAt: time, updatedAt: time });
const promise = z.object({
  id: key,
  customerId: key,
  contactId: key,
  text: z.string().min(1).max(2000),
  dueAt: time.optional(),
  madeAt: time,
  state: z.enum(['open', 'kept', 'missed', 'dismissed']),
  url: z.string().max(2000).optional(),
  helpdesk: z.string().max(500).optional(),
  source: z.enum(['sent', 'confirmed']).optional(),
  remindedAt: time.optional(),
  settledAt: time.optional(),
});
const usage = z.object({ id: key, customerId: key, phrase: short, count: z.number().int().min(0), lastUsedAt: time });

const header = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number().int() });
const exportV1 = z.object({ format: z.literal(EXPORT_FORMAT), version: z.literal(1), exportedAt: time, customers: z.array(customerV1), contacts: z.array(contactV1) });
const exportV2 = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(2),
  exportedAt: time,
  customers: z.array(customerV2),
  contacts: z.array(contactV2),
  notes: z.array(note),
  promises: z.array(promise),
  phraseUsage: z.array(usage),
});

export type ParsedExport = { ok: true; data: HistoryExport } | { ok: false; error: string };

/** Read an export file's text. Anything wrong is named (which record, which field); nothing is written. */
export function parseExport(text: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: t('lib.history.import.notJson') };
  }
  const head = header.safeParse(raw);
  if (!head.success) return { ok: false, error: t('lib.history.import.notExport') };
  const version = head.data.version;
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      error: t('lib.history.import.newer', { version, supported: EXPORT_VERSION }),
    };
  }
  if (version < 1) return { ok: false, error: t('lib.history.import.unknownVersion', { version }) };
  const parsed = version === 1 ? exportV1.safeParse(raw) : exportV2.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : t('lib.history.import.theFile');
    return { ok: false, error: t('lib.history.import.damaged', { where, problem: issue ? issueMessage(issue, raw) : t('lib.history.import.invalid') }) };
  }
  const data: HistoryExport =
    parsed.data.version === 1
      ? {
          format: EXPORT_FORMAT,
          version: EXPORT_VERSION,
          exportedAt: parsed.data.exportedAt,
          customers: parsed.data.customers.map((c) => withoutUndefined({ ...c, keys: [...new Set([c.id, ...(c.email ? [`email:${c.email.toLowerCase()}`] : [])])] })),
          contacts: parsed.data.contacts.map((c) => withoutUndefined({ ...c, seenAs: c.customerId })),
          notes: [],
          promises: [],
          phraseUsage: [],
        }
      : (parsed.data as HistoryExport);
  const customerIds = new Set(data.customers.flatMap((c) => c.keys));
  const orphan = [...data.contacts, ...data.notes, ...data.promises, ...data.phraseUsage].find((r) => !customerIds.has(r.customerId));
  if (orphan) return { ok: false, error: t('lib.history.import.orphan', { id: orphan.id, customer: orphan.customerId }) };
  return { ok: true, data };
}

// ---------------------------------------------------------------- merging

export interface TableChange {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportPreview {
  customers: TableChange;
  contacts: TableChange;
  notes: TableChange;
  promises: TableChange;
  phraseUsage: TableChange;
}

interface Merged {
  preview: ImportPreview;
  writes: { customers: CustomerRecord[]; contacts: ContactRecord[]; notes: NoteRecord[]; promises: PromiseRecord[]; phraseUsage: PhraseUsageRecord[] };
}

const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);
const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];

function sameRecord(a: object, b: object): boolean {
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}

function mergeCustomer(local: CustomerRecord, incoming: CustomerRecord): CustomerRecord {
  const apart = union(local.apart, incoming.apart);
  return withoutUndefined({
    ...local,
    name: local.name ?? incoming.name,
    email: local.email ?? incoming.email,
    seenOn: union(local.seenOn, incoming.seenOn),
    firstSeenAt: earlier(local.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: later(local.lastSeenAt, incoming.lastSeenAt),
    keys: union(local.keys, incoming.keys),
    apart: apart.length ? apart : undefined,
  });
}

function mergeContact(local: ContactRecord, incoming: ContactRecord): ContactRecord {
  const newer = incoming.lastSeenAt > local.lastSeenAt ? incoming : local;
  const older = newer === local ? incoming : local;
  return withoutUndefined({
    ...older,
    ...withoutUndefined(newer),
    // Who it belongs to is decided here (merges and splits the agent made on this browser).
    customerId: local.customerId,
    firstSeenAt: earlier(local.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: later(local.lastSeenAt, incoming.lastSeenAt),
    messageCount: Math.max(local.messageCount, incoming.messageCount),
  });
}

/**
 * The stored records with these ids, in the same order (undefined where none). A large file into a
 * table reads the table's keys once (one request) and asks only for the ids that are there: one
 * request per id was a third of importing 100,000 conversations into an empty database.
 */
async function storedAlready<T, I>(table: Table<T, string, I>, ids: string[]): Promise<(T | undefined)[]> {
  if (ids.length < 500) return table.bulkGet(ids);
  const present = new Set(await table.toCollection().primaryKeys());
  if (present.size === 0) return ids.map(() => undefined);
  const there = ids.filter((id) => present.has(id));
  const found = new Map(there.map((id, i) => [id, i]));
  const records = await table.bulkGet(there);
  return ids.map((id) => {
    const i = found.get(id);
    return i === undefined ? undefined : records[i];
  });
}

async function mergeIntoDatabase(db: TactfulDatabase, data: HistoryExport): Promise<Merged> {
  const preview: ImportPreview = {
    customers: { added: 0, updated: 0, unchanged: 0 },
    contacts: { added: 0, updated: 0, unchanged: 0 },
    notes: { added: 0, updated: 0, unchanged: 0 },
    promises: { added: 0, updated: 0, unchanged: 0 },
    phraseUsage: { added: 0, updated: 0, unchanged: 0 },
  };
  const count = (table: keyof ImportPreview, local: object | undefined, next: object) => {
    if (!local) preview[table].added++;
    else if (sameRecord(local, next)) preview[table].unchanged++;
    else preview[table].updated++;
  };

  // Customers: by id, else by any key a local record carries (a customer merged here since).
  const byId = await storedAlready(db.customers, data.customers.map((c) => c.id));
  const missing = data.customers.filter((_, i) => !byId[i]).map((c) => c.id);
  const viaKeys = new Map<string, CustomerRecord>();
  if (missing.length) for (const c of await db.customers.where('keys').anyOf(missing).toArray()) for (const k of c.keys) viaKeys.set(k, c);
  const customerIdMap = new Map<string, string>();
  const customerWrites = new Map<string, { local?: CustomerRecord; next: CustomerRecord }>();
  data.customers.forEach((incoming, i) => {
    const local = byId[i] ?? viaKeys.get(incoming.id);
    const pending = local ? customerWrites.get(local.id) : undefined;
    const base = pending?.next ?? local;
    const next = base ? mergeCustomer(base, incoming) : withoutUndefined({ ...incoming });
    for (const k of incoming.keys) customerIdMap.set(k, next.id);
    customerIdMap.set(incoming.id, next.id);
    customerWrites.set(next.id, { local: pending?.local ?? local, next });
  });
  for (const { local, next } of customerWrites.values()) count('customers', local, next);
  const mapCustomer = <T extends { customerId: string }>(r: T): T => ({ ...r, customerId: customerIdMap.get(r.customerId) ?? r.customerId });

  const localContacts = await storedAlready(db.contacts, data.contacts.map((c) => c.id));
  const contacts = data.contacts.map((incoming, i) => {
    const local = localContacts[i];
    const next = local ? mergeContact(local, mapCustomer(incoming)) : mapCustomer(withoutUndefined({ ...incoming }));
    count('contacts', local, next);
    return next;
  });

  const localNotes = await storedAlready(db.notes, data.notes.map((n) => n.id));
  const notes = data.notes.map((incoming, i) => {
    const local = localNotes[i];
    const next = local && local.updatedAt >= incoming.updatedAt ? local : { ...mapCustomer(incoming), ...(local ? { customerId: local.customerId } : {}) };
    count('notes', local, next);
    return next;
  });

  const localPromises = await storedAlready(db.promises, data.promises.map((p) => p.id));
  const promises = data.promises.map((incoming, i) => {
    const local = localPromises[i];
    // A settled promise (kept or missed) is news to a browser that still has it open.
    const next = local ? { ...local, state: local.state === 'open' ? incoming.state : local.state, dueAt: local.dueAt ?? incoming.dueAt } : mapCustomer(incoming);
    count('promises', local, withoutUndefined(next));
    return withoutUndefined(next);
  });

  const localUsage = await storedAlready(db.phraseUsage, data.phraseUsage.map((u) => u.id));
  const phraseUsage = data.phraseUsage.map((incoming, i) => {
    const local = localUsage[i];
    const mapped = mapCustomer(incoming);
    const next = local
      ? { ...local, count: Math.max(local.count, incoming.count), lastUsedAt: later(local.lastUsedAt, incoming.lastUsedAt) }
      : { ...mapped, id: `${mapped.customerId}|${mapped.phrase}` };
    count('phraseUsage', local, next);
    return next;
  });

  return { preview, writes: { customers: [...customerWrites.values()].map((w) => w.next), contacts, notes, promises, phraseUsage } };
}

/** What importing this file would change, without changing anything. */
export async function previewImport(db: TactfulDatabase, data: HistoryExport): Promise<ImportPreview> {
  return db.transaction('r', historyTables(db), async () => (await mergeIntoDatabase(db, data)).preview);
}

/**
 * Merge the file into history, all or nothing: one transaction, so a full disk (or anything else)
 * part way leaves history exactly as it was.
 */
export async function importHistory(db: TactfulDatabase, data: HistoryExport): Promise<ImportPreview> {
  return writeTransaction(db, historyTables(db), async () => {
    const { preview, writes } = await mergeIntoDatabase(db, data);
    await db.customers.bulkPut(writes.customers);
    await db.contacts.bulkPut(writes.contacts);
    await db.notes.bulkPut(writes.notes);
    await db.promises.bulkPut(writes.promises);
    await db.phraseUsage.bulkPut(writes.phraseUsage);
    return preview;
  });
}

/** "Adds 3 customers and 12 conversations; updates 1 conversation." */
export function describePreview(preview: ImportPreview): string {
  const names: Record<keyof ImportPreview, (count: number) => string> = {
    customers: (n) => t('lib.history.import.customers', n, [n.toLocaleString(uiLanguage())]),
    contacts: (n) => t('lib.history.import.contacts', n, [n.toLocaleString(uiLanguage())]),
    notes: (n) => t('lib.history.import.notes', n, [n.toLocaleString(uiLanguage())]),
    promises: (n) => t('lib.history.import.promises', n, [n.toLocaleString(uiLanguage())]),
    phraseUsage: (n) => t('lib.history.import.phraseUsage', n, [n.toLocaleString(uiLanguage())]),
  };
  const list = (kind: 'added' | 'updated') =>
    (Object.keys(names) as (keyof ImportPreview)[]).filter((table) => preview[table][kind] > 0).map((table) => names[table](preview[table][kind]));
  const joinAnd = (items: string[]) =>
    items.length <= 1 ? items.join('') : t('lib.history.import.and', { list: items.slice(0, -1).join(', '), last: items[items.length - 1] ?? '' });
  const added = list('added');
  const updated = list('updated');
  if (!added.length && !updated.length) return t('lib.history.import.nothingNew');
  const changes =
    added.length && updated.length
      ? t('lib.history.import.addsAndUpdates', { added: joinAnd(added), updated: joinAnd(updated) })
      : added.length
        ? t('lib.history.import.adds', { list: joinAnd(added) })
        : t('lib.history.import.updates', { list: joinAnd(updated) });
  return t('lib.history.import.nothingRemoved', { changes });
}
