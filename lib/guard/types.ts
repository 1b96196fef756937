/**
 * Contracts of the draft guard: rules read the agent's draft and report findings; the checklist
 * says which of the four things every reply needs (docs/principles.md §1) the draft already does.
 * Pure data — no DOM, no Node — so the panel, the CLI, tests and benchmarks share it.
 */

/** The built-in categories, plus `pack` for a team's own avoid/prefer rules. */
export type GuardCategory =
  | 'fault'
  | 'guarantee'
  | 'compensation'
  | 'blame'
  | 'dismissive'
  | 'sympathy'
  | 'vague-time'
  | 'placeholder'
  | 'pack';

export const GUARD_CATEGORIES: readonly GuardCategory[] = [
  'fault',
  'guarantee',
  'compensation',
  'blame',
  'dismissive',
  'sympathy',
  'vague-time',
  'placeholder',
  'pack',
];

/**
 * How loudly the panel shows a finding: `error` for what can cost the company (fault, guarantees,
 * open-ended compensation), `warning` for what the customer will notice (a vague time, an
 * unfilled placeholder, a team's avoid phrase), `info` for tone (blame, dismissive, sympathy).
 */
export type GuardSeverity = 'error' | 'warning' | 'info';

/** Offsets into the draft, UTF-16 code units, `end` exclusive (what `String.slice` takes). */
export interface TextRange {
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  category: GuardCategory;
  /** What to underline in the editor. */
  range: TextRange;
  message: string;
  why: string;
  severity: GuardSeverity;
  /**
   * Liability-safe rewrites (1–3) that replace `replaces`. Empty only when no safe text can be
   * inferred (a placeholder whose value Tactful does not know).
   */
  suggestions: string[];
  /**
   * The span the suggestions replace: the phrase itself, or its whole sentence when a rewrite
   * has to restructure it ("It was our fault your order was late" → "I'm sorry your order …").
   */
  replaces: TextRange;
  /**
   * Identifies this finding for dismissing it on this draft: the rule and the words it found, not
   * their offsets, so it survives typing elsewhere in the draft (`GuardContext.dismissed`).
   */
  key: string;
}

/**
 * A team pack's setting for one rule or category: `off` drops its findings, `quiet` shows them as
 * `info` (tone level) instead of the rule's own severity.
 */
export type RuleSetting = 'off' | 'quiet';

/** A team pack's own wording rule (the pack format feeds these in). */
export interface PackRule {
  /** `avoid`: never say this; `prefer`: the team prefers `suggestion` to this phrase. */
  kind: 'avoid' | 'prefer';
  phrase: string;
  message: string;
  suggestion: string;
}

export interface GuardContext {
  /** The customer's name as the helpdesk shows it, for filling a greeting placeholder. */
  customerName?: string;
  /** The customer's complaint turned to the agent's perspective, from the analysis. */
  mirrorPhrases?: string[];
  /** A team pack's avoid/prefer rules. */
  packRules?: PackRule[];
  /**
   * Exact wording a team pack allows (e.g. "we'll cover the cost of return postage"): a finding
   * that lies wholly inside one of these is dropped.
   */
  allowedPhrases?: string[];
  /** A realistic timescale from the timescale engine ("by 3pm on Wednesday"), used in rewrites. */
  timescalePhrase?: string;
  /** Checking a pack template rather than a draft: `{{variables}}` are expected there. */
  templateMode?: boolean;
  /** Keys of findings (`Finding.key`) the agent dismissed for this draft: they are not reported. */
  dismissed?: ReadonlySet<string> | readonly string[];
  /** A team pack turning rules down, by rule id ("vague-time") or category ("dismissive"). */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  /** Characters of the agent's own text to check (default `MAX_DRAFT_CHARS`). */
  maxChars?: number;
}

export interface RuleMeta {
  id: string;
  title: string;
  category: GuardCategory;
  severity: GuardSeverity;
  /** Why the rule exists, citing the principle or the legal source. */
  why: string;
}

/** An invalid example says where the finding must be: ranges, or the exact substrings. */
export interface InvalidExample {
  text: string;
  ranges?: TextRange[];
  matches?: string[];
  ctx?: GuardContext;
}

export interface ValidExample {
  text: string;
  ctx?: GuardContext;
}

export interface RuleExamples {
  valid: (string | ValidExample)[];
  invalid: InvalidExample[];
}

export interface GuardRule {
  meta: RuleMeta;
  examples: RuleExamples;
  check(text: string, ctx: GuardContext): Finding[];
}

export interface ChecklistEvidence extends TextRange {
  text: string;
}

export interface ChecklistItem {
  ok: boolean;
  evidence?: ChecklistEvidence;
  /** A sentence the agent could add when the item is missing. */
  suggestion: string;
}

export interface Checklist {
  heard: ChecklistItem;
  timescale: ChecklistItem;
  owner: ChecklistItem;
  updates: ChecklistItem;
}

/** A rule that threw: the other rules still ran. */
export interface RuleFailure {
  ruleId: string;
  error: string;
}

/** What part of the draft the guard read, so the panel can say when it did not read it all. */
export interface GuardCoverage {
  /** The guard read `draft.slice(0, checkedChars)`. */
  checkedChars: number;
  draftChars: number;
  /** Where quoted history (a reply header) begins, when the draft has one: not the agent's text. */
  quotedFrom?: number;
  /** True when the agent's own text was longer than the cap and the rest was not checked. */
  capped: boolean;
  /** The cap that applied. */
  maxChars: number;
}

export interface GuardResult {
  findings: Finding[];
  checklist: Checklist;
  failures: RuleFailure[];
  /** Findings the agent dismissed for this draft (`GuardContext.dismissed`), kept for an undo. */
  dismissed?: Finding[];
  coverage?: GuardCoverage;
}
