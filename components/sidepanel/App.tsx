import type { ReactNode } from 'react';
import { isFailed } from '@/lib/panel';
import { ViewBoundary } from '../ViewBoundary';
import { ConversationView } from './ConversationView';
import { useActions, usePanelDatabase, usePanelHistory, usePanelView } from './context';
import { CustomerCard } from './CustomerCard';
import { DraftCheck } from './DraftCheck';
import { DraftReply } from './DraftReply';
import { NoConversation, Unreachable } from './EmptyStates';
import { HowTheyFeel } from './HowTheyFeel';
import { Shortcuts, ShortcutNotice } from './keyboard';
import { LanguageNotice } from './LanguageNotice';
import { PageSource } from './PageSource';
import { Promises } from './Promises';
import { SayThis } from './SayThis';
import { SiteAccess } from './SiteAccess';
import { usePanelStore } from './store';
import { Timescale } from './Timescale';
import { HistorySection } from './history/HistorySection';
import { i18n } from '#i18n';

/** The panel: renders the view lib/panel derives; each part fails on its own, named. */
export function App() {
  const { page, conversation, now } = usePanelView();
  const zone = usePanelStore((state) => state.timescale.timeZone);
  const history = usePanelHistory();
  const db = usePanelDatabase();
  const { refresh, expandMessages } = useActions();
  // Advice only on customer messages, and only in a language Tactful reads.
  const advice = !!conversation?.advice && conversation.language.analysed;
  const view = (name: string, children: ReactNode, resetKey?: unknown) => (
    <ViewBoundary name={name} resetKey={resetKey}>
      {children}
    </ViewBoundary>
  );

  return (
    <div className="panel">
      <header className="panel-header">
        <span className="brand" aria-hidden="true">
          ◐
        </span>
        <h1>{i18n.t('manifest.name')}</h1>
      </header>
      <main className="panel-body" aria-busy={page.kind === 'loading'}>
        {page.kind === 'loading' && (
          <p className="muted" role="status">
            {i18n.t('panel.app.reading')}
          </p>
        )}
        {page.kind === 'unreachable' && view(i18n.t('panel.views.unreachable'), <Unreachable reason={page.reason} tabUrl={page.tabUrl} tabId={page.tabId} />, page)}
        {page.kind === 'no-conversation' && view(i18n.t('panel.views.noConversation'), <NoConversation errors={page.errors} tabUrl={page.tabUrl} />, page)}
        {page.kind === 'conversation' && conversation && (
          <>
            {view(i18n.t('panel.views.source'), <PageSource adapterId={page.adapter} snapshot={page.snapshot} errors={page.errors} fallbackFrom={page.fallbackFrom} degraded={page.degraded} />, page)}
            {view(i18n.t('panel.views.siteAccess'), <SiteAccess tabUrl={page.tabUrl} onEnabled={refresh} readOnce />, page.tabUrl)}
            {view(i18n.t('panel.views.customer'), <CustomerCard customer={page.snapshot.customer} contact={conversation.contact} />, conversation.contact)}
            {conversation.analysing && (
              <p className="muted" role="status">
                {i18n.t('panel.app.analysing', { count: page.snapshot.messages.length })}
              </p>
            )}
            {conversation.language.analysed === false && <LanguageNotice verdict={conversation.language} />}
            {advice && (
              // What to say first, in a slot of fixed height: new suggestions never move the draft check below.
              <div className="say-slot">
                {view(i18n.t('panel.views.say'), <SayThis suggestions={conversation.suggestions} />, conversation.suggestions)}
                {!isFailed(conversation.suggestions) && conversation.suggestions.list.length === 0 && <p className="muted small">{i18n.t('panel.app.noPhrase')}</p>}
                <ShortcutNotice />
              </div>
            )}
            {view(i18n.t('panel.views.draft'), <DraftCheck check={conversation.check} />, conversation.check)}
            {view(
              i18n.t('panel.views.promises'),
              <Promises draft={conversation.draftPromises} db={db} customerId={history.customerId} contactId={history.contactId} now={now} zone={zone} />,
              conversation.draftPromises,
            )}
            {advice && (
              <>
                {view(i18n.t('panel.views.feel'), <HowTheyFeel insight={conversation.insight} snapshot={page.snapshot} />, conversation.insight)}
                {view(i18n.t('panel.views.timescale'), <Timescale estimate={conversation.estimate} />, conversation.estimate)}
                {view(i18n.t('panel.views.reply'), <DraftReply key={page.snapshot.url} reply={conversation.reply} />, conversation.reply)}
              </>
            )}
            {db && history.customerId && view(i18n.t('panel.views.history'), <HistorySection db={db} customerId={history.customerId} contactId={history.contactId} />, history.customerId)}
            {view(
              i18n.t('panel.views.conversation'),
              <ConversationView key={page.snapshot.url} snapshot={page.snapshot} fromEarlierView={page.fromEarlierView} onExpand={expandMessages} />,
              page.snapshot,
            )}
          </>
        )}
      </main>
      <footer className="panel-footer">{view(i18n.t('panel.views.shortcuts'), <Shortcuts />)}</footer>
    </div>
  );
}
