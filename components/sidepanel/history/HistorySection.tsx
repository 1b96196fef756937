import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TactfulDatabase } from '@/lib/db';
import { addNote, deleteNote, describeStorageError, editNote, loadHistorySummary, setPromiseState } from '@/lib/history';
import { HistoryView } from './HistoryView';
import { IdentityActions } from './IdentityActions';
import { i18n } from '#i18n';

/**
 * `HistoryView` connected to the database: follows the customer's records live (another tab's
 * writes show at once) and saves notes and promise states. Give it the ids recording returned.
 */
export function HistorySection({ db, customerId, contactId }: { db: TactfulDatabase; customerId: string; contactId?: string }) {
  const [error, setError] = useState<string | undefined>();
  // The open conversation's customer as it is now: the agent may have merged or split it since.
  const ownerId = useLiveQuery(async () => (contactId ? ((await db.contacts.get(contactId))?.customerId ?? customerId) : customerId), [db, customerId, contactId]) ?? customerId;
  const summary = useLiveQuery(
    () =>
      loadHistorySummary(db, ownerId, contactId, new Date()).catch((e: unknown) => {
        setError(describeStorageError(e, i18n.t('panel.history.readFailed')));
        return undefined;
      }),
    [db, ownerId, contactId],
  );
  const saving = (what: string) => async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(undefined);
    } catch (e) {
      throw new Error(describeStorageError(e, what), { cause: e });
    }
  };
  const noteSaved = saving(i18n.t('panel.history.noteNotSaved'));
  return (
    <HistoryView
      summary={summary}
      error={error}
      onAddNote={(text) => noteSaved(() => addNote(db, summary?.customerId ?? ownerId, text, new Date(), contactId))}
      onEditNote={(id, text) => noteSaved(() => editNote(db, id, text, new Date()))}
      onDeleteNote={(id) => noteSaved(() => deleteNote(db, id))}
      onPromiseState={(id, state) =>
        saving(i18n.t('panel.history.promiseNotUpdated'))(() => setPromiseState(db, id, state)).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      }
    >
      {summary && <IdentityActions db={db} customerId={summary.customerId} />}
    </HistoryView>
  );
}
