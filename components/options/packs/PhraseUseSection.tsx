import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TactfulDatabase } from '@/lib/db';
import { describeStorageError } from '@/lib/history';
import { clearPhraseUse, exportPhraseUse, phraseUse } from '@/lib/packs/usage-db';
import { downloadText } from './download';
import { useActivePacks } from './useActivePacks';
import { i18n } from '#i18n';

/** Most used phrases shown; the export has them all. */
const SHOWN = 20;

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/**
 * The agent's own phrase use: which pack phrases they insert most and how much they change them
 * before sending (0% = sent as inserted). The export is counts with pack and phrase ids only, for
 * the team lead who writes the pack.
 */
export function PhraseUseSection({ db }: { db: TactfulDatabase }) {
  const uses = useLiveQuery(() => phraseUse(db), [db]);
  const packs = useActivePacks();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();

  const textOf = (packId: string, phraseId: string) => packs.find((p) => p.id === packId)?.phrases.find((p) => p.id === phraseId)?.text;

  const download = async () => {
    setStatus(undefined);
    try {
      const data = await exportPhraseUse(db);
      downloadText(`tactful-phrase-use-${data.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(data, null, 2)}\n`);
      setStatus({ ok: true, text: i18n.t('options.packs.use.exported', data.phrases.length) });
    } catch (error) {
      setStatus({ ok: false, text: describeStorageError(error, i18n.t('options.packs.use.exportFailed')) });
    }
  };
  const clear = async () => {
    setStatus(undefined);
    try {
      await clearPhraseUse(db);
      setStatus({ ok: true, text: i18n.t('options.packs.use.cleared') });
    } catch (error) {
      setStatus({ ok: false, text: describeStorageError(error, i18n.t('options.packs.use.clearFailed')) });
    }
  };

  return (
    <section aria-labelledby="phrase-use-title" className="options-section">
      <h2 id="phrase-use-title">{i18n.t('options.views.phraseUse')}</h2>
      <p className="muted">{i18n.t('options.packs.use.intro')}</p>
      {uses === undefined ? null : uses.length === 0 ? (
        <p className="muted small">{i18n.t('options.packs.use.none')}</p>
      ) : (
        <table className="phrase-use">
          <caption className="muted small">
            {i18n.t('options.packs.use.mostUsed')}
            {uses.length > SHOWN ? i18n.t('options.packs.use.shownOf', { shown: SHOWN, total: uses.length }) : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('options.packs.use.phrase')}</th>
              <th scope="col">{i18n.t('options.packs.use.inserted')}</th>
              <th scope="col">{i18n.t('options.packs.use.averageEdit')}</th>
            </tr>
          </thead>
          <tbody>
            {uses.slice(0, SHOWN).map((use) => {
              const text = textOf(use.packId, use.phraseId);
              return (
                <tr key={use.key}>
                  <th scope="row">
                    {text ?? <span className="muted">{i18n.t('options.packs.use.gone')}</span>}
                    <span className="muted small"> {use.key}</span>
                  </th>
                  <td>{use.inserted}</td>
                  <td title={i18n.t('options.packs.use.measuredTitle', { measured: use.measured, inserted: use.inserted, unedited: use.unedited })}>
                    {use.averageEdit === undefined ? i18n.t('options.packs.use.notMeasured') : percent(use.averageEdit)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void download()} disabled={!uses?.length}>
          {i18n.t('options.packs.use.export')}
        </button>
        <button type="button" className="link" onClick={() => void clear()} disabled={!uses?.length}>
          {i18n.t('options.packs.use.clear')}
        </button>
      </div>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted small' : 'warning'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
