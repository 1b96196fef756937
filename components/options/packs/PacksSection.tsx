import { useCallback, useEffect, useState } from 'react';
import type { ManagedPolicy } from '@/lib/packs/managed';
import type { StoredSigningKey } from '@/lib/packs/keys';
import { loadEffectiveLibrary, watchLibrary, type PackLibrary as Library } from '@/lib/packs/store';
import { AddPack, type AddPackProps } from './AddPack';
import { PackEditor } from './PackEditor';
import { PackKeys } from './PackKeys';
import { PackLibrary } from './PackLibrary';
import './packs.css';

/**
 * Phrase packs in the options page: the library, adding a pack (file or subscription, with a
 * preview of what changes), trusted keys and a lead's signing key, and the pack editor.
 * Mount it as `<PacksSection />`.
 */
export function PacksSection({ fetcher, requestOrigin }: Pick<AddPackProps, 'fetcher' | 'requestOrigin'> = {}) {
  const [state, setState] = useState<{ library: Library; policy: ManagedPolicy } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [signingKey, setSigningKey] = useState<StoredSigningKey | null>(null);
  const [editing, setEditing] = useState<{ raw?: Record<string, unknown>; n: number } | undefined>();

  const load = useCallback(() => {
    loadEffectiveLibrary().then(setState, (e: unknown) => setError(`Couldn't read your packs: ${String(e)}`));
  }, []);
  useEffect(() => {
    load();
    return watchLibrary(load);
  }, [load]);

  return (
    <section aria-labelledby="packs-title" className="options-section">
      <h2 id="packs-title">Phrase packs</h2>
      <p className="muted">Phrases, wording rules and timescale targets. Your team lead can share a pack as a file or publish it at an address.</p>
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      {state?.policy.present && <p className="muted small">🔒 Some pack settings are set by your administrator.</p>}
      {state === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <PackLibrary library={state.library} policy={state.policy} onChange={load} onEdit={(raw) => setEditing((e) => ({ raw, n: (e?.n ?? 0) + 1 }))} />
          {state.policy.allowUserPacks ? (
            <AddPack onChange={load} fetcher={fetcher} requestOrigin={requestOrigin} />
          ) : (
            <p className="pack-locked">🔒 Your administrator chooses the packs; adding your own is turned off.</p>
          )}
        </>
      )}
      <PackKeys onSigningKey={setSigningKey} />
      {editing ? (
        <PackEditor key={editing.n} initial={editing.raw} signingKey={signingKey} />
      ) : (
        <div>
          <h3>Pack editor (team leads)</h3>
          <button type="button" onClick={() => setEditing({ n: 1 })}>
            Write a new pack
          </button>
        </div>
      )}
    </section>
  );
}
