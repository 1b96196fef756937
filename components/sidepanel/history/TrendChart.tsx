import type { TrendPoint } from '@/lib/history';
import { i18n } from '#i18n';

const WIDTH = 160;
const HEIGHT = 56;
const PAD = 6;

/**
 * How the customer felt at each contact: a small line from upset (bottom) to pleased (top), the
 * current contact ringed. Colour is never the only signal: the list beside it says each point in
 * words, and the chart's label says the trend.
 */
export function TrendChart({ points, summary }: { points: TrendPoint[]; summary?: string }) {
  if (points.length === 0) return null;
  const x = (i: number) => (points.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => PAD + ((1 - v) / 2) * (HEIGHT - 2 * PAD);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.valence).toFixed(1)}`).join(' ');
  return (
    <div className="history-trend">
      <svg
        className="history-trend-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={summary ?? i18n.t('panel.trend.label', { points: points.map((p) => p.label).join('; ') })}
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} className="history-trend-zero" />
        <path d={path} className="history-trend-line" fill="none" />
        {points.map((p, i) => (
          <circle
            key={p.contactId}
            cx={x(i)}
            cy={y(p.valence)}
            r={p.current ? 4.5 : 3}
            className={`history-trend-point ${p.valence < -0.15 ? 'upset' : p.valence > 0.15 ? 'pleased' : 'calm'}${p.current ? ' current' : ''}`}
          >
            <title>{i18n.t('panel.trend.point', { date: shortDate(p.at), label: p.label })}</title>
          </circle>
        ))}
      </svg>
      <ol className="history-trend-list" aria-label={i18n.t('panel.trend.list')}>
        {points.map((p) => (
          <li key={p.contactId}>
            <span className="muted">{shortDate(p.at)}</span> {p.label}
            {p.current ? i18n.t('panel.trend.now') : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
