import type { ImportPreview } from '@/lib/packs/store';
import { shortKeyId } from '@/lib/packs/sign';
import type { PackError } from '@/lib/packs/schema';
import { DiffView } from './DiffView';
import { i18n } from '#i18n';

export function ProblemList({ errors, label }: { errors: PackError[]; label: string }) {
  return (
    <div role="alert" className="warning">
      <p>{label}</p>
      <ul className="pack-problems">
        {errors.map((e, i) => (
          <li key={i}>{e.message}</li>
        ))}
      </ul>
    </div>
  );
}

function signatureText(preview: Extract<ImportPreview, { ok: true }>): string {
  const s = preview.signature;
  if (s.status === 'valid') return i18n.t('options.packs.preview.valid', { key: shortKeyId(s.keyId) });
  if (s.status === 'unsigned') return i18n.t('options.packs.preview.unsigned');
  if (s.status === 'unknown-key') return i18n.t('options.packs.preview.unknownKey', { key: shortKeyId(s.keyId) });
  return i18n.t('options.packs.preview.invalid', { reason: s.reason });
}

/** A pack about to be installed: what it is, who signed it, what changes. Nothing is stored yet. */
export function PreviewCard({
  preview,
  action,
  onConfirm,
  onCancel,
}: {
  preview: Extract<ImportPreview, { ok: true }>;
  action: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { pack, installed } = preview;
  return (
    <div className="pack-preview" aria-label={i18n.t('options.packs.preview.label', { name: pack.name })}>
      <p>
        <strong>{pack.name}</strong>
        {i18n.t('options.packs.preview.by', { version: pack.version, author: pack.author, phrases: pack.phrases.length, rules: pack.guardRules?.length ?? 0 })}{' '}
        {installed ? i18n.t('options.packs.preview.replaces', { version: String(installed.raw?.version ?? '') }) : i18n.t('options.packs.preview.notInstalled')}
      </p>
      <p className={preview.signature.status === 'invalid' ? 'warning' : 'muted'}>{signatureText(preview)}</p>
      <DiffView diff={preview.diff} />
      {preview.blocked && (
        <p className="warning" role="alert">
          {i18n.t('options.packs.preview.blocked', { reason: preview.blocked })}
        </p>
      )}
      <div className="pack-actions">
        <button type="button" onClick={onConfirm} disabled={Boolean(preview.blocked) || preview.signature.status === 'invalid'}>
          {action}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {i18n.t('options.packs.preview.cancel')}
        </button>
      </div>
    </div>
  );
}
