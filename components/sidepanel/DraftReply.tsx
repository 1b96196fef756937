import { useState } from 'react';
import type { Part } from '@/lib/panel';
import type { DraftReply as DraftedReply, ReplyPoint } from '@/lib/suggest/types';
import { useActions } from './context';
import { gapLabel } from './labels';
import { unwrap } from './part';
import { i18n } from '#i18n';

const POINTS: Record<ReplyPoint, () => string> = {
  heard: () => i18n.t('panel.reply.points.heard'),
  timescale: () => i18n.t('panel.reply.points.timescale'),
  owner: () => i18n.t('panel.reply.points.owner'),
  updates: () => i18n.t('panel.reply.points.updates'),
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
      <section className="draft" aria-label={i18n.t('panel.views.reply')}>
        <button type="button" className="secondary wide" onClick={() => setText(draft.text)}>
          {i18n.t('panel.views.reply')}
        </button>
      </section>
    );
  }

  const doInsert = async () => {
    const result = await insert(text);
    setStatus(result.ok ? { ok: true, text: i18n.t('panel.reply.inserted') } : { ok: false, text: result.reason });
  };

  return (
    <section className="draft" aria-labelledby="draft-title">
      <h2 id="draft-title" className="section-title">
        {i18n.t('panel.reply.title')}
      </h2>
      <ul className="points" aria-label={i18n.t('panel.reply.answers')}>
        {(Object.keys(POINTS) as ReplyPoint[]).map((point) => (
          <li key={point} className={draft.parts.some((p) => p.point === point) ? 'done' : 'todo'}>
            {POINTS[point]()}
          </li>
        ))}
      </ul>
      {draft.missing.length > 0 && (
        <p className="warning small">{i18n.t('panel.reply.fillIn', { gaps: draft.missing.map(gapLabel).join(', ') })}</p>
      )}
      <textarea aria-label={i18n.t('panel.reply.text')} className="draft-text" value={text} onChange={(e) => setText(e.target.value)} rows={12} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void doInsert()}>
          {i18n.t('panel.reply.insert')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void copy(text).then((ok) =>
              setStatus(ok ? { ok: true, text: i18n.t('common.copied') } : { ok: false, text: i18n.t('common.clipboardRefused') }),
            )
          }
        >
          {i18n.t('common.copy')}
        </button>
        <button type="button" className="link" onClick={() => setText(draft.text)}>
          {i18n.t('panel.reply.startAgain')}
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
