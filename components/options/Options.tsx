import { database, type TactfulDatabase } from '@/lib/db';
import { ViewBoundary } from '../ViewBoundary';
import { DataSection } from './DataSection';
import { PacksSection } from './packs/PacksSection';
import { PhraseUseSection } from './packs/PhraseUseSection';
import { ProfileSection } from './ProfileSection';
import { RemindersSection } from './RemindersSection';
import { SitesSection } from './SitesSection';
import { i18n } from '#i18n';

/** Tactful's settings: one section per concern, each failing on its own (named) if it must. */
export function Options({ db = database() }: { db?: TactfulDatabase }) {
  return (
    <div className="options">
      <header className="panel-header">
        <span className="brand" aria-hidden="true">
          ◐
        </span>
        <h1>{i18n.t('options.title')}</h1>
      </header>
      <main className="options-body">
        <ViewBoundary name={i18n.t('options.views.profile')}>
          <ProfileSection />
        </ViewBoundary>
        <ViewBoundary name={i18n.t('options.views.packs')}>
          <PacksSection />
        </ViewBoundary>
        <ViewBoundary name={i18n.t('options.views.phraseUse')}>
          <PhraseUseSection db={db} />
        </ViewBoundary>
        <section aria-labelledby="hours-title">
          <h2 id="hours-title">{i18n.t('options.hours.title')}</h2>
          <p>
            {i18n.t('options.hours.text')} <a href="welcome.html">{i18n.t('options.hours.link')}</a>.
          </p>
        </section>
        <ViewBoundary name={i18n.t('options.views.reminders')}>
          <RemindersSection />
        </ViewBoundary>
        <ViewBoundary name={i18n.t('options.views.sites')}>
          <SitesSection />
        </ViewBoundary>
        <ViewBoundary name={i18n.t('options.views.data')}>
          <DataSection db={db} />
        </ViewBoundary>
      </main>
    </div>
  );
}
