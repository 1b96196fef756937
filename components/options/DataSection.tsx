import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import type { CustomerRecord, TactfulDatabase } from '@/lib/db';
import {
  applyRetention,
  blockedUpgradeMessage,
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
import { i18n } from '#i18n';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

const RETENTION_CHOICES: { days: number | null; label: () => string }[] = [
  { days: null, label: () => i18n.t('options.data.retention.forever') },
  { days: 30, label: () => i18n.t('options.data.retention.days', 30) },
  { days: 90, label: () => i18n.t('options.data.retention.days', 90) },
  { days: 180, label: () => i18n.t('options.data.retention.days', 180) },
  { days: 365, label: () => i18n.t('options.data.retention.year') },
];

/** A count of records in words, the number written with thousands separators. */
const count = {
  customers: (n: number) => i18n.t('options.data.customers', n, [n.toLocaleString('en')]),
  conversations: (n: number) => i18n.t('options.data.conversations', n, [n.toLocaleString('en')]),
  notes: (n: number) => i18n.t('options.data.notes', n, [n.toLocaleString('en')]),
};

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
    run(i18n.t('options.data.exportFailed'), async () => {
      const data = await exportHistory(db, new Date());
      const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `tactful-history-${data.exportedAt.slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return i18n.t('options.data.exported', { customers: count.customers(data.customers.length), conversations: count.conversations(data.contacts.length) });
    });

  return (
    <section aria-labelledby="data-title" className="options-section">
      <h2 id="data-title">{i18n.t('options.views.data')}</h2>
      {blocked && (
        <p className="warning" role="alert">
          {blockedUpgradeMessage()}
        </p>
      )}
      <p className="muted">
        {i18n.t('options.data.only')}{' '}
        {counts
          ? i18n.t('options.data.counts', { customers: count.customers(counts.customers), conversations: count.conversations(counts.contacts), notes: count.notes(counts.notes) })
          : ''}
      </p>
      <StorageLine />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void download()}>
          {i18n.t('options.data.export')}
        </button>
      </div>
      <ImportHistory db={db} onStatus={setStatus} />
      <EraseCustomer db={db} run={run} />
      <EraseEverything run={(action) => run(i18n.t('options.data.eraseFailed'), action)} db={db} />
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
      {state.usedBytes === undefined
        ? i18n.t('options.data.storageUnknown')
        : state.quotaBytes
          ? i18n.t('options.data.storageUsedOf', { used: mb(state.usedBytes), quota: mb(state.quotaBytes) })
          : i18n.t('options.data.storageUsed', { used: mb(state.usedBytes) })}{' '}
      {state.persisted === true && i18n.t('options.data.persisted')}
      {state.persisted === false && (
        <>
          {i18n.t('options.data.mayClear')}{' '}
          <button
            type="button"
            className="link"
            onClick={() =>
              void requestPersistence().then((granted) => setAsked(granted ? i18n.t('options.data.nowKept') : i18n.t('options.data.declined')))
            }
          >
            {i18n.t('options.data.askKeep')}
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
      onStatus({ kind: 'error', text: describeStorageError(error, i18n.t('options.data.fileUnreadable')) });
    }
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      const done = await importHistory(db, pending.data);
      setPending(undefined);
      onStatus({ kind: 'ok', text: i18n.t('options.data.imported', { what: describePreview(done) }) });
    } catch (error) {
      onStatus({ kind: 'error', text: describeStorageError(error, i18n.t('options.data.importFailed')) });
    }
  };
  return (
    <div className="actions">
      <label htmlFor={inputId}>{i18n.t('options.data.importFrom')}</label>
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
        <div role="region" aria-label={i18n.t('options.data.preview')}>
          <p>{i18n.t('options.data.previewLine', { file: pending.file, preview: pending.preview })}</p>
          <button type="button" className="primary" onClick={() => void confirm()}>
            {i18n.t('options.data.import')}
          </button>
          <button type="button" className="link" onClick={() => setPending(undefined)}>
            {i18n.t('options.data.cancelImport')}
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
      <label htmlFor={inputId}>{i18n.t('options.data.eraseOne')}</label>
      <input id={inputId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {term.length >= 2 && matches?.length === 0 && <p className="muted small">{i18n.t('options.data.noMatch')}</p>}
      {matches && matches.length > 0 && (
        <ul aria-label={i18n.t('options.data.matching')}>
          {matches.map((c) => (
            <li key={c.id}>
              {label(c)}{' '}
              {confirming === c.id ? (
                <>
                  <span className="warning">{i18n.t('options.data.eraseAsk', { who: label(c) })}</span>{' '}
                  <button
                    type="button"
                    className="primary danger"
                    onClick={() =>
                      void run(i18n.t('options.data.customerNotErased'), async () => {
                        const contacts = await eraseCustomer(db, c.id);
                        setConfirming(undefined);
                        return i18n.t('options.data.erasedCustomer', { who: label(c), conversations: count.conversations(contacts) });
                      })
                    }
                  >
                    {i18n.t('options.data.eraseCustomer')}
                  </button>{' '}
                  <button type="button" className="link" onClick={() => setConfirming(undefined)}>
                    {i18n.t('options.data.keep')}
                  </button>
                </>
              ) : (
                <button type="button" className="link" aria-label={i18n.t('options.data.eraseLabel', { who: label(c) })} onClick={() => setConfirming(c.id)}>
                  {i18n.t('options.data.eraseDots')}
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
          <span className="warning">{i18n.t('options.data.eraseAllAsk')}</span>
          <button
            type="button"
            className="primary danger"
            onClick={() =>
              void run(async () => {
                await eraseHistory(db);
                setConfirming(false);
                return i18n.t('options.data.erased');
              })
            }
          >
            {i18n.t('options.data.erase')}
          </button>
          <button type="button" className="link" onClick={() => setConfirming(false)}>
            {i18n.t('options.data.keepIt')}
          </button>
        </>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {i18n.t('options.data.eraseHistory')}
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
    run(i18n.t('options.data.retentionFailed'), async () => {
      await retentionDays.setValue(value);
      setDays(value);
      if (!value) return i18n.t('options.data.keptUntilErased');
      const removed = await applyRetention(db, new Date(), value);
      return i18n.t('options.data.retentionApplied', { days: value, conversations: count.conversations(removed.contacts), customers: count.customers(removed.customers) });
    });
  return (
    <div className="actions">
      <label htmlFor={selectId}>{i18n.t('options.data.keepFor')}</label>
      <select id={selectId} value={days ?? ''} onChange={(e) => void choose(e.target.value ? Number(e.target.value) : null)}>
        {RETENTION_CHOICES.map((c) => (
          <option key={c.days ?? 'forever'} value={c.days ?? ''}>
            {c.label()}
          </option>
        ))}
      </select>
    </div>
  );
}
