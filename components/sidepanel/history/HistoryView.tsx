import { useState, type ReactNode } from 'react';
import type { HistorySummary, PromiseStatus } from '@/lib/history';
import type { NoteRecord, PromiseState } from '@/lib/db';
import { shortDate, TrendChart } from './TrendChart';
import './history.css';
import { i18n } from '#i18n';

export interface HistoryViewProps {
  /** The customer's history; undefined while it loads. */
  summary: HistorySummary | undefined;
  /** Why the history could not be read or saved, in plain words. */
  error?: string;
  onAddNote(text: string): Promise<void>;
  onEditNote(id: string, text: string): Promise<void>;
  onDeleteNote?(id: string): Promise<void>;
  /** Mark a promise kept or missed (omitted: promises are shown read-only). */
  onPromiseState?(id: string, state: PromiseState): Promise<void>;
  /** Shown last, inside the section (the controls for who is who). */
  children?: ReactNode;
}

const STATUS_TEXT: Record<PromiseStatus, () => string> = {
  open: () => i18n.t('panel.history.status.open'),
  kept: () => i18n.t('panel.history.status.kept'),
  missed: () => i18n.t('panel.history.status.missed'),
  overdue: () => i18n.t('panel.history.status.overdue'),
  dismissed: () => i18n.t('panel.history.status.dismissed'),
};

/**
 * The customer's story so far, to read before replying: how often and where they have been in
 * touch, about what, how they felt, what was promised and whether it was kept, and the agent's
 * notes. Self-contained: give it a summary (`loadHistorySummary`) and the callbacks.
 */
