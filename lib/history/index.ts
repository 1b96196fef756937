import type { ContactRecord, TactfulDatabase } from '../db';
import { resolveCustomerId } from './identity';

/**
 * The customer's history: recording conversations (`record.ts`), who is who (`identity.ts`), notes,
 * promises and phrase counts (`notes.ts`), merging and splitting customers by hand (`manual.ts`), the panel's summary (`summary.ts`), export and import
 * (`transfer.ts`), erasing and retention (`retention.ts`), and plain words for failures (`errors.ts`).
 */

export { recordConversation, updateContactDetails, detailsFromInsight } from './record';
export { mergeCustomers, undoMerge, splitCustomer, searchCustomers, customerIdentity } from './manual';
export type { MergeResult, MergeUndo, SplitOptions, CustomerMatch, CustomerIdentity } from './manual';
export type { RecordedContact, ContactDetails } from './record';
export { contactKey, snapshotKeys, resolveCustomerId } from './identity';
export { addNote, editNote, deleteNote, notesFor, recordPromise, setPromiseState, markMissedPromises, promisesFor, recordPhraseUse, phraseUsageFor } from './notes';
export type { NewPromise } from './notes';
export { summarizeHistory, loadHistorySummary, ordinal, TOPIC_LABEL } from './summary';
export type { HistorySummary, SummaryInput, TrendPoint, PromiseSummary, PromiseStatus } from './summary';
export { exportHistory, parseExport, previewImport, importHistory, describePreview, EXPORT_FORMAT, EXPORT_VERSION } from './transfer';
export type { HistoryExport, ImportPreview, ParsedExport, TableChange } from './transfer';
export { eraseHistory, eraseCustomer, applyRetention, runRetention, retentionDays, RETENTION_ALARM, storageState, requestPersistence } from './retention';
export type { RetentionResult, StorageState } from './retention';
export { describeStorageError, isQuotaError, errorNames, blockedUpgradeMessage, HistoryActionError } from './errors';

/** The customer's other conversations, newest first (a merged customer's old id still works). */
export async function earlierContacts(db: TactfulDatabase, customerId: string, exceptContactId?: string): Promise<ContactRecord[]> {
  const id = (await resolveCustomerId(db, customerId)) ?? customerId;
  const contacts = await db.contacts.where('[customerId+lastSeenAt]').between([id, ''], [id, '\uffff']).reverse().toArray();
  return contacts.filter((c) => c.id !== exceptContactId);
}
