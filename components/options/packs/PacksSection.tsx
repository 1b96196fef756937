import { useCallback, useEffect, useState } from 'react';
import type { ManagedPolicy } from '@/lib/packs/managed';
import type { StoredSigningKey } from '@/lib/packs/keys';
import { loadEffectiveLibrary, watchLibrary, type PackLibrary as Library } from '@/lib/packs/store';
import { AddPack, type AddPackProps } from './AddPack';
import { PackEditor } from './PackEditor';
import { PackKeys } from './PackKeys';
import { PackLibrary } from './PackLibrary';
import './packs.css';
import { i18n } from '#i18n';

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
    loadEffectiveLibrary().then(setState, (e: unknown) => setError(i18n.t('options.packs.readFailed', { error: String(e) })));
  }, []);
  useEffect(() => {
    load();
    return watchLibrary(load);
  }, [load]);

  return (
    <section aria-labelledby="packs-title" className="options-section">
      <h2 id="packs-title">{i18n.t('options.views.packs')}</h2>
      <p className="muted">{i18n.t('options.packs.intro')}</p>
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      {state?.policy.present && <p className="muted small">{i18n.t('options.packs.somePolicy')}</p>}
      {state === undefined ? (
        <p className="muted">{i18n.t('options.packs.loading')}</p>
      ) : (
        <>
          <PackLibrary library={state.library} policy={state.policy} onChange={load} onEdit={(raw) => setEditing((e) => ({ raw, n: (e?.n ?? 0) + 1 }))} />
          {state.policy.allowUserPacks ? (
            <AddPack onChange={load} fetcher={fetcher} requestOrigin={requestOrigin} />
          ) : (
            <p className="pack-locked">{i18n.t('options.packs.adminChooses')}</p>
          )}
        </>
      )}
      <PackKeys onSigningKey={setSigningKey} />
      {editing ? (
        <PackEditor key={editing.n} initial={editing.raw} signingKey={signingKey} />
      ) : (
        <div>
          <h3>{i18n.t('options.packs.editorTitle')}</h3>
          <button type="button" onClick={() => setEditing({ n: 1 })}>
            {i18n.t('options.packs.writeNew')}
          </button>
        </div>
      )}
    </section>
  );
}