export function HistoryView({ summary, error, onAddNote, onEditNote, onDeleteNote, onPromiseState, children }: HistoryViewProps) {
  if (!summary) {
    return (
      <section className="history" aria-label={i18n.t('panel.views.history')}>
        {error ? (
          <p className="warning" role="alert">
            {error}
          </p>
        ) : (
          <p className="muted" role="status">
            {i18n.t('panel.history.reading')}
          </p>
        )}
      </section>
    );
  }
  const s = summary;
  return (
    <section className="history" aria-label={i18n.t('panel.views.history')}>
      <h2 className="section-title">{i18n.t('panel.views.history')}</h2>
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      {s.repeat && (
        <p className="history-repeat" data-testid="history-repeat">
          <span aria-hidden="true">↻ </span>
          {i18n.t('panel.history.repeat', { text: capitalise(s.repeat.text) })}
        </p>
      )}
      <p className="history-counts" data-testid="history-counts">
        {s.hasEarlierContact ? i18n.t('panel.history.earlier', s.earlierContacts) : i18n.t('panel.history.first')}
        {s.hasEarlierContact && i18n.t('panel.history.recent', { last30: s.last30Days, last90: s.last90Days })}
      </p>
      {s.helpdesks.length > 1 && (
        <p className="muted small">{i18n.t('panel.history.across', { helpdesks: s.helpdesks.map((h) => `${hostOf(h.origin)} (${h.contacts})`).join(', ') })}</p>
      )}
      {s.previous && (
        <p className="small">
          {i18n.t('panel.history.lastTime', { date: shortDate(s.previous.at), subject: s.previous.subject ?? i18n.t('panel.history.noSubject') })}
          {s.previous.resolved === true ? i18n.t('panel.history.resolved') : s.previous.resolved === false ? i18n.t('panel.history.notResolved') : ''}
        </p>
      )}
      {s.topics.length > 0 && (
        <div className="history-block">
          <h3 className="history-heading">{i18n.t('panel.history.topics')}</h3>
          <ul className="history-topics">
            {s.topics.map((t) => (
              <li key={t.category}>
                {capitalise(t.label)} <span className="muted">×{t.contacts}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.trend.length > 0 && (
        <div className="history-block">
          <h3 className="history-heading">{i18n.t('panel.history.felt')}</h3>
          <TrendChart points={s.trend} summary={s.trendText} />
          {s.trendText && <p className="small">{s.trendText}</p>}
        </div>
      )}
      {s.promises.length > 0 && (
        <div className="history-block">
          <h3 className="history-heading">{i18n.t('panel.views.promises')}</h3>
          <ul className="history-promises">
            {s.promises.map((p) => (
              <li key={p.id} className={`promise-${p.status}`}>
                <span className="promise-status">{STATUS_TEXT[p.status]()}</span> {p.text}
                <span className="muted small">
                  {' '}
                  {i18n.t('panel.history.made', { date: shortDate(p.madeAt) })}
                  {p.dueAt ? i18n.t('panel.history.due', { date: shortDate(p.dueAt) }) : ''}
                </span>
                {onPromiseState && (p.status === 'open' || p.status === 'overdue') && (
                  <span className="history-actions">
                    <button type="button" className="link" onClick={() => void onPromiseState(p.id, 'kept')} aria-label={i18n.t('panel.history.keptLabel', { text: p.text })}>
                      {i18n.t('panel.history.kept')}
                    </button>
                    <button type="button" className="link" onClick={() => void onPromiseState(p.id, 'missed')} aria-label={i18n.t('panel.history.missedLabel', { text: p.text })}>
                      {i18n.t('panel.history.missed')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Notes notes={s.notes} onAdd={onAddNote} onEdit={onEditNote} onDelete={onDeleteNote} />
      {children}
    </section>
  );
}

function Notes({ notes, onAdd, onEdit, onDelete }: { notes: NoteRecord[]; onAdd(text: string): Promise<void>; onEdit(id: string, text: string): Promise<void>; onDelete?(id: string): Promise<void> }) {
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const attempt = async (action: () => Promise<void>, after: () => void) => {
    setProblem(undefined);
    try {
      await action();
      after();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="history-block">
      <h3 className="history-heading">{i18n.t('panel.history.notes.title')}</h3>
      {notes.length === 0 && <p className="muted small">{i18n.t('panel.history.notes.none')}</p>}
      <ul className="history-notes">
        {notes.map((note) =>
          editing?.id === note.id ? (
            <li key={note.id}>
              <textarea aria-label={i18n.t('panel.history.notes.editLabel')} value={editing.text} onChange={(e) => setEditing({ id: note.id, text: e.target.value })} rows={3} />
              <span className="history-actions">
                <button type="button" className="secondary" onClick={() => void attempt(() => onEdit(note.id, editing.text), () => setEditing(undefined))}>
                  {i18n.t('panel.history.notes.save')}
                </button>
                <button type="button" className="link" onClick={() => setEditing(undefined)}>
                  {i18n.t('panel.history.notes.cancel')}
                </button>
              </span>
            </li>
          ) : (
            <li key={note.id}>
              <span className="history-note-text">{note.text}</span> <span className="muted small">{shortDate(note.updatedAt)}</span>
              <span className="history-actions">
                <button type="button" className="link" aria-label={i18n.t('panel.history.notes.editNoteLabel', { text: note.text.slice(0, 40) })}
                  onClick={() => setEditing({ id: note.id, text: note.text })}
                >
                  {i18n.t('panel.history.notes.edit')}
                </button>
                {onDelete && (
                  <button type="button" className="link" aria-label={i18n.t('panel.history.notes.deleteLabel', { text: note.text.slice(0, 40) })}
                    onClick={() => void attempt(() => onDelete(note.id), () => undefined)}
                  >
                    {i18n.t('panel.history.notes.delete')}
                  </button>
                )}
              </span>
            </li>
          ),
        )}
      </ul>
      <form
        className="history-note-form"
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(() => onAdd(draft), () => setDraft(''));
        }}
      >
        <textarea aria-label={i18n.t('panel.history.notes.newLabel')}
          placeholder={i18n.t('panel.history.notes.placeholder')} value={draft} onChange={(e) => setDraft(e.target.value)} rows={2} maxLength={2000} />
        <button type="submit" className="secondary" disabled={!draft.trim()}>
          {i18n.t('panel.history.notes.add')}
        </button>
      </form>
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
