/**
 * What changes between two versions of a pack: phrases and guard rules added, changed and removed
 * (and allowed phrases, timescale targets and the pack's own details), shown before an import or
 * an update is stored and printed by `tactful pack diff`. Phrases are matched by id, guard rules by
 * id or else by kind and wording, allowed phrases by wording, targets by category.
 */
import type { Pack, PackGuardRule, Phrase, TimescaleTarget } from './schema';
import { t } from '../i18n';

export interface Changed<T> {
  key: string;
  before: T;
  after: T;
  /** The fields that differ, in the order they appear ("text", "emotions"). */
  fields: string[];
}

export interface ListDiff<T> {
  added: T[];
  changed: Changed<T>[];
  removed: T[];
}

export interface PackDiff {
  /** Name, version, author… that changed: `{ field, before, after }`. */
  details: { field: string; before: string; after: string }[];
  phrases: ListDiff<Phrase>;
  guardRules: ListDiff<PackGuardRule>;
  allowedPhrases: { added: string[]; removed: string[] };
  timescaleTargets: ListDiff<{ category: string; target: TimescaleTarget }>;
}

const DETAIL_FIELDS = ['id', 'name', 'version', 'locale', 'author', 'description', 'updated'] as const;

/** JSON with sorted keys, to compare values whatever order their fields were written in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => stable(a[k]) !== stable(b[k]));
}

function diffList<T extends object>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string): ListDiff<T> {
  const old = new Map<string, T>();
  for (const item of before) if (!old.has(keyOf(item))) old.set(keyOf(item), item);
  const seen = new Set<string>();
  const out: ListDiff<T> = { added: [], changed: [], removed: [] };
  for (const item of after) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    const previous = old.get(key);
    if (!previous) out.added.push(item);
    else {
      const fields = changedFields(previous, item);
      if (fields.length > 0) out.changed.push({ key, before: previous, after: item, fields });
    }
  }
  for (const [key, item] of old) if (!seen.has(key)) out.removed.push(item);
  return out;
}

export function guardRuleKey(rule: PackGuardRule): string {
  return rule.id ?? `${rule.kind}: ${rule.phrase.trim().toLowerCase()}`;
}

function targets(pack: Pack | null): { category: string; target: TimescaleTarget }[] {
  return Object.entries(pack?.timescaleTargets ?? {})
    .filter((entry): entry is [string, TimescaleTarget] => entry[1] !== undefined)
    .map(([category, target]) => ({ category, target }));
}

/** `before` is null for a pack that is not installed yet (everything is added). */
export function diffPacks(before: Pack | null, after: Pack): PackDiff {
  const details = before
    ? DETAIL_FIELDS.filter((f) => before[f] !== after[f]).map((field) => ({ field, before: before[field], after: after[field] }))
    : [];
  const oldAllowed = new Set((before?.allowedPhrases ?? []).map((a) => a.phrase));
  const newAllowed = new Set(after.allowedPhrases?.map((a) => a.phrase) ?? []);
  return {
    details,
    phrases: diffList(before?.phrases ?? [], after.phrases, (p) => p.id),
    guardRules: diffList(before?.guardRules ?? [], after.guardRules ?? [], guardRuleKey),
    allowedPhrases: {
      added: [...newAllowed].filter((p) => !oldAllowed.has(p)),
      removed: [...oldAllowed].filter((p) => !newAllowed.has(p)),
    },
    timescaleTargets: diffList(targets(before), targets(after), (t) => t.category),
  };
}

export function isEmptyDiff(diff: PackDiff): boolean {
  const empty = (l: ListDiff<unknown>) => l.added.length + l.changed.length + l.removed.length === 0;
  return (
    diff.details.length === 0 &&
    empty(diff.phrases) &&
    empty(diff.guardRules) &&
    diff.allowedPhrases.added.length + diff.allowedPhrases.removed.length === 0 &&
    empty(diff.timescaleTargets)
  );
}

/** "12 phrases added, 3 changed, 1 removed; 2 guard rules added" — for a status line. */
export function summarizeDiff(diff: PackDiff): string {
  const parts: string[] = [];
  const list = (l: ListDiff<unknown>, what: (count: number) => string) => {
    const bits: string[] = [];
    if (l.added.length) bits.push(t('lib.packs.diff.added', { count: l.added.length }));
    if (l.changed.length) bits.push(t('lib.packs.diff.changed', { count: l.changed.length }));
    if (l.removed.length) bits.push(t('lib.packs.diff.removed', { count: l.removed.length }));
    if (bits.length) parts.push(t('lib.packs.diff.list', { what: what(l.added.length + l.changed.length + l.removed.length), changes: bits.join(', ') }));
  };
  list(diff.phrases, (n) => t('lib.packs.diff.phrases', n));
  list(diff.guardRules, (n) => t('lib.packs.diff.guardRules', n));
  const allowed = { added: diff.allowedPhrases.added, changed: [], removed: diff.allowedPhrases.removed };
  list(allowed, (n) => t('lib.packs.diff.allowedPhrases', n));
  list(diff.timescaleTargets, (n) => t('lib.packs.diff.timescaleTargets', n));
  for (const d of diff.details) if (d.field === 'version') parts.unshift(t('lib.packs.diff.version', { before: String(d.before), after: String(d.after) }));
  return parts.length ? parts.join('; ') : t('lib.packs.diff.none');
}

/** The whole diff as lines of text (`tactful pack diff`): `+` added, `~` changed, `-` removed. */
export function formatDiff(diff: PackDiff): string[] {
  const lines: string[] = [];
  for (const d of diff.details) lines.push(`~ ${d.field}: ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)}`);
  const section = <T>(title: string, l: ListDiff<T>, describe: (item: T) => string) => {
    if (l.added.length + l.changed.length + l.removed.length === 0) return;
    lines.push(`${title}: ${l.added.length} added, ${l.changed.length} changed, ${l.removed.length} removed`);
    for (const item of l.added) lines.push(`  + ${describe(item)}`);
    for (const c of l.changed) lines.push(`  ~ ${describe(c.after)} (${c.fields.join(', ')})`);
    for (const item of l.removed) lines.push(`  - ${describe(item)}`);
  };
  section('phrases', diff.phrases, (p) => `${p.id} [${p.kind}] ${JSON.stringify(p.text)}`);
  section('guard rules', diff.guardRules, (r) => `${r.id ? `${r.id} ` : ''}${r.kind} ${JSON.stringify(r.phrase)}`);
  section('allowed phrases', { added: diff.allowedPhrases.added, changed: [], removed: diff.allowedPhrases.removed }, (p) => JSON.stringify(p));
  section('timescale targets', diff.timescaleTargets, (t) => `${t.category} ${stable(t.target)}`);
  if (lines.length === 0) lines.push('no changes');
  return lines;
}
