import { useState } from 'react';
import { browser } from 'wxt/browser';
import { checkPackFileSize } from '@/lib/packs/load';
import { trustedJwks } from '@/lib/packs/keys';
import { installPack, previewImport, type ImportPreview } from '@/lib/packs/store';
import { checkSubscriptionUrl, originPattern, previewSubscription, subscribe, type SubscriptionPreview } from '@/lib/packs/subscribe';
import { PreviewCard, ProblemList } from './PreviewCard';
import { i18n } from '#i18n';

type Pending =
  | { kind: 'file'; fileName: string; preview: Extract<ImportPreview, { ok: true }> }
  | { kind: 'url'; preview: Extract<SubscriptionPreview, { ok: true }> };

export interface AddPackProps {
  onChange: () => void;
  /** For tests; the browser's fetch otherwise. */
  fetcher?: typeof fetch;
  /** For tests; asks the browser for the address's origin otherwise. */
  requestOrigin?: (pattern: string) => Promise<boolean>;
}

/** Import a pack file or subscribe to an address; both show what changes before anything is stored. */
export function AddPack({ onChange, fetcher, requestOrigin }: AddPackProps) {
  const [pending, setPending] = useState<Pending | undefined>();
  const [errors, setErrors] = useState<{ label: string; list: { path: string; message: string }[] } | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setPending(undefined);
    setErrors(undefined);
    setDone(undefined);
  };

  const pickFile = async (file: File | undefined) => {
    reset();
    if (!file) return;
    const tooBig = checkPackFileSize(file.size);
    if (tooBig) return setErrors({ label: i18n.t('options.packs.add.notImported', { file: file.name }), list: [tooBig] });
    const preview = await previewImport(await file.text(), await trustedJwks());
    if (!preview.ok) setErrors({ label: i18n.t('options.packs.add.notImported', { file: file.name }), list: preview.errors });
    else setPending({ kind: 'file', fileName: file.name, preview });
  };

  const startSubscribe = () => {
    reset();
    const problem = checkSubscriptionUrl(url);
    if (problem) return setErrors({ label: i18n.t('options.packs.add.notSubscribed'), list: [{ path: '', message: problem }] });
    // Ask for the origin first, inside the click: browsers only grant it during a user gesture.
    const pattern = originPattern(url.trim());
    const asked = requestOrigin ? requestOrigin(pattern) : browser.permissions.request({ origins: [pattern] });
    setBusy(true);
    asked
      .then(async (granted) => {
        if (!granted) {
          const message = i18n.t('options.packs.add.needPermission', { origin: new URL(url.trim()).origin });
          return setErrors({ label: i18n.t('options.packs.add.notSubscribed'), list: [{ path: '', message }] });
        }
        const preview = await previewSubscription(url.trim(), fetcher ?? fetch.bind(globalThis));
        if (!preview.ok) setErrors({ label: i18n.t('options.packs.add.notSubscribed'), list: preview.errors });
        else setPending({ kind: 'url', preview });
      })
      .catch((e: unknown) => setErrors({ label: i18n.t('options.packs.add.notSubscribed'), list: [{ path: '', message: String(e) }] }))
      .finally(() => setBusy(false));
  };

  const confirm = () => {
    if (!pending) return;
    const work =
      pending.kind === 'file'
        ? installPack(pending.preview, { kind: 'file', fileName: pending.fileName })
        : subscribe(pending.preview);
    work.then(
      (entry) => {
        setPending(undefined);
        setDone(i18n.t('options.packs.add.installed', { id: entry.id, version: String(entry.raw?.version ?? '') }));
        onChange();
      },
      (e: unknown) => setErrors({ label: i18n.t('options.packs.add.notInstalled'), list: [{ path: '', message: e instanceof Error ? e.message : String(e) }] }),
    );
  };

  return (
    <div>
      <h3>{i18n.t('options.packs.add.title')}</h3>
      <div className="form">
        <label>
          {i18n.t('options.packs.add.file')}
          <input type="file" accept="application/json,.json" onChange={(e) => void pickFile(e.target.files?.[0])} />
        </label>
        <label>
          {i18n.t('options.packs.add.url')}
          <input type="url" value={url} placeholder={i18n.t('options.packs.add.urlPlaceholder')} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <div>
          <button type="button" onClick={startSubscribe} disabled={busy || !url.trim()}>
            {busy ? i18n.t('options.packs.add.fetching') : i18n.t('options.packs.add.preview')}
          </button>
        </div>
      </div>
      {errors && <ProblemList label={errors.label} errors={errors.list} />}
      {done && <p role="status">{done}</p>}
      {pending && (
        <PreviewCard
          preview={pending.preview}
          action={pending.kind === 'file' ? i18n.t('options.packs.add.install') : i18n.t('options.packs.add.subscribe')}
          onConfirm={confirm}
          onCancel={() => setPending(undefined)}
        />
      )}
    </div>
  );
}
