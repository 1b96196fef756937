/**
 * The draft guard: `checkDraft(text, ctx)` runs every rule on the agent's draft, each in isolation
 * (a rule that throws is reported in `failures`, the others still run), and scores the reply
 * checklist. Pure and synchronous, cheap enough to run on every keystroke.
 */
import { MAX_DRAFT_CHARS, ownText } from '../language';
import { checkReply } from './checklist';
import { GUARD_RULES } from './rules';
import type { Finding, GuardContext, GuardResult, GuardRule, RuleFailure, TextRange } from './types';

export { MAX_DRAFT_CHARS } from '../language';

export type * from './types';
export { GUARD_CATEGORIES } from './types';
export { GUARD_RULES } from './rules';
export { checkReply } from './checklist';

function escapeForPattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}

/** Ranges of the draft a team pack explicitly allows (`ctx.allowedPhrases`). */
function allowedRanges(text: string, phrases: string[] | undefined): TextRange[] {
  if (!phrases || phrases.length === 0) return [];
  const ranges: TextRange[] = [];
  for (const phrase of phrases) {
    if (!phrase.trim()) continue;
    const pattern = new RegExp(escapeForPattern(phrase), 'gi');
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

/**
 * One rule on one draft, as the guard runs it: the team's allowed wording removes the findings it
 * covers. Exported so rule examples are tested exactly as drafts are checked.
 */
export function runRule(rule: GuardRule, text: string, ctx: GuardContext = {}): Finding[] {
  const findings = rule.check(text, ctx);
  const allowed = allowedRanges(text, ctx.allowedPhrases);
  if (allowed.length === 0) return findings;
  return findings.filter((f) => !allowed.some((a) => a.start <= f.range.start && f.range.end <= a.end));
}

/** The key a finding is dismissed by: its rule and its words (lower-case, spaces collapsed). */
export function findingKey(ruleId: string, words: string): string {
  return `${ruleId}:${words.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * Checks the agent's own text: the draft up to a reply header (quoted history is the customer's
 * earlier mail), at most `ctx.maxChars` characters of it (`MAX_DRAFT_CHARS`). `coverage` says
 * what was read. Findings the agent dismissed (`ctx.dismissed`) move to `dismissed`; a team pack's
 * `ctx.ruleSettings` turns a rule or category off or down to `info`.
 */
export function checkDraft(draft: string, ctx: GuardContext = {}, rules: readonly GuardRule[] = GUARD_RULES): GuardResult {
  const maxChars = ctx.maxChars ?? MAX_DRAFT_CHARS;
  const own = ownText(draft, maxChars);
  const text = draft.slice(0, own.end);
  const settings = ctx.ruleSettings ?? {};
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? settings[rule.meta.category];
    if (setting === 'off') continue;
    try {
      for (const f of runRule(rule, text, ctx)) {
        f.key = findingKey(f.ruleId, text.slice(f.range.start, f.range.end));
        if (setting === 'quiet') f.severity = 'info';
        findings.push(f);
      }
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let checklist: GuardResult['checklist'];
  try {
    checklist = checkReply(text, ctx);
  } catch (error) {
    failures.push({ ruleId: 'checklist', error: error instanceof Error ? error.message : String(error) });
    checklist = emptyChecklist();
  }
  const coverage = { checkedChars: own.end, draftChars: draft.length, capped: own.capped, maxChars, ...(own.quotedFrom === undefined ? {} : { quotedFrom: own.quotedFrom }) };
  const dismissedKeys = ctx.dismissed ? new Set(ctx.dismissed) : undefined;
  if (!dismissedKeys || dismissedKeys.size === 0) return { findings, checklist, failures, coverage };
  return {
    findings: findings.filter((f) => !dismissedKeys.has(f.key)),
    checklist,
    failures,
    dismissed: findings.filter((f) => dismissedKeys.has(f.key)),
    coverage,
  };
}

function emptyChecklist(): GuardResult['checklist'] {
  const missing = { ok: false, suggestion: '' };
  return { heard: missing, timescale: missing, owner: missing, updates: missing };
}
