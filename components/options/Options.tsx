import { database, type TactfulDatabase } from '@/lib/db';
import { ViewBoundary } from '../ViewBoundary';
import { DataSection } from './DataSection';
import { PacksSection } from './packs/PacksSection';
import { PhraseUseSection } from './packs/PhraseUseSection';
import { ProfileSection } from './ProfileSection';
import { RemindersSection } from './RemindersSection';
import { SitesSection } from './SitesSection';

/** Tactful's settings: one section per concern, each failing on its own (named) if it must. */
export function Options({ db = database() }: { db?: TactfulDatabase }) {
  return (
    <div className="options">
      <header className="panel-header">
        <span className="brand" aria-hidden="true">
          ◐
        </span>
        <h1>Tactful options</h1>
      </header>
      <main className="options-body">
        <ViewBoundary name="You and your team">
          <ProfileSection />
        </ViewBoundary>
        <ViewBoundary name="Phrase packs">
          <PacksSection />
        </ViewBoundary>
        <ViewBoundary name="Your phrase use">
          <PhraseUseSection db={db} />
        </ViewBoundary>
        <section aria-labelledby="hours-title">
          <h2 id="hours-title">Working hours</h2>
          <p>
            Timescales are worked out from your team's working days, hours and time zone.{' '}
            <a href="welcome.html">Change them on the welcome page</a>.
          </p>
        </section>
        <ViewBoundary name="Promise reminders">
          <RemindersSection />
        </ViewBoundary>
        <ViewBoundary name="Sites">
          <SitesSection />
        </ViewBoundary>
        <ViewBoundary name="Your data">
          <DataSection db={db} />
        </ViewBoundary>
      </main>
    </div>
  );
}
