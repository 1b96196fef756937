import { useEffect, useState, type ReactNode } from 'react';
import { enableSite, hasSiteAccess, siteOriginOf } from '@/lib/sites';
import { i18n } from '#i18n';

type Access = 'unknown' | 'granted' | 'missing' | 'declined' | 'failed';

/**
 * Offers to turn Tactful on for the page's site (a self-hosted or in-house helpdesk) when it has no
 * lasting access there. The browser asks the agent; Tactful then reads that site only.
 */
export function SiteAccess({
  tabUrl,
  onEnabled,
  readOnce = false,
  whenGranted,
}: {
  tabUrl?: string;
  onEnabled: () => void;
  readOnce?: boolean;
  /** Shown instead when Tactful already has access to the site. */
  whenGranted?: ReactNode;
}) {
  const origin = siteOriginOf(tabUrl);
  // What is known about each site's access; a site not checked yet is 'unknown'.
  const [known, setKnown] = useState<{ origin?: string; access: Access }>({ access: 'unknown' });
  const access = known.origin === origin ? known.access : 'unknown';
  const setAccess = (next: Access) => setKnown({ origin, access: next });

  useEffect(() => {
    let current = true;
    if (origin) {
      hasSiteAccess(origin).then(
        (granted) => current && setKnown({ origin, access: granted ? 'granted' : 'missing' }),
        () => current && setKnown({ origin, access: 'missing' }),
      );
    }
    return () => {
      current = false;
    };
  }, [origin]);

  if (access === 'granted') return whenGranted ?? null;
  if (!origin || access === 'unknown') return null;
  const host = new URL(origin).hostname;

  const turnOn = () => {
    // The permission prompt needs this click's user gesture: enableSite asks before awaiting anything.
    enableSite(origin).then(
      (granted) => {
        setAccess(granted ? 'granted' : 'declined');
        if (granted) onEnabled();
      },
      () => setAccess('failed'),
    );
  };

  return (
    <section className="site-access" aria-label={i18n.t('panel.views.siteAccess')}>
      <p>{readOnce ? i18n.t('panel.site.readOnce', { host }) : i18n.t('panel.site.off', { host })}</p>
      <button type="button" className="primary" onClick={turnOn}>
        {i18n.t('panel.site.turnOn', { host })}
      </button>
      <p className="muted small">{i18n.t('panel.site.scope')}</p>
      {access === 'declined' && <p className="warning">{i18n.t('panel.site.declined', { host })}</p>}
      {access === 'failed' && <p className="warning">{i18n.t('panel.site.failed', { host })}</p>}
    </section>
  );
}
