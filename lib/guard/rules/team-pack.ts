/**
 * A team's own wording rules, from its phrase pack (`ctx.packRules`): `avoid` phrases are flagged
 * as warnings, `prefer` entries gently point to the team's preferred wording. Phrases match
 * case-insensitively on word boundaries, with any run of spaces between words.
 */
import type { Finding, GuardContext, GuardRule, PackRule, RuleMeta } from '../types';
import { draftView, eachMatch, finding, rewriteSentence, sentenceAt } from '../text';

export const meta: RuleMeta = {
  id: 'team-pack',
  title: "Team pack's avoid/prefer wording",
  category: 'pack',
  severity: 'warning',
  why: 'Consistency across a team: team leads share the wording they want and avoid (docs/principles.md §6).',
};

// Packs change rarely and drafts are checked on every keystroke: compile each phrase once.
const compiled = new Map<string, RegExp | null>();
const MAX_CACHED = 2000;

function phrasePattern(phrase: string): RegExp | null {
  let pattern = compiled.get(phrase);
  if (pattern !== undefined) return pattern;
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    pattern = null;
  } else {
    const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join('\\s+');
    const startsWithWord = /^\w/.test(words[0] ?? '');
    const endsWithWord = /\w$/.test(words[words.length - 1] ?? '');
    pattern = new RegExp(`${startsWithWord ? '\\b' : ''}${body}${endsWithWord ? '\\b' : ''}`, 'gi');
  }
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(phrase, pattern);
  return pattern;
}

function messageFor(rule: PackRule): string {
  if (rule.message.trim()) return rule.message;
  return rule.kind === 'avoid' ? `Your team avoids "${rule.phrase}".` : `Your team prefers "${rule.suggestion}".`;
}

export function check(text: string, ctx: GuardContext = {}): Finding[] {
  const rules = ctx.packRules;
  if (!rules || rules.length === 0) return [];
  const view = draftView(text);
  const findings: Finding[] = [];
  for (const packRule of rules) {
    const pattern = phrasePattern(packRule.phrase);
    if (!pattern) continue;
    eachMatch(pattern, view.masked, (m) => {
      const range = { start: m.index, end: m.index + m[0].length };
      const sentence = sentenceAt(view, m.index);
      const suggestions = packRule.suggestion.trim() ? [rewriteSentence(view, sentence, range, packRule.suggestion.trim())] : [];
      const f = finding(meta, range, messageFor(packRule), suggestions, sentence);
      if (packRule.kind === 'prefer') f.severity = 'info';
      findings.push(f);
    });
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}

const examplePack: PackRule[] = [
  { kind: 'avoid', phrase: 'no problem', message: 'Our team avoids "no problem": it hints there was one.', suggestion: 'happy to help' },
  { kind: 'prefer', phrase: 'unfortunately', message: 'We prefer a positive framing.', suggestion: "here's what I can do" },
];

export const examples: GuardRule['examples'] = {
  valid: [
    { text: "I'm happy to help with that.", ctx: { packRules: examplePack } },
    'No problem at all, I have sorted it.',
  ],
  invalid: [
    { text: 'No problem, I have sorted it.', matches: ['No problem'], ctx: { packRules: examplePack } },
    { text: 'Unfortunately the item is out of stock.', matches: ['Unfortunately'], ctx: { packRules: examplePack } },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
