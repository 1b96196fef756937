import type { ReadResult } from '@/lib/conversation/reading';
import { siteOriginOf } from '@/lib/sites';
import { useActions } from './context';
import { SiteAccess } from './SiteAccess';
import { i18n } from '#i18n';

export function NoConversation({ errors, tabUrl }: { errors: ReadResult['errors']; tabUrl?: string }) {
  const { refresh } = useActions();
  return (
    <section className="empty" aria-label={i18n.t('panel.views.noConversation')}>
      <h2>{i18n.t('panel.empty.title')}</h2>
      <ul>
        <li>{i18n.t('panel.empty.openTicket')}</li>
        <li>{i18n.t('panel.empty.reloadIfOpen')}</li>
      </ul>
      {errors.length > 0 && (
        <p className="warning" role="note">
          {errors.map((e) => i18n.t('common.adapterFailed', { adapter: e.adapter, message: e.message })).join(' ')}
        </p>
      )}
      <SiteAccess tabUrl={tabUrl} onEnabled={refresh} />
    </section>
  );
}

export function Unreachable({ reason, tabUrl, tabId }: { reason: string; tabUrl?: string; tabId?: number }) {
  const { refresh, reloadTab } = useActions();
  const webPage = !!siteOriginOf(tabUrl);
  const reloadAdvice = (
    <div className="site-access" role="note">
      <p>{i18n.t('panel.empty.reloadAdvice')}</p>
      {tabId !== undefined && (
        <button type="button" className="primary" onClick={() => void reloadTab(tabId)}>
          {i18n.t('panel.empty.reloadTab')}
        </button>
      )}
    </div>
  );
  return (
    <section className="empty" aria-label={i18n.t('panel.views.unreachable')}>
      <h2>{i18n.t('panel.empty.title')}</h2>
      <p>{reason}</p>
      {webPage ? (
        <SiteAccess tabUrl={tabUrl} onEnabled={refresh} whenGranted={reloadAdvice} />
      ) : (
        <ul>
          <li>{i18n.t('panel.empty.offLimits')}</li>
          <li>{i18n.t('panel.empty.toolbarButton')}</li>
          <li>{i18n.t('panel.empty.reloadOld')}</li>
        </ul>
      )}
    </section>
  );
}
