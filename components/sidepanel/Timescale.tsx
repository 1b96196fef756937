import type { Part } from '@/lib/panel';
import type { Estimate } from '@/lib/timescale';
import { unwrap } from './part';

/**
 * A time the team can promise for this issue and why: the drafted reply and the phrases use it
 * for their timescale, and the draft check holds typed promises against the same calendar.
 */
export function Timescale({ estimate: part }: { estimate: Part<Estimate> }) {
  const estimate = unwrap(part);
  return (
    <section className="timescale" aria-labelledby="timescale-title">
      <h2 id="timescale-title" className="section-title">
        Timescale
      </h2>
      <p data-testid="timescale-phrase">
        Promise a resolution <strong>{estimate.phrase}</strong>
      </p>
      <p className="muted" data-testid="timescale-basis">
        {estimate.basis}. First reply due {estimate.firstResponse.phrase}.
      </p>
      {estimate.options.length > 1 && (
        <details>
          <summary>Other times</summary>
          <ul className="facts">
            {estimate.options
              .filter((option) => option.kind !== 'estimate')
              .map((option) => (
                <li key={option.kind}>
                  {option.phrase}
                  {!option.realistic && <span className="muted"> — sooner than similar issues usually take</span>}
                </li>
              ))}
          </ul>
        </details>
      )}
    </section>
  );
}
