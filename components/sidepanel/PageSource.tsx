import { adapterById } from '@/lib/adapters/registry';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import type { ReadResult } from '@/lib/conversation/reading';
import { i18n } from '#i18n';

/** Which helpdesk this is, which reader read it, and how sure it is. */
export function PageSource({ adapterId, snapshot, errors, fallbackFrom }: { adapterId: string; snapshot: ConversationSnapshot; errors: ReadResult['errors']; fallbackFrom?: string }) {
  const label = fallbackFrom ? (adapterById(fallbackFrom)?.label ?? fallbackFrom) : (adapterById(adapterId)?.label ?? adapterId);
  const sure = Math.round(snapshot.confidence * 100);
  return (
    <section className="source" aria-label={i18n.t('panel.views.source')}>
      <span className="source-helpdesk">{label}</span>
      <span className="muted">
        {' '}
        · {i18n.t('panel.source.readBy', { adapter: adapterId, sure })}
      </span>
      {fallbackFrom && (
        <p className="warning" role="note">
          {i18n.t('panel.source.fallback', { helpdesk: adapterById(fallbackFrom)?.label ?? fallbackFrom })}
        </p>
      )}
      {errors.length > 0 && (
        <p className="warning" role="note">
          {errors.map((e) => i18n.t('common.adapterFailed', { adapter: e.adapter, message: e.message })).join(' ')}
        </p>
      )}
    </section>
  );
}
