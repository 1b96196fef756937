/**
 * Phrase templates: `{{customer.firstName|there}}` is the customer's first name, or "there" when
 * it is not known. Rendering is plain substitution (no eval, no compiled functions: docs/architecture.md §5),
 * and it never leaves a `{{…}}` or a "Hi ," behind: a variable without a value or a fallback is
 * left out, the spacing and punctuation around it tidied, and its name reported in `missing` so the
 * panel can ask the agent to fill the gap before the text goes to the customer.
 */
import { t } from '../i18n';

/** Every variable a phrase may use. */
export const TEMPLATE_VARIABLES = [
  'customer.firstName',
  'customer.name',
  'agent.firstName',
  'agent.name',
  'company',
  /** The customer's problem in their own words, turned to the agent's side ("your parcel still hasn't arrived"). */
  'issue',
  /** Their question as an embedded clause, for "You asked …" ("whether we can send the invoice again"). */
  'question',
  'ticket.id',
  /** A concrete time from the timescale engine, reading after a verb ("by 3pm on Wednesday"). */
  'timescale',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export type TemplateValues = Partial<Record<TemplateVariable, string | null | undefined>>;

export interface TemplateGap {
  variable: string;
  /** Where in the rendered text the missing value belongs (UTF-16 offset). */
  index: number;
}

export interface RenderedTemplate {
  text: string;
  /** Variables with no value and no fallback, in order of first use, each once. */
  missing: string[];
  /** Where each missing value would go, for placing the agent's cursor. */
  gaps: TemplateGap[];
}

const KNOWN = new Set<string>(TEMPLATE_VARIABLES);
const TOKEN = /\{\{([^{}]*)\}\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;

interface Token {
  start: number;
  end: number;
  name: string;
  /** `undefined`: no "|" at all; "" means "leave it out quietly". */
  fallback: string | undefined;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const body = m[1] ?? '';
    const bar = body.indexOf('|');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      name: (bar < 0 ? body : body.slice(0, bar)).trim(),
      fallback: bar < 0 ? undefined : body.slice(bar + 1).trim(),
    });
  }
  return out;
}

/** The variables a template uses, each once, in order. */
export function templateVariables(text: string): string[] {
  return [...new Set(tokens(text).map((token) => token.name))];
}

/**
 * What is wrong with a template, as messages for the pack author ("unknown variable …").
 * Empty when the template is fine.
 */
