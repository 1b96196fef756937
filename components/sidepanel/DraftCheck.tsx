import { useState } from 'react';
import type { GuardCategory } from '@/lib/guard';
import type { ChecklistPoint, DraftCheckView, FindingView, Part } from '@/lib/panel';
import { useActions } from './context';
import { useFocusWhenAsked } from './keyboard';
import { unwrap } from './part';
import { i18n } from '#i18n';

const CATEGORY_LABELS: Record<GuardCategory, () => string> = {
  fault: () => i18n.t('panel.check.categories.fault'),
  guarantee: () => i18n.t('panel.check.categories.guarantee'),
  compensation: () => i18n.t('panel.check.categories.compensation'),
  blame: () => i18n.t('panel.check.categories.blame'),
  dismissive: () => i18n.t('panel.check.categories.dismissive'),
  sympathy: () => i18n.t('panel.check.categories.sympathy'),
  'vague-time': () => i18n.t('panel.check.categories.vagueTime'),
  placeholder: () => i18n.t('panel.check.categories.placeholder'),
  pack: () => i18n.t('panel.check.categories.pack'),
};

const CHECKLIST_LABELS: Record<ChecklistPoint, () => string> = {
  heard: () => i18n.t('panel.check.points.heard'),
  timescale: () => i18n.t('panel.check.points.timescale'),
  owner: () => i18n.t('panel.check.points.owner'),
  updates: () => i18n.t('panel.check.points.updates'),
};

/**
 * The live check of the agent's draft, written in the helpdesk's own editor: what to reconsider
 * (underlined there too), with safer wording to apply, and the four things every reply needs.
 */
export function DraftCheck({ check: part }: { check: Part<DraftCheckView> }) {
  const check = unwrap(part);
  const tab = useActions();
  const dismiss = (key: string) => tab.dismiss(key);
  const [status, setStatus] = useState<string | undefined>();
  // The "go to the draft check" shortcut focuses the section; Tab goes on to its actions.
  const section = useFocusWhenAsked<HTMLElement>('draft-check');

  if (check.state === 'no-editor') {
    return (
      <section ref={section} tabIndex={-1} className="check" aria-labelledby="check-title">
        <h2 id="check-title" className="section-title">
          {i18n.t('panel.views.draft')}
        </h2>
        <p className="muted small">{i18n.t('panel.check.noEditor')}</p>
      </section>
    );
  }
  if (check.state === 'empty') {
    return (
      <section ref={section} tabIndex={-1} className="check" aria-labelledby="check-title">
        <h2 id="check-title" className="section-title">
          {i18n.t('panel.views.draft')}
        </h2>
        <p className="muted small">{i18n.t('panel.check.empty')}</p>
      </section>
    );
  }

  const select = async ({ select }: FindingView) => {
    const outcome = await tab.select(select);
    setStatus(outcome.ok ? undefined : outcome.reason);
  };
  const apply = async ({ replace }: FindingView, suggestion: string) => {
    const outcome = await tab.replace(replace, suggestion);
    setStatus(outcome.ok ? i18n.t('panel.check.applied') : outcome.reason);
  };
  const add = async (sentence: string) => {
    const outcome = await tab.insert(sentence);
    setStatus(outcome.ok ? undefined : outcome.reason);
  };

  return (
    <section ref={section} tabIndex={-1} className="check" aria-labelledby="check-title">
      <h2 id="check-title" className="section-title">
        {i18n.t('panel.views.draft')}
      </h2>
      {check.notChecked && (
        <p className="small muted" data-testid="not-checked">
          {check.notChecked}
        </p>
      )}
      {check.findings.length === 0 ? (
        <p className="ok small">{i18n.t('panel.check.nothing')}</p>
      ) : (
        <ol className="findings" aria-label={i18n.t('panel.check.findings')}>
          {check.findings.map((view, i) => {
            const { finding } = view;
            return (
            <li key={`${finding.ruleId}-${finding.range.start}-${i}`} className={`finding severity-${finding.severity}`}>
              <button type="button" className="finding-words link" onClick={() => void select(view)} title={i18n.t('panel.check.showInReply')}>
                “{view.words}”
              </button>
              <span className="finding-category">{CATEGORY_LABELS[finding.category]()}</span>
              {finding.severity === 'error' && <span className="finding-serious small">{i18n.t('panel.check.serious')}</span>}
              <p className="finding-message">{finding.message}</p>
              <details>
                <summary className="small">{i18n.t('panel.check.why')}</summary>
                <p className="small muted">{finding.why}</p>
              </details>
              {finding.suggestions.map((suggestion) => (
                <div key={suggestion} className="rewrite">
                  <span className="rewrite-text">{suggestion}</span>
                  <button type="button" className="secondary" onClick={() => void apply(view, suggestion)} aria-label={i18n.t('panel.check.applyLabel', { suggestion })}>
                    {i18n.t('panel.check.apply')}
                  </button>
                </div>
              ))}
              <button type="button" className="link small" onClick={() => dismiss(finding.key)} aria-label={i18n.t('panel.check.dismissLabel', { category: CATEGORY_LABELS[finding.category]() })}
              >
                {i18n.t('panel.check.dismiss')}
              </button>
            </li>
            );
          })}
        </ol>
      )}
      <ul className="checklist" aria-label={i18n.t('panel.check.checklist')}>
        {check.checklist.map(({ point, item }) => {
          return (
            <li key={point} className={item.ok ? 'done' : 'todo'} data-point={point}>
              <span>{CHECKLIST_LABELS[point]()}</span>
              {item.ok && item.evidence ? (
                <span className="muted small"> — “{item.evidence.text}”</span>
              ) : (
                <div className="add">
                  <span className="muted small">{item.suggestion}</span>
                  <button type="button" className="link small" onClick={() => void add(` ${item.suggestion}`)} aria-label={i18n.t('panel.check.addLabel', { suggestion: item.suggestion })}>
                    {i18n.t('panel.check.add')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {status && (
        <p role="status" className="small muted">
          {status}
        </p>
      )}
    </section>
  );
}
