import { useEffect, useMemo, useState } from 'react';
import type { Insight } from '@/lib/analysis';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { checkDraft, type Finding, type GuardCategory, type GuardContext } from '@/lib/guard';
import type { DraftState } from '@/lib/messaging';
import { builtinPacks } from '@/lib/packs/builtin';
import { packGuardContext } from '@/lib/packs/schema';
import { usePanelStore } from './store';

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

const CHECKLIST_LABELS = {
  heard: 'Shows you heard them',
  timescale: 'Gives a concrete time',
  owner: 'Says who is handling it',
  updates: 'Promises updates, even if it slips',
} as const;

/** The guard's context: the customer's name and words, and the team's own rules. */
function guardContext(insight: Insight | undefined, snapshot: ConversationSnapshot): GuardContext {
  return {
    ...packGuardContext(builtinPacks()),
    ...(snapshot.customer.name ? { customerName: snapshot.customer.name } : {}),
    mirrorPhrases: insight?.mirror.map((m) => m.text) ?? [],
  };
}

/**
 * The live check of the agent's draft, written in the helpdesk's own editor: what to reconsider
 * (underlined there too), with safer wording to apply, and the four things every reply needs.
 */
export function DraftCheck({ draft, insight, snapshot }: { draft: DraftState | undefined; insight: Insight | undefined; snapshot: ConversationSnapshot }) {
  const tab = usePanelStore((s) => s.tab);
  const ctx = useMemo(() => guardContext(insight, snapshot), [insight, snapshot]);
  const text = draft?.found ? draft.text : '';
  const result = useMemo(() => (text.trim() ? checkDraft(text, ctx) : undefined), [text, ctx]);
  const [status, setStatus] = useState<string | undefined>();

  // Underline the findings in the editor after every check; clear them when there are none.
  useEffect(() => {
    void tab.mark((result?.findings ?? []).map((f) => ({ start: f.range.start, end: f.range.end, category: f.category, severity: f.severity })));
  }, [result, tab]);

  if (!draft?.found) {
    return (
      <section className="check" aria-labelledby="check-title">
        <h2 id="check-title" className="section-title">
          Your draft
        </h2>
        <p className="muted small">Open the reply in your helpdesk and start writing: Tactful checks it as you type.</p>
      </section>
    );
  }
  if (!result) {
    return (
      <section className="check" aria-labelledby="check-title">
        <h2 id="check-title" className="section-title">
          Your draft
        </h2>
        <p className="muted small">Start writing your reply: Tactful checks it as you type.</p>
      </section>
    );
  }

  const select = async (finding: Finding) => {
    const outcome = await tab.select({ start: finding.range.start, end: finding.range.end, expected: text.slice(finding.range.start, finding.range.end) });
    setStatus(outcome.ok ? undefined : outcome.reason);
  };
  const apply = async (finding: Finding, suggestion: string) => {
    const { start, end } = finding.replaces;
    const outcome = await tab.replace({ start, end, expected: text.slice(start, end) }, suggestion);
    setStatus(outcome.ok ? 'Applied. Undo in the editor if you want your words back.' : outcome.reason);
  };
  const add = async (sentence: string) => {
    const outcome = await tab.insert(sentence);
    setStatus(outcome.ok ? undefined : outcome.reason);
  };

  return (
    <section className="check" aria-labelledby="check-title">
      <h2 id="check-title" className="section-title">
        Your draft
      </h2>
      {result.findings.length === 0 ? (
        <p className="ok small">Nothing to reconsider in what you've written.</p>
      ) : (
        <ol className="findings" aria-label="To reconsider">
          {result.findings.map((finding, i) => (
            <li key={`${finding.ruleId}-${finding.range.start}-${i}`} className={`finding severity-${finding.severity}`}>
              <button type="button" className="finding-words link" onClick={() => void select(finding)} title="Show it in your reply">
                “{text.slice(finding.range.start, finding.range.end)}”
              </button>
              <span className="finding-category">{CATEGORY_LABELS[finding.category]}</span>
              <p className="finding-message">{finding.message}</p>
              <details>
                <summary className="small">Why</summary>
                <p className="small muted">{finding.why}</p>
              </details>
              {finding.suggestions.map((suggestion) => (
                <div key={suggestion} className="rewrite">
                  <span className="rewrite-text">{suggestion}</span>
                  <button type="button" className="secondary" onClick={() => void apply(finding, suggestion)} aria-label={`Apply: ${suggestion}`}>
                    Apply
                  </button>
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
      <ul className="checklist" aria-label="Reply checklist">
        {(Object.keys(CHECKLIST_LABELS) as (keyof typeof CHECKLIST_LABELS)[]).map((point) => {
          const item = result.checklist[point];
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
