import type { PackDiff } from '@/lib/packs/diff';
import { summarizeDiff } from '@/lib/packs/diff';
import { i18n } from '#i18n';

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
        {items.length > SHOWN && <li className="muted">{i18n.t('options.packs.diff.more', { count: items.length - SHOWN })}</li>}
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
      <List title={i18n.t('options.packs.diff.phrasesAdded')} mark="+" items={diff.phrases.added} describe={(p) => `${p.id} (${p.kind}): ${p.text}`} />
      <List
        title={i18n.t('options.packs.diff.phrasesChanged')}
        mark="~"
        items={diff.phrases.changed}
        describe={(c) => `${c.key}: ${c.fields.join(', ')}${c.fields.includes('text') ? i18n.t('options.packs.diff.now', { text: c.after.text }) : ''}`}
      />
      <List title={i18n.t('options.packs.diff.phrasesRemoved')} mark="−" items={diff.phrases.removed} describe={(p) => `${p.id} (${p.kind}): ${p.text}`} />
      <List title={i18n.t('options.packs.diff.rulesAdded')} mark="+" items={diff.guardRules.added} describe={(r) => `${r.kind} "${r.phrase}"`} />
      <List title={i18n.t('options.packs.diff.rulesChanged')} mark="~" items={diff.guardRules.changed} describe={(c) => `${c.key}: ${c.fields.join(', ')}`} />
      <List title={i18n.t('options.packs.diff.rulesRemoved')} mark="−" items={diff.guardRules.removed} describe={(r) => `${r.kind} "${r.phrase}"`} />
      <List
        title={i18n.t('options.packs.diff.targets')}
        mark="~"
        items={[...diff.timescaleTargets.added, ...diff.timescaleTargets.changed.map((c) => c.after), ...diff.timescaleTargets.removed]}
        describe={(t) => t.category}
      />
    </div>
  );
}
