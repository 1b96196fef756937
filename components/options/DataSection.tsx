import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TactfulDatabase } from '@/lib/db';
import { eraseHistory, exportHistory } from '@/lib/history';

/** The agent's own data: how much there is, a copy to keep, and a way to erase it. */
export function DataSection({ db }: { db: TactfulDatabase }) {
  const counts = useLiveQuery(async () => ({ customers: await db.customers.count(), contacts: await db.contacts.count() }), [db]);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | undefined>();

  const download = async () => {
    const data = await exportHistory(db, new Date());
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `tactful-history-${data.exportedAt.slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(url);
    setStatus('Exported.');
  };
  const erase = async () => {
    await eraseHistory(db);
    setConfirming(false);
    setStatus('History erased.');
  };

  return (
    <section aria-labelledby="data-title" className="options-section">
      <h2 id="data-title">Your data</h2>
      <p className="muted">
        Customer history stays in this browser only. {counts ? `${counts.customers} customers, ${counts.contacts} conversations.` : ''}
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void download()}>
          Export history
        </button>
        {confirming ? (
          <>
            <span className="warning">Erase every customer and conversation Tactful remembers?</span>
            <button type="button" className="primary danger" onClick={() => void erase()}>
              Erase
            </button>
            <button type="button" className="link" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Erase history…
          </button>
        )}
      </div>
      {status && (
        <p role="status" className="muted small">
          {status}
        </p>
      )}
    </section>
  );
}
