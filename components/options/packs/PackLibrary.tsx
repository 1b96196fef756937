import { useState } from 'react';
import { diffPacks } from '@/lib/packs/diff';
import { readPackJson } from '@/lib/packs/load';
import type { ManagedPolicy } from '@/lib/packs/managed';
import { movePack, packOf, removePack, rollbackPack, setPackEnabled, type PackLibrary as Library } from '@/lib/packs/store';
import { shortKeyId } from '@/lib/packs/sign';
import { DiffView } from './DiffView';

function sourceText(entry: Library['packs'][number]): string {
  const source = entry.source;
  if (source.kind === 'builtin') return 'Built in';
  if (source.kind === 'file') return `From the file ${source.fileName}`;
  return `Subscribed to ${source.url}`;
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
      <h3>Installed packs</h3>
      <p className="muted small">The first pack's phrases and rules come first. Changes take effect in the panel at once.</p>
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
                    aria-label={`Use ${name}`}
                  />
                  <strong>{name}</strong>
                </label>
                <span className="muted small">
                  {pack ? `${pack.version} · ${pack.author} · ${pack.phrases.length} phrases` : 'cannot be read'} · {sourceText(entry)}
                  {entry.signedBy ? ` · signed (${shortKeyId(entry.signedBy)})` : ''}
                </span>
                {lockedSwitch && (
                  <span className="pack-locked" title="Set by your administrator's policy">
                    🔒 Set by your administrator
                  </span>
                )}
              </div>
              {status && <p className={status.ok ? 'muted small' : 'warning small'}>{status.message}</p>}
              {entry.lastUpdate && previous?.ok && pack && (
                <details>
                  <summary>
                    Last change: {entry.lastUpdate.from} → {entry.lastUpdate.to}
                  </summary>
                  <DiffView diff={diffPacks(previous.pack, pack)} />
                </details>
              )}
              <div className="pack-actions">
                <button type="button" className="link" disabled={index === 0} onClick={() => act(movePack(entry.id, -1))} aria-label={`Move ${name} up`}>
                  ↑
                </button>
                <button type="button" className="link" disabled={index === library.packs.length - 1} onClick={() => act(movePack(entry.id, 1))} aria-label={`Move ${name} down`}>
                  ↓
                </button>
                {entry.previous && previous?.ok && (
                  <button type="button" className="link" onClick={() => act(rollbackPack(entry.id))}>
                    Roll back to {previous.pack.version}
                  </button>
                )}
                {entry.raw && (
                  <button type="button" className="link" onClick={() => onEdit(entry.raw!)}>
                    Open in editor
                  </button>
                )}
                {!builtin && !managedPack && (
                  <button type="button" className="link" onClick={() => act(removePack(entry.id))} aria-label={`Remove ${name}`}>
                    Remove
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
