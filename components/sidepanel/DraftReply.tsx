import { useState } from 'react';
import type { Part } from '@/lib/panel';
import type { DraftReply as DraftedReply, ReplyPoint } from '@/lib/suggest/types';
import { useActions } from './context';
import { GAP_LABELS } from './labels';
import { unwrap } from './part';

const POINTS: Record<ReplyPoint, string> = {
  heard: 'They know they were heard',
  timescale: 'A timescale',
  owner: 'Who is handling it',
  updates: 'Updates, even if it slips',
};

/**
 * A whole reply in the four-point shape (docs/principles.md §1) that the agent edits here before
 * inserting it: a starting point, never sent as it is.
 */
export function DraftReply({ reply }: { reply: Part<DraftedReply> }) {
  const { insert, copy } = useActions();
  const draft = unwrap(reply);
  const [text, setText] = useState<string | undefined>();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();

  if (text === undefined) {
    return (
      <section className="draft" aria-label="Draft a reply">
        <button type="button" className="secondary wide" onClick={() => setText(draft.text)}>
          Draft a reply
        </button>
      </section>
    );
  }

  const doInsert = async () => {
    const result = await insert(text);
    setStatus(result.ok ? { ok: true, text: 'Inserted into your reply. Read it through before you send.' } : { ok: false, text: result.reason });
  };

  return (
    <section className="draft" aria-labelledby="draft-title">
      <h2 id="draft-title" className="section-title">
        Draft reply
      </h2>
      <ul className="points" aria-label="What the draft answers">
        {(Object.keys(POINTS) as ReplyPoint[]).map((point) => (
          <li key={point} className={draft.parts.some((p) => p.point === point) ? 'done' : 'todo'}>
            {POINTS[point]}
          </li>
        ))}
      </ul>
      {draft.missing.length > 0 && (
        <p className="warning small">Fill in before sending: {draft.missing.map((name) => GAP_LABELS[name] ?? name).join(', ')}.</p>
      )}
      <textarea aria-label="Draft reply text" className="draft-text" value={text} onChange={(e) => setText(e.target.value)} rows={12} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void doInsert()}>
          Insert into reply
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void copy(text).then((ok) =>
              setStatus(ok ? { ok: true, text: 'Copied.' } : { ok: false, text: "The browser didn't let Tactful use the clipboard." }),
            )
          }
        >
          Copy
        </button>
        <button type="button" className="link" onClick={() => setText(draft.text)}>
          Start again
        </button>
      </div>
      {status && (
        <p role="status" className={status.ok ? 'ok small' : 'warning small'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
