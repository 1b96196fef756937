import { adapterById } from '@/lib/adapters/registry';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import type { ReadHealth, ReadResult } from '@/lib/conversation/reading';
import { readerNotice } from '@/lib/panel';
import { i18n } from '#i18n';

/** Helpdesk names are names, the same in every language; the generic reader's label is words. */
const labelOf = (id: string) => (id === 'generic' ? i18n.t('panel.source.generic') : (adapterById(id)?.label ?? id));

/** Which helpdesk this is, which reader read it, how sure it is, and whether its reading is in doubt. */
export function PageSource({
  adapterId,
  snapshot,
  errors,
  fallbackFrom,
  degraded,
}: {
  adapterId: string;
  snapshot: ConversationSnapshot;
  errors: ReadResult['errors'];
  fallbackFrom?: string;
  degraded?: ReadHealth;
}) {
  const label = labelOf(fallbackFrom ?? adapterId);
  const sure = Math.round(snapshot.confidence * 100);
  const notice = readerNotice({ fallbackFrom, degraded }, labelOf);
  return (
    <section className="source" aria-label={i18n.t('panel.views.source')}>
      <span className="source-helpdesk">{label}</span>
      <span className="muted">
        {' '}
        · {i18n.t('panel.source.readBy', { adapter: adapterId, sure })}
      </span>
      {notice && (
        <p className="warning" role="note">
          {notice} {i18n.t('panel.source.check')}
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
