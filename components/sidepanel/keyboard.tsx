import { useEffect, useRef } from 'react';
import { shortcutSettingsHint } from '@/lib/panel';
import { useActions } from './context';
import { usePanelStore, type FocusTarget } from './store';
import { i18n } from '#i18n';

/** The suggestion the keyboard shortcuts act on (`Suggestion.key`), if the agent picked one. */
export function useSelectedSuggestion(): string | undefined {
  return usePanelStore((state) => state.selected);
}

/**
 * A ref for the element a shortcut brings forward: when the controller asks for `target` (and
 * `when` holds), it is scrolled into view and focused. Focus stays in the panel's document: a
 * shortcut pressed while typing in the helpdesk never takes the caret from the editor.
 */
export function useFocusWhenAsked<T extends HTMLElement>(target: FocusTarget, when = true) {
  const ref = useRef<T>(null);
  const request = usePanelStore((state) => (state.focusRequest?.target === target ? state.focusRequest.seq : undefined));
  useEffect(() => {
    const element = ref.current;
    if (request === undefined || !when || !element) return;
    element.scrollIntoView?.({ block: 'nearest' });
    element.focus({ preventScroll: true });
  }, [request, when]);
  return ref;
}

/** What the last shortcut did: one line, always present so screen readers hear each change. */
export function ShortcutNotice() {
  const notice = usePanelStore((state) => state.notice);
  return (
    <p className={`shortcut-notice small ${notice && !notice.ok ? 'warning' : 'ok'}`} role="status" data-testid="shortcut-notice">
      {notice?.text}
    </p>
  );
}

const BROWSER_NAME: 'chrome' | 'firefox' = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/** The keyboard shortcuts as the browser has them bound, and where to change them. */
export function Shortcuts() {
  const shortcuts = usePanelStore((state) => state.shortcuts);
  const { openShortcutSettings } = useActions();
  return (
    <details className="shortcuts">
      <summary>{i18n.t('panel.views.shortcuts')}</summary>
      {shortcuts && shortcuts.length > 0 ? (
        <dl className="shortcut-list">
          {shortcuts.map((line) => (
            <div key={line.name} className="shortcut" data-command={line.name}>
              <dt>{line.does}</dt>
              <dd>{line.keys ? <kbd>{line.keys}</kbd> : <span className="muted">{i18n.t('panel.keyboard.notSet')}</span>}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="small muted">{i18n.t('panel.keyboard.notListed')}</p>
      )}
      <p className="small muted">
        {i18n.t('panel.keyboard.inPanel')} {shortcutSettingsHint(BROWSER_NAME)}{' '}
        <button type="button" className="link small" onClick={() => void openShortcutSettings()}>
          {i18n.t('panel.keyboard.change')}
        </button>
      </p>
    </details>
  );
}
