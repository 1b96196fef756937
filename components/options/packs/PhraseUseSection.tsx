import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TactfulDatabase } from '@/lib/db';
import { describeStorageError } from '@/lib/history';
import { clearPhraseUse, exportPhraseUse, phraseUse } from '@/lib/packs/usage-db';
import { downloadText } from './download';
import { useActivePacks } from './useActivePacks';

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
      setStatus({ ok: true, text: `Exported counts for ${data.phrases.length} phrase${data.phrases.length === 1 ? '' : 's'}: ids and numbers only, none of your text.` });
    } catch (error) {
      setStatus({ ok: false, text: describeStorageError(error, "The export wasn't made") });
    }
  };
  const clear = async () => {
    setStatus(undefined);
    try {
      await clearPhraseUse(db);
      setStatus({ ok: true, text: 'Phrase use cleared.' });
    } catch (error) {
      setStatus({ ok: false, text: describeStorageError(error, "Phrase use wasn't cleared") });
    }
  };

  return (
    <section aria-labelledby="phrase-use-title" className="options-section">
      <h2 id="phrase-use-title">Your phrase use</h2>
      <p className="muted">
        The pack phrases you insert from the panel, and how much you change them before the reply is sent (compared word by word with your sent reply: 0% is
        sent as inserted, 100% rewritten or removed). Counted in this browser only.
      </p>
      {uses === undefined ? null : uses.length === 0 ? (
        <p className="muted small">No phrases inserted yet.</p>
      ) : (
        <table className="phrase-use">
          <caption className="muted small">Most used first{uses.length > SHOWN ? ` (${SHOWN} of ${uses.length})` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Phrase</th>
              <th scope="col">Inserted</th>
              <th scope="col">Average edit</th>
            </tr>
          </thead>
          <tbody>
            {uses.slice(0, SHOWN).map((use) => {
              const text = textOf(use.packId, use.phraseId);
              return (
                <tr key={use.key}>
                  <th scope="row">
                    {text ?? <span className="muted">(no longer in your packs)</span>}
                    <span className="muted small"> {use.key}</span>
                  </th>
                  <td>{use.inserted}</td>
                  <td title={`${use.measured} of ${use.inserted} measured; ${use.unedited} sent word for word`}>
                    {use.averageEdit === undefined ? 'not yet measured' : percent(use.averageEdit)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void download()} disabled={!uses?.length}>
          Export counts for your team lead
        </button>
        <button type="button" className="link" onClick={() => void clear()} disabled={!uses?.length}>
          Clear phrase use
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
