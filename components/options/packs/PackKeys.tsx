import { useCallback, useEffect, useState } from 'react';
import { addTrustedKey, createSigningKey, listTrustedKeys, loadSigningKey, removeTrustedKey, type StoredSigningKey, type TrustedKey } from '@/lib/packs/keys';
import { shortKeyId } from '@/lib/packs/sign';
import { downloadText } from './download';

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
      setMessage({ text: `Trusting ${result.key.name}'s key (${shortKeyId(result.key.keyId)}).`, ok: true });
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
      <h3>Trusted keys</h3>
      <p className="muted small">Packs signed with these team leads' keys show as signed; a signed subscription refuses updates not signed by them.</p>
      {trusted.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="site-list">
          {trusted.map((key) => (
            <li key={key.keyId}>
              <span className="site-origin">{key.name}</span>
              <span className="muted small">{shortKeyId(key.keyId)}</span>
              {key.managed ? (
                <span className="pack-locked">🔒 Set by your administrator</span>
              ) : (
                <button type="button" className="link" onClick={() => void removeTrustedKey(key.keyId).then(load)} aria-label={`Stop trusting ${key.name}`}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="form">
        <label>
          Whose key
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Dana, support lead" />
        </label>
        <label>
          Public key (the contents of tactful-public.jwk)
          <textarea rows={3} value={jwk} onChange={(e) => setJwk(e.target.value)} />
        </label>
        <div>
          <button type="button" onClick={add}>
            Trust this key
          </button>
        </div>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'warning'}>
          {message.text}
        </p>
      )}

      <h3>Your signing key (team leads)</h3>
      {signing ? (
        <div>
          <p className="muted small">
            {signing.alg} key {shortKeyId(signing.keyId)}, made {new Date(signing.createdAt).toLocaleDateString()}. It stays in this browser unless you export it.
          </p>
          <div className="pack-actions">
            <button type="button" onClick={() => downloadText('tactful-public.jwk', `${JSON.stringify(signing.publicJwk, null, 2)}\n`)}>
              Export public key (for agents)
            </button>
            <button type="button" className="link" onClick={() => downloadText('tactful-private.jwk', `${JSON.stringify(signing.privateJwk, null, 2)}\n`)}>
              Export private key (keep it secret)
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={create}>
          Create a signing key
        </button>
      )}
    </div>
  );
}
