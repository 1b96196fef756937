import { useCallback, useEffect, useState } from 'react';
import { HOSTED_HELPDESK_MATCHES } from '@/lib/adapters/hosts';
import { disableSite, listSites, type EnabledSite } from '@/lib/sites';

/** Where Tactful reads pages: the built-in helpdesks, and the sites the agent turned it on for. */
export function SitesSection() {
  const [sites, setSites] = useState<EnabledSite[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = useCallback(() => {
    listSites().then(setSites, (e: unknown) => setError(`Couldn't read your sites: ${String(e)}`));
  }, []);
  useEffect(load, [load]);

  const remove = (origin: string) => {
    disableSite(origin).then(load, (e: unknown) => setError(`Couldn't turn Tactful off for ${origin}: ${String(e)}`));
  };

  return (
    <section aria-labelledby="sites-title" className="options-section">
      <h2 id="sites-title">Sites</h2>
      <p className="muted">
        Tactful reads the hosted helpdesks below on its own. For any other site — a self-hosted helpdesk or an in-house tool — open it
        and choose <em>Use Tactful on …</em> in the panel.
      </p>
      <h3>Sites you turned Tactful on for</h3>
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      {sites === undefined ? (
        <p className="muted">Loading…</p>
      ) : sites.length === 0 ? (
        <p className="muted">No sites yet.</p>
      ) : (
        <ul className="site-list">
          {sites.map((site) => (
            <li key={site.origin}>
              <span className="site-origin">{site.origin}</span>
              <span className="muted small">since {new Date(site.addedAt).toLocaleDateString()}</span>
              <button type="button" className="link" onClick={() => remove(site.origin)} aria-label={`Turn Tactful off for ${site.origin}`}>
                Turn off
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Built-in helpdesk sites</summary>
        <ul className="muted small">
          {HOSTED_HELPDESK_MATCHES.map((pattern) => (
            <li key={pattern}>{pattern}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
