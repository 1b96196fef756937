import { useState } from 'react';
import { diffPacks } from '@/lib/packs/diff';
import { readPackJson } from '@/lib/packs/load';
import type { ManagedPolicy } from '@/lib/packs/managed';
import { movePack, packOf, removePack, rollbackPack, setPackEnabled, type PackLibrary as Library } from '@/lib/packs/store';
import { shortKeyId } from '@/lib/packs/sign';
import { DiffView } from './DiffView';
import { i18n } from '#i18n';

function sourceText(entry: Library['packs'][number]): string {
  const source = entry.source;
  if (source.kind === 'builtin') return i18n.t('options.packs.library.builtin');
  if (source.kind === 'file') return i18n.t('options.packs.library.file', { file: source.fileName });
  return i18n.t('options.packs.library.url', { url: source.url });
}

/** Installed packs in priority order: switch, reorder, roll back, remove. */
export function PackLibrary({ library, policy, onChange, onEdit }: { library: Library; policy: ManagedPolicy; onChange: () => void; onEdit: (raw: Record<string, unknown>) => void }) {
  const [error, setError] = useState<string | undefined>();
  const act = (work: Promise<void>) => {
    setError(undefined);
    work.then(onChange, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div>
      <h3>{i18n.t('options.packs.library.title')}</h3>
      <p className="muted small">{i18n.t('options.packs.library.order')}</p>
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      <ol className="pack-list">
        {library.packs.map((entry, index) => {
          const pack = packOf(entry);
          const builtin = entry.source.kind === 'builtin';
          const managedPack = entry.source.kind === 'url' && entry.source.managed === true;
          const lockedSwitch = managedPack || (builtin && policy.disableBuiltinPack !== undefined);
          const name = pack?.name ?? entry.id;
          const previous = entry.previous ? readPackJson(entry.previous.raw) : null;
          const status = entry.source.kind === 'url' ? entry.source.status : undefined;
          return (
            <li key={entry.id} aria-label={name}>
              <div className="pack-row">
                <label className="pack-switch">
                  <input
                    type="checkbox"
                    checked={entry.enabled}
                    disabled={lockedSwitch}
                    onChange={(e) => act(setPackEnabled(entry.id, e.target.checked))}
                    aria-label={i18n.t('options.packs.library.use', { name })}
                  />
                  <strong>{name}</strong>
                </label>
                <span className="muted small">
                  {pack
                    ? i18n.t('options.packs.library.details', { version: pack.version, author: pack.author, count: pack.phrases.length })
                    : i18n.t('options.packs.library.unreadable')}{' '}
                  · {sourceText(entry)}
                  {entry.signedBy ? i18n.t('options.packs.library.signed', { key: shortKeyId(entry.signedBy) }) : ''}
                </span>
                {lockedSwitch && (
                  <span className="pack-locked" title={i18n.t('options.packs.library.policyTitle')}>
                    {i18n.t('options.packs.library.locked')}
                  </span>
                )}
              </div>
              {status && <p className={status.ok ? 'muted small' : 'warning small'}>{status.message}</p>}
              {entry.lastUpdate && previous?.ok && pack && (
                <details>
                  <summary>
                    {i18n.t('options.packs.library.lastChange', { from: entry.lastUpdate.from, to: entry.lastUpdate.to })}
                  </summary>
                  <DiffView diff={diffPacks(previous.pack, pack)} />
                </details>
              )}
              <div className="pack-actions">
                <button type="button" className="link" disabled={index === 0} onClick={() => act(movePack(entry.id, -1))} aria-label={i18n.t('options.packs.library.up', { name })}>
                  ↑
                </button>
                <button type="button" className="link" disabled={index === library.packs.length - 1} onClick={() => act(movePack(entry.id, 1))}
                  aria-label={i18n.t('options.packs.library.down', { name })}
                >
                  ↓
                </button>
                {entry.previous && previous?.ok && (
                  <button type="button" className="link" onClick={() => act(rollbackPack(entry.id))}>
                    {i18n.t('options.packs.library.rollBack', { version: previous.pack.version })}
                  </button>
                )}
                {entry.raw && (
                  <button type="button" className="link" onClick={() => onEdit(entry.raw!)}>
                    {i18n.t('options.packs.library.openInEditor')}
                  </button>
                )}
                {!builtin && !managedPack && (
                  <button type="button" className="link" onClick={() => act(removePack(entry.id))} aria-label={i18n.t('options.packs.library.removeLabel', { name })}>
                    {i18n.t('options.packs.library.remove')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
