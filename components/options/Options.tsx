import { database, type TactfulDatabase } from '@/lib/db';
import { DataSection } from './DataSection';
import { ProfileSection } from './ProfileSection';
import { SitesSection } from './SitesSection';

/** Tactful's settings: one section per concern. */
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
        <ProfileSection />
        <SitesSection />
        <DataSection db={db} />
      </main>
    </div>
  );
}
