import { useState } from 'react';
import type { GuardCategory } from '@/lib/guard';
import type { ChecklistPoint, DraftCheckView, FindingView, Part } from '@/lib/panel';
import { useActions } from './context';
import { useFocusWhenAsked } from './keyboard';
import { unwrap } from './part';

const CATEGORY_LABELS: Record<GuardCategory, string> = {
  fault: 'Admits fault',
  guarantee: 'Guarantee',
  compensation: 'Open-ended compensation',
  blame: 'Blames the customer',
  dismissive: 'Dismissive',
  sympathy: 'Sympathy, not empathy',
  'vague-time': 'Vague time',
  placeholder: 'Unfilled placeholder',
  pack: "Your team's wording",
};

const CHECKLIST_LABELS: Record<ChecklistPoint, string> = {
  heard: 'Shows you heard them',
  timescale: 'Gives a concrete time',
  owner: 'Says who is handling it',
  updates: 'Promises updates, even if it slips',
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
          Your draft
        </h2>
        <p className="muted small">Open the reply in your helpdesk and start writing: Tactful checks it as you type.</p>
      </section>
    );
  }
  if (check.state === 'empty') {
    return (
      <section ref={section} tabIndex={-1} className="check" aria-labelledby="check-title">
        <h2 id="check-title" className="section-title">
          Your draft
        </h2>
        <p className="muted small">Start writing your reply: Tactful checks it as you type.</p>
      </section>
    );
  }

  const select = async ({ select }: FindingView) => {
    const outcome = await tab.select(select);
    setStatus(outcome.ok ? undefined : outcome.reason);
  };
  const apply = async ({ replace }: FindingView, suggestion: string) => {
    const outcome = await tab.replace(replace, suggestion);
    setStatus(outcome.ok ? 'Applied. Undo in the editor if you want your words back.' : outcome.reason);
  };
  const add = async (sentence: string) => {
    const outcome = await tab.insert(sentence);
    setStatus(outcome.ok ? undefined : outcome.reason);
  };

  return (
    <section ref={section} tabIndex={-1} className="check" aria-labelledby="check-title">
      <h2 id="check-title" className="section-title">
        Your draft
      </h2>
      {check.notChecked && (
        <p className="small muted" data-testid="not-checked">
          {check.notChecked}
        </p>
      )}
      {check.findings.length === 0 ? (
        <p className="ok small">Nothing to reconsider in what you've written.</p>
      ) : (
        <ol className="findings" aria-label="To reconsider">
          {check.findings.map((view, i) => {
            const { finding } = view;
            return (
            <li key={`${finding.ruleId}-${finding.range.start}-${i}`} className={`finding severity-${finding.severity}`}>
              <button type="button" className="finding-words link" onClick={() => void select(view)} title="Show it in your reply">
                “{view.words}”
              </button>
              <span className="finding-category">{CATEGORY_LABELS[finding.category]}</span>
              {finding.severity === 'error' && <span className="finding-serious small"> · serious</span>}
              <p className="finding-message">{finding.message}</p>
              <details>
                <summary className="small">Why</summary>
                <p className="small muted">{finding.why}</p>
              </details>
              {finding.suggestions.map((suggestion) => (
                <div key={suggestion} className="rewrite">
                  <span className="rewrite-text">{suggestion}</span>
                  <button type="button" className="secondary" onClick={() => void apply(view, suggestion)} aria-label={`Apply: ${suggestion}`}>
                    Apply
                  </button>
                </div>
              ))}
              <button type="button" className="link small" onClick={() => dismiss(finding.key)} aria-label={`Dismiss for this draft: ${CATEGORY_LABELS[finding.category]}`}>
                Dismiss for this draft
              </button>
            </li>
            );
          })}
        </ol>
      )}
      <ul className="checklist" aria-label="Reply checklist">
        {check.checklist.map(({ point, item }) => {
          return (
            <li key={point} className={item.ok ? 'done' : 'todo'} data-point={point}>
              <span>{CHECKLIST_LABELS[point]}</span>
              {item.ok && item.evidence ? (
                <span className="muted small"> — “{item.evidence.text}”</span>
              ) : (
                <div className="add">
                  <span className="muted small">{item.suggestion}</span>
                  <button type="button" className="link small" onClick={() => void add(` ${item.suggestion}`)} aria-label={`Add: ${item.suggestion}`}>
                    Add
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