export function findTemplateProblems(text: string): string[] {
  const problems: string[] = [];
  for (const token of tokens(text)) {
    const raw = text.slice(token.start, token.end);
    if (!token.name) problems.push(t('lib.packs.template.empty', { variable: raw }));
    else if (!NAME.test(token.name)) problems.push(t('lib.packs.template.notName', { variable: raw }));
    else if (!KNOWN.has(token.name)) {
      problems.push(t('lib.packs.template.unknown', { variable: raw, known: TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ') }));
    }
  }
  const rest = text.replace(TOKEN, '');
  if (rest.includes('{{')) problems.push(t('lib.packs.template.unclosed', { open: '{{', close: '}}', example: '{{name}}', withFallback: '{{name|fallback}}' }));
  else if (rest.includes('}}')) problems.push(t('lib.packs.template.unopened'));
  return problems;
}

// Private-use characters mark where a value was left out, so tidying knows what it may touch and
// where the agent's gap is; none survive into the result.
const QUIET = '\uE000';
const GAP_BASE = 0xe100;
const S = '[\\uE000-\\uE1FF]';
const MARKS = new RegExp(S, 'g');

function cleanValue(value: string | null | undefined): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/\{\{|\}\}/g, '')
    .replace(MARKS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function atSentenceStart(before: string): boolean {
  const trimmed = before.replace(new RegExp(`(?:${S}|[ \\t])+$`), '');
  return trimmed === '' || /[.!?]$/.test(trimmed) || /\n$/.test(trimmed);
}

function capitalise(value: string): string {
  return value.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

const TIDY: Array<[RegExp, string | ((...args: string[]) => string)]> = [
  // "(#{{ticket.id}})" → nothing; "“{{issue}}”" → nothing.
  [new RegExp(`[(\\[][ \\t]*#?[ \\t]*(${S}+)[ \\t]*[)\\]]`, 'g'), '$1'],
  [new RegExp(`["“'‘](${S}+)["”'’]`, 'g'), '$1'],
  [new RegExp(`#(${S}+)`, 'g'), '$1'],
  // "{{customer.firstName|}}, thanks" → "Thanks".
  [
    new RegExp(`(^|[.!?][ \\t]+|\\n[ \\t]*)(${S}+)[ \\t]*[,;:]?[ \\t]*(\\p{Ll}?)`, 'gu'),
    (_m, lead = '', marks = '', letter = '') => `${lead}${marks}${letter.toUpperCase()}`,
  ],
  // One space where two would meet (the marks go first, so punctuation can close up to them).
  [new RegExp(`[ \\t](?:[ \\t]|${S})*`, 'g'), (m) => `${m.replace(/[ \t]/g, '')} `],
  // "Hi {{name}}," → "Hi,": no space before punctuation where a value was left out; never " ,".
  [new RegExp(`[ \\t]+(${S}+)(?=[,.;:!?)\\]])`, 'g'), '$1'],
  [new RegExp(`(${S}+)[ \\t]+(?=[,.;:!?)\\]])`, 'g'), '$1'],
  [new RegExp(`[ \\t]+(${S}*),`, 'g'), '$1,'],
  // "Thanks, {{x}}." → "Thanks."; "patience, {{x}} — I know" → "patience — I know".
  [new RegExp(`[,;:](${S}+)(?=[,.;:!?])`, 'g'), '$1'],
  [new RegExp(`[,;:](${S}+)(?=[ \\t][—–-][ \\t])`, 'g'), '$1'],
  [new RegExp(`([.!?])(${S}+)[ \\t]*\\.`, 'g'), '$1$2'],
  [new RegExp(`[ \\t]+(${S}*)(?=\\n|$)`, 'g'), '$1'],
  [new RegExp(`(^|\\n)(${S}+)[ \\t]+`, 'g'), '$1$2'],
];

function tidy(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TIDY) {
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement as (...a: string[]) => string);
  }
  // A line left empty by a missing value (a sign-off without a name) goes, and so do trailing blanks.
  out = out.replace(new RegExp(`\\n[ \\t]*(${S}+)[ \\t]*(?=\\n|$)`, 'g'), '$1');
  out = out.replace(new RegExp(`\\s+(${S}*)$`), '$1');
  out = out.replace(new RegExp(`^(${S}*)\\s+`), '$1');
  return out;
}

/**
 * Fill a template. A value wins; else the fallback (`{{customer.firstName|there}}`); else, with
 * `{{x|}}`, the variable is left out quietly; else it is left out and reported in `missing`.
 */
export function renderTemplate(text: string, values: TemplateValues): RenderedTemplate {
  const missing: string[] = [];
  const gapNames: string[] = [];
  let out = '';
  let last = 0;
  for (const token of tokens(text)) {
    out += text.slice(last, token.start);
    last = token.end;
    const value = KNOWN.has(token.name) ? cleanValue(values[token.name as TemplateVariable]) : '';
    const chosen = value || (token.fallback ?? '');
    if (chosen) {
      out += atSentenceStart(out) ? capitalise(chosen) : chosen;
    } else if (token.fallback !== undefined) {
      out += QUIET;
    } else {
      if (!missing.includes(token.name)) missing.push(token.name);
      out += String.fromCharCode(GAP_BASE + Math.min(gapNames.length, 0xff));
      gapNames.push(token.name);
    }
  }
  // A malformed brace pair in the template never reaches the customer.
  out += text.slice(last);
  out = out.replace(/\{\{|\}\}/g, '');

  const tidied = tidy(out);
  const gaps: TemplateGap[] = [];
  let result = '';
  for (const ch of tidied) {
    const code = ch.charCodeAt(0);
    if (code >= GAP_BASE && code <= GAP_BASE + 0xff) {
      const variable = gapNames[code - GAP_BASE];
      if (variable !== undefined) gaps.push({ variable, index: result.length });
    } else if (code !== QUIET.charCodeAt(0)) {
      result += ch;
    }
  }
  return { text: result, missing, gaps };
}
