/**
 * Unfilled placeholders left from a template: `{{customer.name}}`, `[NAME]`, "INSERT DATE",
 * "Hi ,", "£XX". Sending one tells the customer they got a form letter — the opposite of being
 * heard. Markdown links (`[label](url)`) and reference marks (`[1]`) are not placeholders.
 */
import type { Finding, GuardContext, GuardRule, RuleMeta } from '../types';
import { draftView, eachMatch, finding } from '../text';

export const meta: RuleMeta = {
  id: 'placeholder',
  title: 'Unfilled placeholder',
  category: 'placeholder',
  severity: 'warning',
  why:
    'Customers need to know they have been heard (docs/principles.md §1); an unfilled template gap ' +
    '("Hi ,", "[NAME]") says the opposite. Use their name (seed article 004).',
};

type Kind = 'template' | 'bracket' | 'instruction' | 'greeting' | 'filler';

const DETECTORS: { kind: Kind; pattern: RegExp; templateVariable?: boolean }[] = [
  { kind: 'template', pattern: /\{\{[^{}\n]{0,80}\}\}|\$\{[^}\n]{0,60}\}|%[A-Z][A-Z_]{1,30}%|<<[^<>\n]{1,40}>>/g, templateVariable: true },
  { kind: 'template', pattern: /(?<!\{)\{[A-Za-z_][\w. |-]{0,40}\}(?!\})/g },
  {
    kind: 'bracket',
    // [NAME], [Customer Name], [insert date]: all capitals, or a word that names a gap.
    pattern: new RegExp((
      String.raw`\[(?:[A-Z][A-Z _/&-]{1,38}|[^\]\n]{0,30}\b(?:name|insert|date|time|order|number|customer|agent|company|link|url|amount|product|address|` +
      String.raw`e-?mail|phone|ref|reference|ticket|xx+|tbc|tbd|first|surname|placeholder|here|details)\b[^\]\n]{0,30})\](?!\()`
    ), 'gi'),
  },
  { kind: 'bracket', pattern: /<(?:name|first ?name|customer(?: name)?|agent(?: name)?|date|order(?: number)?|insert[^<>\n]{0,30})>/gi },
  { kind: 'instruction', pattern: /\bINSERT(?: [A-Za-z]+){1,3}?(?= HERE\b|[.,;:!?\n]|$)|\b(?:INSERT|ADD|ENTER|PUT)(?: [A-Z]{2,})+\b|\binsert (?:[\w-]+ ){0,4}here\b/g },
  // "Hi ," / "Dear ," / "Hello Mr ,": the name that should sit before the comma is missing. A comma
  // straight after the greeting word ("Hi, thanks for …", "Hello,") is ordinary punctuation.
  {
    kind: 'greeting',
    pattern: /^[ \t]*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))[ \t]+,|dear[ \t]*,|(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ \t]+(?:mr|mrs|ms|miss|dr)\.?[ \t]*,)/gim,
  },
  { kind: 'filler', pattern: /\b(?:TODO|FIXME|TBC|TBD|XX+|xx+)\b|\blorem ipsum\b|[£$€#]\s?[Xx]{2,}(?:[.,][Xx]{2})?\b|\b[Xx]{2}\/[Xx]{2}(?:\/[Xx]{2,4})?\b/g },
];

const NAME_GAP = /name|customer|first|surname|recipient/i;

function firstName(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed) return undefined;
  return trimmed.split(/\s+/)[0];
}

export function check(text: string, ctx: GuardContext = {}): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  for (const detector of DETECTORS) {
    if (detector.templateVariable && ctx.templateMode) continue;
    eachMatch(detector.pattern, view.masked, (m) => {
      let start = m.index;
      const end = m.index + m[0].length;
      while (/\s/.test(view.masked[start] ?? '')) start++;
      const matched = view.source.slice(start, end);
      const name = firstName(ctx.customerName);
      let suggestions: string[] = [];
      const replaces = { start, end };
      let message = `"${matched}" looks like a template gap. Fill it in before sending.`;
      if (detector.kind === 'greeting') {
        const greetingWord = matched.replace(/\s*,$/, '');
        suggestions = [name ? `${greetingWord} ${name},` : `${greetingWord} there,`];
        if (name && !/^(?:dear|hey)/i.test(greetingWord)) suggestions.push(`${greetingWord} there,`);
        message = 'The greeting has no name in it. Add the customer\'s name.';
      } else if (NAME_GAP.test(matched) && !/company|agent/i.test(matched)) {
        suggestions = name ? [name] : [];
        message = `"${matched}" is an unfilled name. ${name ? `Use "${name}".` : 'Add the customer\'s name.'}`;
      }
      findings.push(finding(meta, { start, end }, message, suggestions, replaces));
    });
  }
  return dedupeOverlaps(findings);
}

/** `{{name}}` matches both brace patterns; keep the wider finding. */
function dedupeOverlaps(findings: Finding[]): Finding[] {
  const sorted = findings.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const kept: Finding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.range.start < last.range.end) continue;
    kept.push(f);
  }
  return kept;
}

export const examples: GuardRule['examples'] = {
  valid: [
    'Hi Sarah,\nThanks for getting in touch.',
    'Hi there, thanks for your patience.',
    'You can read more in [our returns guide](https://example.com/returns).',
    'As the footnote says [1], the price includes VAT.',
    { text: 'Hi {{customer.firstName|there}}, thanks for waiting.', ctx: { templateMode: true } },
  ],
  invalid: [
    { text: 'Hi {{customer_name}}, thanks for waiting.', matches: ['{{customer_name}}'] },
    { text: 'Dear [NAME], your order is on its way.', matches: ['[NAME]'] },
    { text: 'Hi ,\nThanks for your message.', matches: ['Hi ,'] },
    { text: 'Your refund of £XX will arrive by INSERT DATE.', matches: ['£XX', 'INSERT DATE'] },
    { text: 'Your tracking link is [insert link here].', matches: ['[insert link here]'] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
