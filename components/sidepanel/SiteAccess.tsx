import { useEffect, useState, type ReactNode } from 'react';
import { enableSite, hasSiteAccess, siteOriginOf } from '@/lib/sites';

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
    <section className="site-access" aria-label="Site access">
      <p>{readOnce ? `Tactful read this page once. To keep reading ${host} as you work, turn it on for this site.` : `Tactful isn't turned on for ${host}.`}</p>
      <button type="button" className="primary" onClick={turnOn}>
        Use Tactful on {host}
      </button>
      <p className="muted small">Tactful will read pages on this site only, in this browser. You can turn it off in Tactful's options.</p>
      {access === 'declined' && <p className="warning">The browser didn't give access, so Tactful stays off on {host}.</p>}
      {access === 'failed' && <p className="warning">Tactful couldn't be turned on for {host}. Try again, or reload the page.</p>}
    </section>
  );
}
