import { useDeferredValue, useMemo, useState } from 'react';
import { readPackText } from '@/lib/packs/load';
import type { StoredSigningKey } from '@/lib/packs/keys';
import { signPack } from '@/lib/packs/sign';
import { renderTemplate, type TemplateValues } from '@/lib/packs/template';
import { downloadText } from './download';
import { i18n } from '#i18n';

/** A sample conversation's values, so a lead sees phrases as an agent would. */
export const SAMPLE_VALUES: TemplateValues = {
  'customer.firstName': 'Jordan',
  'customer.name': 'Jordan Ellis',
  'agent.firstName': 'Sam',
  'agent.name': 'Sam Rivera',
  company: 'Acme Kitchens',
  issue: "your parcel still hasn't arrived",
  'ticket.id': '4821',
  timescale: 'by 3pm on Wednesday',
};

export const NEW_PACK = {
  $schema: 'https://tactful.dev/pack.schema.json',
  format: 1,
  id: 'my-team',
  name: 'My team',
  version: '1.0.0',
  locale: 'en',
  author: 'Your name',
  description: '',
  updated: new Date().toISOString().slice(0, 10),
  phrases: [{ id: 'ack-1', kind: 'acknowledge', text: 'Thanks, {{customer.firstName|there}}: I can see {{issue}}.', note: 'Opening for any complaint.' }],
  guardRules: [{ kind: 'avoid', phrase: 'no problem', message: 'We avoid "no problem": it hints there was one.', suggestion: 'happy to help' }],
  timescaleTargets: { default: { firstResponseHours: 8, resolutionHours: 40 } },
};

const PREVIEWED = 50;

interface PreviewPhrase {
  id: string;
  kind: string;
  text: string;
  missing: string[];
}

function previewPhrases(text: string): PreviewPhrase[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const phrases = json && typeof json === 'object' && !Array.isArray(json) ? (json as { phrases?: unknown }).phrases : undefined;
  if (!Array.isArray(phrases)) return [];
  return phrases.slice(0, PREVIEWED).flatMap((p: unknown) => {
    if (!p || typeof p !== 'object') return [];
    const { id, kind, text: phraseText } = p as Record<string, unknown>;
    if (typeof phraseText !== 'string') return [];
    const rendered = renderTemplate(phraseText, SAMPLE_VALUES);
    return [{ id: String(id ?? '?'), kind: String(kind ?? '?'), text: rendered.text, missing: rendered.missing }];
  });
}

/**
 * The pack editor for team leads: the pack as JSON, checked as they type (every problem names its
 * field), a live preview of the phrases filled from a sample conversation, export and signed export.
 */
export function PackEditor({ initial, signingKey }: { initial?: Record<string, unknown>; signingKey: StoredSigningKey | null }) {
  const [text, setText] = useState(() => `${JSON.stringify(initial ?? NEW_PACK, null, 2)}\n`);
  const deferred = useDeferredValue(text);
  const result = useMemo(() => readPackText(deferred), [deferred]);
  const preview = useMemo(() => previewPhrases(deferred), [deferred]);
  const [message, setMessage] = useState<string | undefined>();

  const fileName = result.ok ? `${result.pack.id}-${result.pack.version}.json` : 'pack.json';
  const exportPlain = () => {
    if (!result.ok) return;
    const { signature: _signature, ...unsigned } = result.raw;
    downloadText(fileName, `${JSON.stringify(unsigned, null, 2)}\n`);
    setMessage(i18n.t('options.packs.editor.exported', { file: fileName }));
  };
  const exportSigned = () => {
    if (!result.ok || !signingKey) return;
    signPack(result.raw, signingKey.privateJwk).then(
      (signed) => {
        const out = `${JSON.stringify(signed, null, 2)}\n`;
        setText(out);
        downloadText(fileName, out);
        setMessage(i18n.t('options.packs.editor.signedExported', { file: fileName }));
      },
      (e: unknown) => setMessage(i18n.t('options.packs.editor.signFailed', { error: e instanceof Error ? e.message : String(e) })),
    );
  };

  return (
    <div className="pack-editor">
      <h3>{i18n.t('options.packs.editorTitle')}</h3>
      <p className="muted small">{i18n.t('options.packs.editor.intro')}</p>
      <label className="form">
        {i18n.t('options.packs.editor.json')}
        <textarea className="pack-json" rows={18} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!result.ok} />
      </label>
      {result.ok ? (
        <p role="status">
          {i18n.t('options.packs.editor.valid', { name: result.pack.name, version: result.pack.version, count: result.pack.phrases.length })}
        </p>
      ) : (
        <div role="alert" className="warning" aria-label={i18n.t('options.packs.editor.problems')}>
          <ul className="pack-problems">
            {result.errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="pack-actions">
        <button type="button" onClick={exportPlain} disabled={!result.ok}>
          {i18n.t('options.packs.editor.export')}
        </button>
        <button type="button" onClick={exportSigned} disabled={!result.ok || !signingKey} title={signingKey ? '' : i18n.t('options.packs.editor.keyFirst')}>
          {i18n.t('options.packs.editor.signExport')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
      <h4>{i18n.t('options.packs.editor.preview')}</h4>
      <ul className="pack-preview-phrases" aria-label={i18n.t('options.packs.editor.previewList')}>
        {preview.map((p, i) => (
          <li key={i}>
            <span className="muted small">
              {p.id} · {p.kind}
            </span>
            <div>{p.text}</div>
            {p.missing.length > 0 && <div className="muted small">{i18n.t('options.packs.editor.asks', { gaps: p.missing.join(', ') })}</div>}
          </li>
        ))}
      </ul>
    </div>
  );
}
