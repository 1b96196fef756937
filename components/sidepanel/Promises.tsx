import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { PromiseRecord, TactfulDatabase } from '@/lib/db';
import type { Part, PromiseOutcome } from '@/lib/panel';
import { promiseId, STATE_TEXT, dueLine, type TextPromise } from '@/lib/promises';
import { resolveCustomerId } from '@/lib/history';
import { useActions } from './context';
import { unwrap } from './part';
import './promises.css';
import { i18n } from '#i18n';

export interface PromisesProps {
  /** The promises with a time in the agent's draft. */
  draft: Part<TextPromise[]>;
  db?: TactfulDatabase;
  /** Where the open conversation is recorded (absent: the customer is not in history). */
  customerId?: string;
  contactId?: string;
  now: number;
  /** The team's zone: due times are said in it. */
  zone: string;
}

/** Every promise stored for the customer (any state), live; undefined while it loads. */
function useCustomerPromises(db: TactfulDatabase | undefined, customerId: string | undefined): PromiseRecord[] | undefined {
  return useLiveQuery(async () => {
    if (!db || !customerId) return [];
    const id = (await resolveCustomerId(db, customerId)) ?? customerId;
    return db.promises.where('customerId').equals(id).toArray();
  }, [db, customerId]);
}

/**
 * What the agent promised this customer and still has to keep (open, or missed and not yet
 * dismissed), with "Done" and "Dismiss"; and the times promised in the draft, each with
 * "Remember this promise" so Tactful reminds them before it falls due.
 */
export function Promises({ draft: part, db, customerId, contactId, now, zone }: PromisesProps) {
  const draft = unwrap(part);
  const actions = useActions();
  const stored = useCustomerPromises(db, customerId);
  const [status, setStatus] = useState<string | undefined>();
  const when = new Date(now);
  const active = (stored ?? [])
    .filter((p) => p.state === 'open' || p.state === 'missed')
    .sort((a, b) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff'));
  const storedIds = new Set((stored ?? []).map((p) => p.id));
  const fresh = contactId ? draft.filter((p) => !storedIds.has(promiseId(contactId, p.text))) : draft;
  if (active.length === 0 && fresh.length === 0) return null;

  const report = (done: string) => (outcome: PromiseOutcome) => setStatus(outcome.ok ? done : outcome.reason);
  const remember = (p: TextPromise) => {
    if (!actions.rememberPromise) return;
    void actions.rememberPromise({ text: p.text, dueAt: p.dueAt }).then(report(i18n.t('panel.promises.remembered')));
  };
  const settle = (p: PromiseRecord, state: 'kept' | 'dismissed') => {
    if (!actions.settlePromise) return;
    void actions.settlePromise(p.id, state).then(report(state === 'kept' ? i18n.t('panel.promises.markedDone') : i18n.t('panel.promises.dismissed')));
  };
  const canRemember = !!customerId && !!contactId && !!actions.rememberPromise;

  return (
    <section className="promises" aria-labelledby="promises-title">
      <h2 id="promises-title" className="section-title">
        {i18n.t('panel.views.promises')}
      </h2>
      {fresh.length > 0 && (
        <div className="promises-block">
          <h3 className="promises-heading">{i18n.t('panel.promises.inDraft')}</h3>
          <ul className="promises-list" aria-label={i18n.t('panel.promises.inDraftList')}>
            {fresh.map((p) => (
              <li key={p.text}>
                <span className="promise-text">“{p.text}”</span> <span className="muted small">{dueLine(p.dueAt, when, zone)}</span>
                {canRemember && (
                  <button type="button" className="secondary small" onClick={() => remember(p)} aria-label={i18n.t('panel.promises.rememberLabel', { text: p.text })}>
                    {i18n.t('panel.promises.remember')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {!canRemember && <p className="muted small">{i18n.t('panel.promises.onlyInHistory')}</p>}
        </div>
      )}
      {active.length > 0 && (
        <div className="promises-block">
          <h3 className="promises-heading">{i18n.t('panel.promises.toKeep')}</h3>
          <ul className="promises-list" aria-label={i18n.t('panel.promises.toKeepList')}>
            {active.map((p) => {
              const overdue = p.state === 'open' && !!p.dueAt && Date.parse(p.dueAt) <= now;
              const label = STATE_TEXT[overdue ? 'overdue' : p.state];
              return (
                <li key={p.id} className={`promise-${overdue ? 'overdue' : p.state}`} data-testid="promise">
                  <span className="promise-status">{label}</span> <span className="promise-text">{p.text}</span>
                  {p.dueAt && <span className="muted small"> — {dueLine(p.dueAt, when, zone)}</span>}
                  <span className="promise-actions">
                    {p.state === 'open' && (
                      <button type="button" className="link small" onClick={() => settle(p, 'kept')} aria-label={i18n.t('panel.promises.doneLabel', { text: p.text })}>
                        {i18n.t('panel.promises.done')}
                      </button>
                    )}
                    <button type="button" className="link small" onClick={() => settle(p, 'dismissed')} aria-label={i18n.t('panel.promises.dismissLabel', { text: p.text })}>
                      {i18n.t('panel.promises.dismiss')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {status && (
        <p role="status" className="small muted">
          {status}
        </p>
      )}
    </section>
  );
}
