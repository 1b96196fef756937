import type { Part } from '@/lib/panel';
import type { Estimate } from '@/lib/timescale';
import { unwrap } from './part';
import { i18n } from '#i18n';

/**
 * A time the team can promise for this issue and why: the drafted reply and the phrases use it
 * for their timescale, and the draft check holds typed promises against the same calendar.
 */
export function Timescale({ estimate: part }: { estimate: Part<Estimate> }) {
  const estimate = unwrap(part);
  return (
    <section className="timescale" aria-labelledby="timescale-title">
      <h2 id="timescale-title" className="section-title">
        {i18n.t('panel.views.timescale')}
      </h2>
      <p data-testid="timescale-phrase">
        {i18n.t('panel.timescale.promise')} <strong>{estimate.phrase}</strong>
      </p>
      <p className="muted" data-testid="timescale-basis">
        {i18n.t('panel.timescale.basis', { basis: estimate.basis, firstResponse: estimate.firstResponse.phrase })}
      </p>
      {estimate.options.length > 1 && (
        <details>
          <summary>{i18n.t('panel.timescale.others')}</summary>
          <ul className="facts">
            {estimate.options
              .filter((option) => option.kind !== 'estimate')
              .map((option) => (
                <li key={option.kind}>
                  {option.phrase}
                  {!option.realistic && <span className="muted">{i18n.t('panel.timescale.unrealistic')}</span>}
                </li>
              ))}
          </ul>
        </details>
      )}
    </section>
  );
}
