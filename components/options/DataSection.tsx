import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import type { CustomerRecord, TactfulDatabase } from '@/lib/db';
import {
  applyRetention,
  BLOCKED_UPGRADE_MESSAGE,
  describePreview,
  describeStorageError,
  eraseCustomer,
  eraseHistory,
  exportHistory,
  importHistory,
  parseExport,
  previewImport,
  requestPersistence,
  retentionDays,
  storageState,
  type HistoryExport,
  type StorageState,
} from '@/lib/history';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

const RETENTION_CHOICES: { days: number | null; label: string }[] = [
  { days: null, label: 'Until I erase it' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 180, label: '180 days' },
  { days: 365, label: '1 year' },
];

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * The agent's own data: how much there is and how much room it takes, a copy to keep, a copy to
 * read back (previewed before anything changes), erasing one customer or everything, and how long
 * to keep it. Every failure is named, and none of them loses what is already stored.
 */
export function DataSection({ db }: { db: TactfulDatabase }) {
  const [status, setStatus] = useState<Status>();
  const [blocked, setBlocked] = useState(false);
  const counts = useLiveQuery(
    async () => ({ customers: await db.customers.count(), contacts: await db.contacts.count(), notes: await db.notes.count() }),
    [db],
  );

  useEffect(() => {
    const onBlocked = () => setBlocked(true);
    db.on('blocked', onBlocked);
    return () => db.on('blocked').unsubscribe(onBlocked);
  }, [db]);

  const run = async (what: string, action: () => Promise<string>) => {
    setStatus(undefined);
    try {
      setStatus({ kind: 'ok', text: await action() });
    } catch (error) {
      setStatus({ kind: 'error', text: describeStorageError(error, what) });
    }
  };

  const download = () =>
    run("The export wasn't made", async () => {
      const data = await exportHistory(db, new Date());
      const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `tactful-history-${data.exportedAt.slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return `Exported ${plural(data.customers.length, 'customer', 'customers')} and ${plural(data.contacts.length, 'conversation', 'conversations')}.`;
    });

  return (
    <section aria-labelledby="data-title" className="options-section">
      <h2 id="data-title">Your data</h2>
      {blocked && (
        <p className="warning" role="alert">
          {BLOCKED_UPGRADE_MESSAGE}
        </p>
      )}
      <p className="muted">
        Customer history stays in this browser only.{' '}
        {counts ? `${plural(counts.customers, 'customer', 'customers')}, ${plural(counts.contacts, 'conversation', 'conversations')}, ${plural(counts.notes, 'note', 'notes')}.` : ''}
      </p>
      <StorageLine />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void download()}>
          Export history
        </button>
      </div>
      <ImportHistory db={db} onStatus={setStatus} />
      <EraseCustomer db={db} run={run} />
      <EraseEverything run={(action) => run("History wasn't erased", action)} db={db} />
      <Retention db={db} run={run} />
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'warning' : 'muted small'}>
          {status.text}
        </p>
      )}
    </section>
  );
}

function StorageLine() {
  const [state, setState] = useState<StorageState | undefined>();
  const [asked, setAsked] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void storageState().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [asked]);
  if (!state) return null;
  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 1 : 0)} MB`;
  return (
    <p className="muted small" data-testid="storage-line">
      {state.usedBytes !== undefined
        ? `Storage used: ${mb(state.usedBytes)}${state.quotaBytes ? ` of ${mb(state.quotaBytes)} available` : ''}.`
        : 'This browser does not say how much storage is used.'}{' '}
      {state.persisted === true && 'The browser will keep this data when space runs low.'}
      {state.persisted === false && (
        <>
          The browser may clear it when space runs low.{' '}
          <button
            type="button"
            className="link"
            onClick={() =>
              void requestPersistence().then((granted) => setAsked(granted ? 'The browser will now keep Tactful’s data.' : 'The browser declined; export your history now and then to keep a copy.'))
            }
          >
            Ask the browser to keep it
          </button>
        </>
      )}
      {asked && <span role="status"> {asked}</span>}
    </p>
  );
}

function ImportHistory({ db, onStatus }: { db: TactfulDatabase; onStatus(status: Status): void }) {
  const inputId = useId();
  const [pending, setPending] = useState<{ data: HistoryExport; preview: string; file: string } | undefined>();
  const choose = async (file: File | undefined) => {
    onStatus(undefined);
    setPending(undefined);
    if (!file) return;
    try {
      const parsed = parseExport(await file.text());
      if (!parsed.ok) {
        onStatus({ kind: 'error', text: parsed.error });
        return;
      }
      setPending({ data: parsed.data, preview: describePreview(await previewImport(db, parsed.data)), file: file.name });
    } catch (error) {
      onStatus({ kind: 'error', text: describeStorageError(error, "The file couldn't be read") });
    }
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      const done = await importHistory(db, pending.data);
      setPending(undefined);
      onStatus({ kind: 'ok', text: `Imported: ${describePreview(done)}` });
    } catch (error) {
      onStatus({ kind: 'error', text: describeStorageError(error, "The import wasn't saved") });
    }
  };
  return (
    <div className="actions">
      <label htmlFor={inputId}>Import history from a file</label>
      <input
        id={inputId}
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          void choose(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {pending && (
        <div role="region" aria-label="Import preview">
          <p>
            {pending.file}: {pending.preview}
          </p>
          <button type="button" className="primary" onClick={() => void confirm()}>
            Import
          </button>
          <button type="button" className="link" onClick={() => setPending(undefined)}>
            Cancel import
          </button>
        </div>
      )}
    </div>
  );
}

function EraseCustomer({ db, run }: { db: TactfulDatabase; run(what: string, action: () => Promise<string>): Promise<void> }) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState<string | undefined>();
  const term = query.trim().toLowerCase();
  const matches = useLiveQuery(async () => {
    if (term.length < 2) return [];
    const byEmail = await db.customers.where('email').startsWith(term).limit(10).toArray();
    if (byEmail.length >= 10) return byEmail;
    const byName = await db.customers
      .filter((c) => !!c.name?.toLowerCase().includes(term) && !byEmail.some((e) => e.id === c.id))
      .limit(10 - byEmail.length)
      .toArray();
    return [...byEmail, ...byName];
  }, [db, term]);
  const label = (c: CustomerRecord) => [c.name, c.email].filter(Boolean).join(' · ') || c.id;
  return (
    <div className="erase-customer">
      <label htmlFor={inputId}>Erase one customer (name or e-mail)</label>
      <input id={inputId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {term.length >= 2 && matches?.length === 0 && <p className="muted small">No customer matches.</p>}
      {matches && matches.length > 0 && (
        <ul aria-label="Matching customers">
          {matches.map((c) => (
            <li key={c.id}>
              {label(c)}{' '}
              {confirming === c.id ? (
                <>
                  <span className="warning">Erase {label(c)} and everything about them?</span>{' '}
                  <button
                    type="button"
                    className="primary danger"
                    onClick={() =>
                      void run("The customer wasn't erased", async () => {
                        const contacts = await eraseCustomer(db, c.id);
                        setConfirming(undefined);
                        return `Erased ${label(c)} and ${plural(contacts, 'conversation', 'conversations')}.`;
                      })
                    }
                  >
                    Erase customer
                  </button>{' '}
                  <button type="button" className="link" onClick={() => setConfirming(undefined)}>
                    Keep
                  </button>
                </>
              ) : (
                <button type="button" className="link" aria-label={`Erase ${label(c)}…`} onClick={() => setConfirming(c.id)}>
                  Erase…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function EraseEverything({ db, run }: { db: TactfulDatabase; run(action: () => Promise<string>): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="actions">
      {confirming ? (
        <>
          <span className="warning">Erase every customer, conversation, note and promise Tactful remembers?</span>
          <button
            type="button"
            className="primary danger"
            onClick={() =>
              void run(async () => {
                await eraseHistory(db);
                setConfirming(false);
                return 'History erased.';
              })
            }
          >
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
  );
}

function Retention({ db, run }: { db: TactfulDatabase; run(what: string, action: () => Promise<string>): Promise<void> }) {
  const selectId = useId();
  const [days, setDays] = useState<number | null | undefined>();
  useEffect(() => {
    void retentionDays.getValue().then(setDays);
  }, []);
  if (days === undefined) return null;
  const choose = (value: number | null) =>
    run("The retention period wasn't applied", async () => {
      await retentionDays.setValue(value);
      setDays(value);
      if (!value) return 'History is kept until you erase it.';
      const removed = await applyRetention(db, new Date(), value);
      return `History older than ${value} days is deleted daily. Deleted now: ${plural(removed.contacts, 'conversation', 'conversations')}, ${plural(removed.customers, 'customer', 'customers')}.`;
    });
  return (
    <div className="actions">
      <label htmlFor={selectId}>Keep history for</label>
      <select id={selectId} value={days ?? ''} onChange={(e) => void choose(e.target.value ? Number(e.target.value) : null)}>
        {RETENTION_CHOICES.map((c) => (
          <option key={c.label} value={c.days ?? ''}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
