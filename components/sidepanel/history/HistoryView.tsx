import { useState, type ReactNode } from 'react';
import type { HistorySummary, PromiseStatus } from '@/lib/history';
import type { NoteRecord, PromiseState } from '@/lib/db';
import { shortDate, TrendChart } from './TrendChart';
import './history.css';

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

const STATUS_TEXT: Record<PromiseStatus, string> = { open: 'Open', kept: 'Kept', missed: 'Missed', overdue: 'Overdue', dismissed: 'Dismissed' };

/**
 * The customer's story so far, to read before replying: how often and where they have been in
 * touch, about what, how they felt, what was promised and whether it was kept, and the agent's
 * notes. Self-contained: give it a summary (`loadHistorySummary`) and the callbacks.
 */
export function HistoryView({ summary, error, onAddNote, onEditNote, onDeleteNote, onPromiseState, children }: HistoryViewProps) {
  if (!summary) {
    return (
      <section className="history" aria-label="History">
        {error ? (
          <p className="warning" role="alert">
            {error}
          </p>
        ) : (
          <p className="muted" role="status">
            Reading history…
          </p>
        )}
      </section>
    );
  }
  const s = summary;
  return (
    <section className="history" aria-label="History">
      <h2 className="section-title">History</h2>
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      {s.repeat && (
        <p className="history-repeat" data-testid="history-repeat">
          <span aria-hidden="true">↻ </span>
          {capitalise(s.repeat.text)} in 90 days
        </p>
      )}
      <p className="history-counts" data-testid="history-counts">
        {s.hasEarlierContact ? `${s.earlierContacts === 1 ? '1 earlier contact' : `${s.earlierContacts} earlier contacts`}` : 'First contact'}
        {s.hasEarlierContact && ` · ${s.last30Days} in the last 30 days, ${s.last90Days} in 90`}
      </p>
      {s.helpdesks.length > 1 && <p className="muted small">Across {s.helpdesks.map((h) => `${hostOf(h.origin)} (${h.contacts})`).join(', ')}</p>}
      {s.previous && (
        <p className="small">
          Last time ({shortDate(s.previous.at)}): {s.previous.subject ?? 'no subject'}
          {s.previous.resolved === true ? ' — resolved' : s.previous.resolved === false ? ' — not resolved' : ''}
        </p>
      )}
      {s.topics.length > 0 && (
        <div className="history-block">
          <h3 className="history-heading">Topics</h3>
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
          <h3 className="history-heading">How they felt</h3>
          <TrendChart points={s.trend} summary={s.trendText} />
          {s.trendText && <p className="small">{s.trendText}</p>}
        </div>
      )}
      {s.promises.length > 0 && (
        <div className="history-block">
          <h3 className="history-heading">Promises</h3>
          <ul className="history-promises">
            {s.promises.map((p) => (
              <li key={p.id} className={`promise-${p.status}`}>
                <span className="promise-status">{STATUS_TEXT[p.status]}</span> {p.text}
                <span className="muted small">
                  {' '}
                  made {shortDate(p.madeAt)}
                  {p.dueAt ? `, due ${shortDate(p.dueAt)}` : ''}
                </span>
                {onPromiseState && (p.status === 'open' || p.status === 'overdue') && (
                  <span className="history-actions">
                    <button type="button" className="link" onClick={() => void onPromiseState(p.id, 'kept')} aria-label={`Mark kept: ${p.text}`}>
                      Kept
                    </button>
                    <button type="button" className="link" onClick={() => void onPromiseState(p.id, 'missed')} aria-label={`Mark missed: ${p.text}`}>
                      Missed
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
      <h3 className="history-heading">Your notes</h3>
      {notes.length === 0 && <p className="muted small">No notes yet.</p>}
      <ul className="history-notes">
        {notes.map((note) =>
          editing?.id === note.id ? (
            <li key={note.id}>
              <textarea aria-label="Edit note" value={editing.text} onChange={(e) => setEditing({ id: note.id, text: e.target.value })} rows={3} />
              <span className="history-actions">
                <button type="button" className="secondary" onClick={() => void attempt(() => onEdit(note.id, editing.text), () => setEditing(undefined))}>
                  Save note
                </button>
                <button type="button" className="link" onClick={() => setEditing(undefined)}>
                  Cancel
                </button>
              </span>
            </li>
          ) : (
            <li key={note.id}>
              <span className="history-note-text">{note.text}</span> <span className="muted small">{shortDate(note.updatedAt)}</span>
              <span className="history-actions">
                <button type="button" className="link" aria-label={`Edit note: ${note.text.slice(0, 40)}`} onClick={() => setEditing({ id: note.id, text: note.text })}>
                  Edit
                </button>
                {onDelete && (
                  <button type="button" className="link" aria-label={`Delete note: ${note.text.slice(0, 40)}`} onClick={() => void attempt(() => onDelete(note.id), () => undefined)}>
                    Delete
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
        <textarea aria-label="New note for next time" placeholder="A note for next time (only in this browser)" value={draft} onChange={(e) => setDraft(e.target.value)} rows={2} maxLength={2000} />
        <button type="submit" className="secondary" disabled={!draft.trim()}>
          Add note
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
