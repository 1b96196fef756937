import { useRef, useState, type KeyboardEvent } from 'react';
import { fillSuggestion, unfilledGaps, type Part, type SuggestionsView } from '@/lib/panel';
import type { TemplateValues } from '@/lib/packs/template';
import type { Suggestion } from '@/lib/suggest/types';
import { useActions } from './context';
import { useFocusWhenAsked, useSelectedSuggestion } from './keyboard';
import { gapLabel } from './labels';
import { unwrap } from './part';
import { i18n } from '#i18n';

const KIND_TITLES: Record<string, () => string> = {
  acknowledge: () => i18n.t('panel.say.kinds.acknowledge'),
  empathy: () => i18n.t('panel.say.kinds.empathy'),
  apology: () => i18n.t('panel.say.kinds.apology'),
  deescalate: () => i18n.t('panel.say.kinds.deescalate'),
};

/** A phrase's kind as the agent reads it (a pack's own kind by its name). */
function kindTitle(kind: string): string {
  return Object.hasOwn(KIND_TITLES, kind) ? (KIND_TITLES[kind]?.() ?? kind) : kind;
}

/** Phrases that fit how the customer feels, ready to insert into the helpdesk's reply. */
export function SayThis({ suggestions: part }: { suggestions: Part<SuggestionsView> }) {
  const { list: suggestions, values } = unwrap(part);
  const list = useRef<HTMLOListElement>(null);
  // The phrase the keyboard shortcuts act on: the one the agent selected, else the top one.
  const selectedKey = useSelectedSuggestion();
  const selected = suggestions.some((s) => s.key === selectedKey) ? selectedKey : suggestions[0]?.key;

  // ↑/↓ move between phrases; Enter inserts the focused one (handled by each item).
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...(list.current?.querySelectorAll<HTMLElement>('li.suggestion') ?? [])];
    const at = items.findIndex((item) => item === document.activeElement || item.contains(document.activeElement));
    const next = items[Math.min(items.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  if (suggestions.length === 0) return null;
  return (
    <section className="say" aria-labelledby="say-title">
      <h2 id="say-title" className="section-title">
        {i18n.t('panel.views.say')}
      </h2>
      <ol ref={list} className="suggestions" aria-label={i18n.t('panel.say.list')} onKeyDown={onKeyDown}>
        {suggestions.map((s) => (
          <SuggestionItem key={s.key} suggestion={s} values={values} selected={s.key === selected} />
        ))}
      </ol>
      <p className="muted small">{i18n.t('panel.say.keys')}</p>
    </section>
  );
}

function SuggestionItem({ suggestion, values, selected = false }: { suggestion: Suggestion; values: TemplateValues; selected?: boolean }) {
  const { insert, copy: toClipboard, picked: remember, selectSuggestion } = useActions();
  const item = useFocusWhenAsked<HTMLLIElement>('selected-suggestion', selected);
  const [filled, setFilled] = useState<Record<string, string>>({});
  const [showWhy, setShowWhy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();

  const text = fillSuggestion(suggestion, values, filled);
  const ready = unfilledGaps(suggestion, filled).length === 0;

  const picked = () => void remember({ key: suggestion.key, kind: suggestion.kind });
  const copy = async () => {
    if (!(await toClipboard(text))) return setStatus({ ok: false, text: i18n.t('common.clipboardRefused') });
    setStatus({ ok: true, text: i18n.t('common.copied') });
    picked();
  };
  const doInsert = async () => {
    if (!ready) return;
    const result = await insert(text, suggestion.key);
    if (result.ok) {
      setStatus({ ok: true, text: i18n.t('panel.say.inserted') });
      picked();
      return;
    }
    // Never lose the words: when the editor refuses, they go to the clipboard.
    const copied = await toClipboard(text);
    setStatus({ ok: false, text: copied ? i18n.t('panel.say.onClipboard', { reason: result.reason }) : result.reason });
  };

  return (
    <li
      ref={item}
      className={selected ? 'suggestion selected' : 'suggestion'}
      aria-current={selected || undefined}
      onFocus={(event) => event.target === event.currentTarget && selectSuggestion(suggestion.key)}
      tabIndex={0}
      data-kind={suggestion.kind}
      aria-label={i18n.t('panel.say.itemLabel', { kind: kindTitle(suggestion.kind), text })}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) {
          event.preventDefault();
          void doInsert();
        }
      }}
    >
      <div className="suggestion-kind">{kindTitle(suggestion.kind)}</div>
      <p className="suggestion-text">{text}</p>
      {suggestion.missing.length > 0 && (
        <div className="gaps">
          {suggestion.missing.map((name) => (
            <label key={name}>
              {gapLabel(name)}
              <input value={filled[name] ?? ''} onChange={(e) => setFilled({ ...filled, [name]: e.target.value })} />
            </label>
          ))}
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void doInsert()} disabled={!ready} title={ready ? undefined : i18n.t('panel.say.fillGaps')}>
          {i18n.t('panel.say.insert')}
        </button>
        <button type="button" className="secondary" onClick={() => void copy()} disabled={!ready}>
          {i18n.t('common.copy')}
        </button>
        <button type="button" className="link" aria-expanded={showWhy} onClick={() => setShowWhy(!showWhy)}>
          {i18n.t('panel.say.whyThis')}
        </button>
      </div>
      {showWhy && <p className="why muted small">{suggestion.why}</p>}
      {status && (
        <p role="status" className={status.ok ? 'ok small' : 'warning small'}>
          {status.text}
        </p>
      )}
    </li>
  );
}
