import type { ReadResult } from '@/lib/conversation/reading';
import { siteOriginOf } from '@/lib/sites';
import { useActions } from './context';
import { SiteAccess } from './SiteAccess';

export function NoConversation({ errors, tabUrl }: { errors: ReadResult['errors']; tabUrl?: string }) {
  const { refresh } = useActions();
  return (
    <section className="empty" aria-label="No conversation">
      <h2>Tactful can't see a conversation on this page</h2>
      <ul>
        <li>Open a ticket or conversation in your helpdesk; Tactful reads it as soon as it appears.</li>
        <li>If the ticket is already open, reload the tab: pages opened before Tactful was installed or updated can't be read until then.</li>
      </ul>
      {errors.length > 0 && (
        <p className="warning" role="note">
          {errors.map((e) => `The ${e.adapter} adapter failed: ${e.message}`).join(' ')}
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
      <p>Reload the helpdesk tab: it was opened before Tactful was installed or updated, and Tactful can't reach it until it reloads.</p>
      {tabId !== undefined && (
        <button type="button" className="primary" onClick={() => void reloadTab(tabId)}>
          Reload the helpdesk tab
        </button>
      )}
    </div>
  );
  return (
    <section className="empty" aria-label="Page not readable">
      <h2>Tactful can't see a conversation on this page</h2>
      <p>{reason}</p>
      {webPage ? (
        <SiteAccess tabUrl={tabUrl} onEnabled={refresh} whenGranted={reloadAdvice} />
      ) : (
        <ul>
          <li>Browser pages and extension stores are off limits.</li>
          <li>On your helpdesk, click Tactful's toolbar button: Tactful then reads that page, and offers to stay on for the site.</li>
          <li>If the helpdesk tab was open before Tactful was installed or updated, reload it.</li>
        </ul>
      )}
    </section>
  );
}
