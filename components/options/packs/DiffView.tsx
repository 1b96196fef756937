import type { PackDiff } from '@/lib/packs/diff';
import { summarizeDiff } from '@/lib/packs/diff';

const SHOWN = 20;

function List<T>({ title, items, describe, mark }: { title: string; items: T[]; describe: (item: T) => string; mark: string }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4>
        {title} ({items.length})
      </h4>
      <ul className="pack-diff-list">
        {items.slice(0, SHOWN).map((item, i) => (
          <li key={i}>
            <span aria-hidden="true">{mark} </span>
            {describe(item)}
          </li>
        ))}
        {items.length > SHOWN && <li className="muted">… and {items.length - SHOWN} more</li>}
      </ul>
    </div>
  );
}

/** What an import or update changes, as text only (pack text is never rendered as HTML). */
export function DiffView({ diff }: { diff: PackDiff }) {
  return (
    <div className="pack-diff">
      <p>
        <strong>{summarizeDiff(diff)}</strong>
      </p>
      <List title="Phrases added" mark="+" items={diff.phrases.added} describe={(p) => `${p.id} (${p.kind}): ${p.text}`} />
      <List
        title="Phrases changed"
        mark="~"
        items={diff.phrases.changed}
        describe={(c) => `${c.key}: ${c.fields.join(', ')}${c.fields.includes('text') ? ` — now "${c.after.text}"` : ''}`}
      />
      <List title="Phrases removed" mark="−" items={diff.phrases.removed} describe={(p) => `${p.id} (${p.kind}): ${p.text}`} />
      <List title="Guard rules added" mark="+" items={diff.guardRules.added} describe={(r) => `${r.kind} "${r.phrase}"`} />
      <List title="Guard rules changed" mark="~" items={diff.guardRules.changed} describe={(c) => `${c.key}: ${c.fields.join(', ')}`} />
      <List title="Guard rules removed" mark="−" items={diff.guardRules.removed} describe={(r) => `${r.kind} "${r.phrase}"`} />
      <List
        title="Timescale targets"
        mark="~"
        items={[...diff.timescaleTargets.added, ...diff.timescaleTargets.changed.map((c) => c.after), ...diff.timescaleTargets.removed]}
        describe={(t) => t.category}
      />
    </div>
  );
}
