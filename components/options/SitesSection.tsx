import { useCallback, useEffect, useState } from 'react';
import { HOSTED_HELPDESK_MATCHES } from '@/lib/adapters/hosts';
import { disableSite, listSites, type EnabledSite } from '@/lib/sites';
import { i18n } from '#i18n';

/** Where Tactful reads pages: the built-in helpdesks, and the sites the agent turned it on for. */
export function SitesSection() {
  const [sites, setSites] = useState<EnabledSite[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = useCallback(() => {
    listSites().then(setSites, (e: unknown) => setError(i18n.t('options.sites.readFailed', { error: String(e) })));
  }, []);
  useEffect(load, [load]);

  const remove = (origin: string) => {
    disableSite(origin).then(load, (e: unknown) => setError(i18n.t('options.sites.offFailed', { origin, error: String(e) })));
  };

  return (
    <section aria-labelledby="sites-title" className="options-section">
      <h2 id="sites-title">{i18n.t('options.views.sites')}</h2>
      <p className="muted">
        {i18n.t('options.sites.hosted')} <em>{i18n.t('options.sites.useOn')}</em> {i18n.t('options.sites.inPanel')}
      </p>
      <h3>{i18n.t('options.sites.yours')}</h3>
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      {sites === undefined ? (
        <p className="muted">{i18n.t('options.sites.loading')}</p>
      ) : sites.length === 0 ? (
        <p className="muted">{i18n.t('options.sites.none')}</p>
      ) : (
        <ul className="site-list">
          {sites.map((site) => (
            <li key={site.origin}>
              <span className="site-origin">{site.origin}</span>
              <span className="muted small">{i18n.t('options.sites.since', { date: new Date(site.addedAt).toLocaleDateString() })}</span>
              <button type="button" className="link" onClick={() => remove(site.origin)} aria-label={i18n.t('options.sites.offLabel', { origin: site.origin })}>
                {i18n.t('options.sites.off')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{i18n.t('options.sites.builtin')}</summary>
        <ul className="muted small">
          {HOSTED_HELPDESK_MATCHES.map((pattern) => (
            <li key={pattern}>{pattern}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
