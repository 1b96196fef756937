/**
 * Open-ended compensation: "we will compensate you for all losses", "we'll cover any costs". A
 * specific, bounded remedy ("I've refunded the £4.99 delivery charge", "up to £50") is fine, and
 * a team pack can allow its own wording through `allowedPhrases`.
 */
import type { Finding, GuardRule, RuleMeta } from '../types';
import { conditionalBefore, draftView, eachMatch, finding, hedgedBefore, negatedBefore, sentenceAt, withEnding } from '../text';

export const meta: RuleMeta = {
  id: 'compensation',
  title: 'Commits to open-ended compensation',
  category: 'compensation',
  severity: 'error',
  why:
    'An unbounded promise to pay ("all losses", "any costs") is a commitment the company may be held ' +
    'to, and it implies liability for those losses (PRINCIPLES.md §2). Offer a specific remedy your ' +
    'team allows, or say you will look into what can be done.',
};

const Q = `['’]`;
const OPEN_ENDED = String.raw`(?:all|any|every|whatever|everything|any and all|the full cost of|all of)`;
const LOSS = String.raw`(?:costs?|expenses?|loss(?:es)?|damages?|bills?|fees?|charges?|inconvenience|expenditure|outlay|trouble)`;

const PATTERNS: RegExp[] = [
  // we will compensate you (for all losses) — an unqualified promise of compensation
  new RegExp(String.raw`\b(?:we|i)(?:${Q}ll|\s+will|\s+shall|\s+are going to|${Q}re going to|\s+promise to|\s+can|\s+would)\s+(?:(?:fully|happily|personally|certainly|definitely)\s+)?(?:compensate|reimburse|indemnify|make (?:it|this) up to)\s+you\b(?!\s+(?:with|by)\s+(?:a|an|the)\s+[£$€\d\w-]*\s*(?:\d|voucher|credit|gift|discount|refund))`, 'gi'),
  // we'll cover any costs / we will pay for all the damage / we'll reimburse all your expenses
  new RegExp(String.raw`\b(?:we|i)(?:${Q}ll|\s+will|\s+shall|\s+are going to|${Q}re going to|\s+promise to|\s+can)\s+(?:(?:happily|gladly|fully)\s+)?(?:cover|pay for|pay|reimburse|refund|foot the bill for|compensate you for)\s+${OPEN_ENDED}\s+(?:(?:of\s+)?(?:your|the|of the|other)\s+)?(?:[\w-]+\s+)?${LOSS}\b`, 'gi'),
  new RegExp(String.raw`\b(?:full|complete|unlimited)\s+(?:compensation|reimbursement)\b|\bcompensat(?:e|ion)\s+(?:you\s+)?(?:fully|in full|for (?:all|any|every|everything))\b|\b(?:we|i)(?:${Q}ll|\s+will)\s+pay\s+(?:for\s+)?(?:everything|whatever)\b|\b(?:make sure|ensure)\s+(?:that\s+)?(?:we|i)\s+(?:pay|cover|reimburse)\s+(?:for\s+)?(?:everything|whatever|all|any)\b|\bwhatever (?:it costs|you (?:need|want|ask for))\b`, 'gi'),
];

// A cap or a specific sum makes it bounded ("up to £50", "the £4.99 delivery charge").
const BOUNDED = /\bup to\s*[£$€]?\s?\d|[£$€]\s?\d|\b\d+(?:\.\d{2})?\s?(?:pounds|dollars|euros|gbp|usd|eur)\b/i;

const REWRITES = [
  "I'm sorry for the trouble this has caused. I'm looking into what we can do to put it right and will come back to you with the options.",
  "I'd like to put this right for you, so I'm checking which remedy we can offer and will confirm it with you.",
];

export function check(text: string): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const pattern of PATTERNS) {
    eachMatch(pattern, view.masked, (m) => {
      const start = m.index;
      if (negatedBefore(view, start, 4) || conditionalBefore(view, start) || hedgedBefore(view, start)) return;
      const sentence = sentenceAt(view, start);
      const sentenceText = view.masked.slice(sentence.start, sentence.end);
      if (BOUNDED.test(sentenceText)) return;
      if (seen.has(sentence.start)) return;
      seen.add(sentence.start);
      findings.push(
        finding(
          meta,
          { start, end: start + m[0].length },
          'This promises open-ended compensation. Offer a specific remedy your team allows, or say you will confirm what you can offer.',
          REWRITES.map((r) => withEnding(r, view.source.slice(sentence.start, sentence.end))),
          sentence,
        ),
      );
    });
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}

export const examples: GuardRule['examples'] = {
  valid: [
    "I've refunded the £4.99 delivery charge to your card.",
    "We can't compensate you for the missed flight, I'm afraid, but I can refund the upgrade.",
    "If you send the receipt, we'll reimburse taxi costs up to £50.",
    "I'll send you a prepaid returns label today.",
    {
      text: "We'll cover any costs of return postage.",
      ctx: { allowedPhrases: ["we'll cover any costs of return postage"] },
    },
  ],
  invalid: [
    { text: 'We will compensate you for all losses.', matches: ['We will compensate you'] },
    { text: "Don't worry, we'll cover any costs.", matches: ["we'll cover any costs"] },
    { text: 'We will pay for all the damage to your floor.', matches: ['We will pay for all the damage'] },
    { text: "You'll receive full compensation from us.", matches: ['full compensation'] },
    { text: "We'll reimburse all your expenses.", matches: ["We'll reimburse all your expenses"] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
