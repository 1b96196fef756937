import { useCallback, useEffect, useState } from 'react';
import { addTrustedKey, createSigningKey, listTrustedKeys, loadSigningKey, removeTrustedKey, type StoredSigningKey, type TrustedKey } from '@/lib/packs/keys';
import { shortKeyId } from '@/lib/packs/sign';
import { downloadText } from './download';
import { i18n } from '#i18n';

/** Keys: the team leads' public keys this agent trusts, and a lead's own signing key. */
export function PackKeys({ onSigningKey }: { onSigningKey: (key: StoredSigningKey | null) => void }) {
  const [trusted, setTrusted] = useState<TrustedKey[]>([]);
  const [signing, setSigning] = useState<StoredSigningKey | null>(null);
  const [name, setName] = useState('');
  const [jwk, setJwk] = useState('');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | undefined>();

  const load = useCallback(() => {
    void listTrustedKeys().then(setTrusted);
    void loadSigningKey().then((key) => {
      setSigning(key);
      onSigningKey(key);
    });
  }, [onSigningKey]);
  useEffect(load, [load]);

  const add = () => {
    void addTrustedKey(name, jwk).then((result) => {
      if (!result.ok) return setMessage({ text: result.message, ok: false });
      setMessage({ text: i18n.t('options.packs.keys.trusting', { name: result.key.name, key: shortKeyId(result.key.keyId) }), ok: true });
      setName('');
      setJwk('');
      load();
    });
  };

  const create = () => {
    void createSigningKey().then(load);
  };

  return (
    <div>
      <h3>{i18n.t('options.packs.keys.title')}</h3>
      <p className="muted small">{i18n.t('options.packs.keys.intro')}</p>
      {trusted.length === 0 ? (
        <p className="muted">{i18n.t('options.packs.keys.none')}</p>
      ) : (
        <ul className="site-list">
          {trusted.map((key) => (
            <li key={key.keyId}>
              <span className="site-origin">{key.name}</span>
              <span className="muted small">{shortKeyId(key.keyId)}</span>
              {key.managed ? (
                <span className="pack-locked">{i18n.t('options.packs.keys.locked')}</span>
              ) : (
                <button type="button" className="link" onClick={() => void removeTrustedKey(key.keyId).then(load)} aria-label={i18n.t('options.packs.keys.stopLabel', { name: key.name })}>
                  {i18n.t('options.packs.keys.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="form">
        <label>
          {i18n.t('options.packs.keys.whose')}
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={i18n.t('options.packs.keys.whosePlaceholder')} />
        </label>
        <label>
          {i18n.t('options.packs.keys.public')}
          <textarea rows={3} value={jwk} onChange={(e) => setJwk(e.target.value)} />
        </label>
        <div>
          <button type="button" onClick={add}>
            {i18n.t('options.packs.keys.trust')}
          </button>
        </div>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'warning'}>
          {message.text}
        </p>
      )}

      <h3>{i18n.t('options.packs.keys.signingTitle')}</h3>
      {signing ? (
        <div>
          <p className="muted small">
            {i18n.t('options.packs.keys.signingKey', { alg: signing.alg, key: shortKeyId(signing.keyId), date: new Date(signing.createdAt).toLocaleDateString() })}
          </p>
          <div className="pack-actions">
            <button type="button" onClick={() => downloadText('tactful-public.jwk', `${JSON.stringify(signing.publicJwk, null, 2)}\n`)}>
              {i18n.t('options.packs.keys.exportPublic')}
            </button>
            <button type="button" className="link" onClick={() => downloadText('tactful-private.jwk', `${JSON.stringify(signing.privateJwk, null, 2)}\n`)}>
              {i18n.t('options.packs.keys.exportPrivate')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={create}>
          {i18n.t('options.packs.keys.create')}
        </button>
      )}
    </div>
  );
}
