import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import type { TactfulDatabase } from '@/lib/db';
import { customerIdentity, describeStorageError, HistoryActionError, mergeCustomers, searchCustomers, splitCustomer, undoMerge, type CustomerMatch, type MergeUndo } from '@/lib/history';
import { keyRank } from '@/lib/history/identity';
import { shortDate } from './TrendChart';
import { i18n } from '#i18n';

type Mode = 'closed' | 'merge' | 'split';

interface Done {
  text: string;
  undo?: MergeUndo;
}

/**
 * The agent's say on who is who, beside the customer's history: "Same person as…" finds another
 * customer by name or address and merges the two (with undo); "Not the same person?" moves chosen
 * conversations and identifiers off to a new customer, who is then kept apart from this one.
 */
export function IdentityActions({ db, customerId }: { db: TactfulDatabase; customerId: string }) {
  const [mode, setMode] = useState<Mode>('closed');
  const [done, setDone] = useState<Done | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const identity = useLiveQuery(() => customerIdentity(db, customerId), [db, customerId]);

  const act = async (action: () => Promise<Done>) => {
    setProblem(undefined);
    try {
      setDone(await action());
      setMode('closed');
    } catch (error) {
      setProblem(error instanceof HistoryActionError ? error.message : describeStorageError(error, i18n.t('panel.identity.nothingChanged')));
    }
  };
  const toggle = (next: Mode) => {
    setProblem(undefined);
    setMode(mode === next ? 'closed' : next);
  };

  if (!identity) return null;
  const { customer, contacts } = identity;
  return (
    <div className="history-block history-identity">
      <span className="history-actions">
        <button type="button" className="link" aria-expanded={mode === 'merge'} onClick={() => toggle('merge')}>
          {i18n.t('panel.identity.samePerson')}
        </button>
        <button type="button" className="link" aria-expanded={mode === 'split'} onClick={() => toggle('split')}>
          {i18n.t('panel.identity.notSame')}
        </button>
      </span>
      {mode === 'merge' && (
        <MergePicker
          db={db}
          customerId={customer.id}
          onMerge={(other) =>
            void act(async () => {
              // The stronger id names the merged record (an address beats a helpdesk id beats a name).
              const [into, from] = keyRank(other.id) > keyRank(customer.id) ? [other.id, customer.id] : [customer.id, other.id];
              const { undo } = await mergeCustomers(db, into, from);
              return { text: i18n.t('panel.identity.merged', { who: describe(other) }), undo };
            })
          }
        />
      )}
      {mode === 'split' && (
        <SplitPicker
          contacts={contacts}
          identifiers={customer.keys.filter((k) => k !== customer.id)}
          onSplit={(contactIds, keys) =>
            void act(async () => {
              await splitCustomer(db, customer.id, contactIds, new Date(), { keys });
              const conversations = contactIds.length ? i18n.t('panel.identity.conversations', contactIds.length) : '';
              const identifiers = keys.length ? i18n.t('panel.identity.identifiers', keys.length) : '';
              const what = conversations && identifiers ? i18n.t('panel.identity.and', { first: conversations, second: identifiers }) : conversations || identifiers;
              return { text: i18n.t('panel.identity.moved', { what }) };
            })
          }
        />
      )}
      {done && (
        <p className="small" role="status">
          {done.text}
          {done.undo && (
            <button
              type="button"
              className="link"
              onClick={() => {
                const undo = done.undo;
                if (!undo) return;
                void act(async () => {
                  await undoMerge(db, undo);
                  return { text: i18n.t('panel.identity.mergeUndone') };
                });
              }}
            >
              {i18n.t('panel.identity.undo')}
            </button>
          )}
        </p>
      )}
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function MergePicker({ db, customerId, onMerge }: { db: TactfulDatabase; customerId: string; onMerge(other: CustomerMatch): void }) {
  const [query, setQuery] = useState('');
  // The answer and the query it answers: a list for a query since changed is not shown.
  const [result, setResult] = useState<{ query: string; matches: CustomerMatch[] } | undefined>();
  const inputId = useId();
  useEffect(() => {
    let current = true;
    // A short pause while typing, so each keystroke does not read the customers again.
    const timer = setTimeout(() => {
      void searchCustomers(db, query, { exclude: customerId }).then(
        (matches) => current && setResult({ query, matches }),
        () => current && setResult({ query, matches: [] }),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [db, query, customerId]);
  const matches = query.trim().length >= 2 && result?.query === query ? result.matches : undefined;
  return (
    <div className="history-identity-picker">
      <label htmlFor={inputId} className="small">
        {i18n.t('panel.identity.find')}
      </label>
      <input id={inputId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {matches && (
        <ul className="history-identity-list" aria-label={i18n.t('panel.identity.found')}>
          {matches.length === 0 && <li className="muted small">{i18n.t('panel.identity.noMatch')}</li>}
          {matches.map((m) => (
            <li key={m.id}>
              <span>{describe(m)}</span> <span className="muted small">{i18n.t('panel.identity.lastSeen', { date: shortDate(m.lastSeenAt) })}</span>
              <button type="button" className="secondary" aria-label={i18n.t('panel.identity.mergeLabel', { who: describe(m) })} onClick={() => onMerge(m)}>
                {i18n.t('panel.identity.merge')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SplitPicker({
  contacts,
  identifiers,
  onSplit,
}: {
  contacts: { id: string; subject?: string; lastSeenAt: string; origin: string }[];
  identifiers: string[];
  onSplit(contactIds: string[], keys: string[]): void;
}) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [keys, setKeys] = useState<Set<string>>(new Set());
  const flip = (set: Set<string>, id: string) => {
    const next = new Set(set);
    if (!next.delete(id)) next.add(id);
    return next;
  };
  return (
    <fieldset className="history-identity-picker">
      <legend className="small">{i18n.t('panel.identity.choose')}</legend>
      <ul className="history-identity-list" aria-label={i18n.t('panel.identity.conversationList')}>
        {contacts.map((c) => (
          <li key={c.id}>
            <label>
              <input type="checkbox" checked={chosen.has(c.id)} onChange={() => setChosen(flip(chosen, c.id))} /> {c.subject ?? i18n.t('panel.identity.noSubject')}{' '}
              <span className="muted small">
                {shortDate(c.lastSeenAt)}, {hostOf(c.origin)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {identifiers.length > 0 && (
        <ul className="history-identity-list" aria-label={i18n.t('panel.identity.identifierList')}>
          {identifiers.map((k) => (
            <li key={k}>
              <label>
                <input type="checkbox" checked={keys.has(k)} onChange={() => setKeys(flip(keys, k))} /> {describeKey(k)}
              </label>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="secondary" disabled={chosen.size === 0 && keys.size === 0} onClick={() => onSplit([...chosen], [...keys])}>
        {i18n.t('panel.identity.moveToNew')}
      </button>
    </fieldset>
  );
}

function describe(c: { name?: string; email?: string; id: string }): string {
  if (c.name && c.email) return `${c.name} (${c.email})`;
  return c.name ?? c.email ?? describeKey(c.id);
}

/** `email:…`, `id:helpdesk@origin:…`, `name:helpdesk@origin:…` in words. */
export function describeKey(key: string): string {
  const kind = key.slice(0, key.indexOf(':'));
  const rest = key.slice(kind.length + 1);
  if (kind === 'email') return i18n.t('panel.identity.keys.email', { value: rest });
  if (kind === 'id' || kind === 'name') {
    const cut = rest.lastIndexOf(':');
    const scope = rest.slice(0, cut);
    const value = rest.slice(cut + 1);
    const at = scope.indexOf('@');
    const where = at >= 0 ? hostOf(scope.slice(at + 1)) : scope;
    return kind === 'id' ? i18n.t('panel.identity.keys.id', { value, where }) : i18n.t('panel.identity.keys.name', { value, where });
  }
  return i18n.t('panel.identity.keys.earlier');
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
