import type { ImportPreview } from '@/lib/packs/store';
import { shortKeyId } from '@/lib/packs/sign';
import type { PackError } from '@/lib/packs/schema';
import { DiffView } from './DiffView';

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
  if (s.status === 'valid') return `Signed by a key you trust (${shortKeyId(s.keyId)}).`;
  if (s.status === 'unsigned') return 'Not signed.';
  if (s.status === 'unknown-key') return `Signed by a key you do not trust (${shortKeyId(s.keyId)}).`;
  return `The signature is not valid: ${s.reason}.`;
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
    <div className="pack-preview" aria-label={`Preview of ${pack.name}`}>
      <p>
        <strong>{pack.name}</strong> {pack.version} by {pack.author} — {pack.phrases.length} phrases, {pack.guardRules?.length ?? 0} guard rules.{' '}
        {installed ? `Replaces the installed version ${String(installed.raw?.version ?? '')}.` : 'Not installed yet.'}
      </p>
      <p className={preview.signature.status === 'invalid' ? 'warning' : 'muted'}>{signatureText(preview)}</p>
      <DiffView diff={preview.diff} />
      {preview.blocked && (
        <p className="warning" role="alert">
          Cannot install: {preview.blocked}.
        </p>
      )}
      <div className="pack-actions">
        <button type="button" onClick={onConfirm} disabled={Boolean(preview.blocked) || preview.signature.status === 'invalid'}>
          {action}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
