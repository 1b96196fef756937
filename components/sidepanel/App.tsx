import type { TactfulDatabase } from '@/lib/db';
import { ConversationView } from './ConversationView';
import { CustomerCard } from './CustomerCard';
import { NoConversation, Unreachable } from './EmptyStates';
import { PageSource } from './PageSource';
import { SiteAccess } from './SiteAccess';
import { HowTheyFeel } from './HowTheyFeel';
import { useInsight } from './useInsight';
import { SayThis } from './SayThis';
import { DraftReply } from './DraftReply';
import { useAgentState } from './useReplyContext';
import { DraftCheck } from './DraftCheck';
import { usePanelStore } from './store';

export function App({ db }: { db: TactfulDatabase }) {
  const page = usePanelStore((s) => s.page);
  const history = usePanelStore((s) => s.history);
  const refresh = usePanelStore((s) => s.refresh);
  const insight = useInsight(page.kind === 'conversation' ? page.snapshot : undefined);
  const agent = useAgentState();
  const draft = usePanelStore((s) => s.draft);

  return (
    <div className="panel">
      <header className="panel-header">
        <span className="brand" aria-hidden="true">
          ◐
        </span>
        <h1>Tactful</h1>
      </header>
      <main className="panel-body" aria-busy={page.kind === 'loading'}>
        {page.kind === 'loading' && (
          <p className="muted" role="status">
            Reading the page…
          </p>
        )}
        {page.kind === 'unreachable' && <Unreachable reason={page.reason} tabUrl={page.tabUrl} tabId={page.tabId} />}
        {page.kind === 'no-conversation' && <NoConversation errors={page.errors} tabUrl={page.tabUrl} />}
        {page.kind === 'conversation' && (
          <>
            <PageSource adapterId={page.adapter} snapshot={page.snapshot} errors={page.errors} fallbackFrom={page.fallbackFrom} />
            <SiteAccess tabUrl={page.tabUrl} onEnabled={refresh} readOnce />
            <CustomerCard db={db} customer={page.snapshot.customer} history={history} />
            {insight && insight.messages.length > 0 && (
              <>
                <HowTheyFeel insight={insight} snapshot={page.snapshot} />
                <SayThis insight={insight} snapshot={page.snapshot} settings={agent.settings} preferences={agent.preferences} onPreferences={agent.setPreferences} />
                <DraftReply key={page.snapshot.url} insight={insight} snapshot={page.snapshot} settings={agent.settings} preferences={agent.preferences} />
              </>
            )}
            <DraftCheck draft={draft} insight={insight} snapshot={page.snapshot} />
            <ConversationView key={page.snapshot.url} snapshot={page.snapshot} fromEarlierView={page.fromEarlierView} />
          </>
        )}
      </main>
    </div>
  );
}
