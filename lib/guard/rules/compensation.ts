/**
 * Open-ended compensation: "we will compensate you for all losses", "we'll cover any costs". A
 * specific, bounded remedy ("I've refunded the £4.99 delivery charge", "up to £50") is fine, and
 * a team pack can allow its own wording through `allowedPhrases`.
 */
import type { Finding, GuardRule, RuleMeta } from '../types';
import { alternation } from '../lexicon';
import { investigatingBefore } from '../lexicon/frames';
import { NOT_A_PROMISE, OPEN_AMOUNTS, PAY_BACK } from '../lexicon/compensation';
import { conditionalBefore, draftView, eachMatch, finding, hedgedBefore, isQuestion, negatedBefore, sentenceAt, withEnding } from '../text';

export const meta: RuleMeta = {
  id: 'compensation',
  title: 'Commits to open-ended compensation',
  category: 'compensation',
  severity: 'error',
  why:
    'An unbounded promise to pay ("all losses", "any costs") is a commitment the company may be held ' +
    'to, and it implies liability for those losses (docs/principles.md §2). Offer a specific remedy your ' +
    'team allows, or say you will look into what can be done.',
};

const Q = `['’]`;
const OPEN_ENDED = String.raw`(?:all|any|every|whatever|everything|any and all|the full cost of|all of)`;
const LOSS = String.raw`(?:costs?|expenses?|loss(?:es)?|damages?|bills?|fees?|charges?|inconvenience|expenditure|outlay|trouble)`;

const PATTERNS: RegExp[] = [
  // we will compensate you (for all losses) — an unqualified promise of compensation
  new RegExp((
    String.raw`\b(?:we|i)(?:${Q}ll|\s+will|\s+shall|\s+are going to|${Q}re going to|\s+promise to|\s+can|\s+would)\s+(?:(?:fully|happily|personally|` +
    String.raw`certainly|definitely)\s+)?(?:compensate|reimburse|indemnify|make (?:it|this) up to)\s+you\b(?!\s+(?:with|by)\s+(?:a|an|` +
    String.raw`the)\s+[£$€\d\w-]*\s*(?:\d|voucher|credit|gift|discount|refund))`
  ), 'gi'),
  // we'll cover any costs / we will pay for all the damage / we'll reimburse all your expenses
  new RegExp((
    String.raw`\b(?:we|i)(?:${Q}ll|\s+will|\s+shall|\s+are going to|${Q}re going to|\s+promise to|\s+can)\s+(?:(?:happily|gladly|fully)\s+)?(?:cover|` +
    String.raw`pay for|pay|reimburse|refund|foot the bill for|compensate you for)\s+${OPEN_ENDED}\s+(?:(?:of\s+)?(?:your|the|of the|` +
    String.raw`other)\s+)?(?:[\w-]+\s+)?${LOSS}\b`
  ), 'gi'),
  new RegExp([
      String.raw`\b(?:full|complete|unlimited)\s+(?:compensation|reimbursement)\b`,
      String.raw`\bcompensat(?:e|ion)\s+(?:you\s+)?(?:fully|in full|for (?:all|any|every|everything))\b`,
      String.raw`\b(?:we|i)(?:${Q}ll|\s+will)\s+pay\s+(?:for\s+)?(?:everything|whatever)\b`,
      String.raw`\b(?:make sure|ensure)\s+(?:that\s+)?(?:we|i)\s+(?:pay|cover|reimburse)\s+(?:for\s+)?(?:everything|whatever|all|any)\b`,
      String.raw`\bwhatever (?:it costs|you (?:need|want|ask for))\b`,
    ].join('|'), 'gi'),
];

// A promise to pay whose object is settled by the rest of the sentence: "whatever the plumber charges,
// we'll pay for it", "send us the receipts and we'll reimburse you", "we'll refund the lot".
const PROMISE = (
  String.raw`\b(?:we|i)(?:${Q}ll|\s+will|\s+shall|${Q}re going to|${Q}m going to|\s+are going to|\s+am going to|\s+promise to|${Q}d be happy to|(?:${Q}` +
  String.raw`re|${Q}m|\s+are|\s+am)\s+(?:happy|glad|willing|prepared|more than happy)\s+to|\s+can|\s+would)\s+(?:(?:also|gladly|happily|then|just|[a-z]+ly)\s+)*`
);
const PAY = (
  String.raw`(?:pay(?:\s+(?:it|you|them|that|this|everything))?(?:\s+(?:for|back|off|out))?|cover|reimburse|refund|compensate|settle|` +
  String.raw`foot the bill(?:\s+for)?|take care of|make good|get\s+(?:you|it|that|this|them)\s+(?:reimbursed|compensated|refunded|paid back|covered))\b`
);
const PROMISE_TO_PAY = new RegExp(PROMISE + PAY, 'gi');
// Lexicon (lib/guard/lexicon/compensation.ts): more ways to say "we'll pay", and more open amounts.
const PROMISE_TO_PAY_BACK = new RegExp(String.raw`${PROMISE}${alternation(PAY_BACK)}\b|\b(?:the company|the business|we)\s+(?:will|['’]ll)\s+(?:pay|cover)\s+for\s+all\s+of\s+(?:your|the)\b`, 'gi');
const OPEN_AMOUNT_LEXICON = new RegExp(String.raw`\b${alternation(OPEN_AMOUNTS)}\b`, 'i');
const NOT_A_PROMISE_BEFORE = new RegExp(String.raw`\b${alternation(NOT_A_PROMISE)}\b`, 'i');
// Passive promises: "any costs will be covered by us", "you'll be reimbursed in full".
const PASSIVE_PAY = new RegExp((
  String.raw`\b(?:(?:will|${Q}ll|shall)\s+be|(?:make sure|ensure)\s+(?:that\s+)?(?:you(?:${Q}re|\s+are|\s+get)|it(?:${Q}s|\s+is|\s+gets)))\s+(?:fully\s+|` +
  String.raw`completely\s+|properly\s+)?(?:covered|reimbursed|refunded|paid(?:\s+back)?|compensated|met|settled)\b`
), 'gi');
// What makes the amount open-ended, anywhere in the sentence.
const OPEN_AMOUNT = new RegExp(
  [
      String.raw`\bwhatever\b`,
      String.raw`\bevery\s+(?:single\s+)?(?:penny|cent|pound|dollar|euro|last)\b`,
      String.raw`\bthe lot\b`,
      String.raw`\bit all\b`,
      String.raw`\ball of it\b`,
      String.raw`\beverything\b(?!\s+(?:in|on|from)\s+(?:your|the|this|that)\s+(?:basket|order|cart|account))`,
      String.raw`\bany and all\b`,
      String.raw`\bin full for\b`,
      String.raw`\bfully\b`,
      String.raw`\bno questions asked\b`,
      String.raw`\bno matter (?:what|how much)\b`,
      (
        String.raw`\b(?:any|all)\s+(?:(?:of\s+)?(?:your|the|those|these)\s+)?(?:[\w-]+\s+)?(?:costs?|expenses?|loss(?:es)?|damages?|bills?|repairs?|outlay|` +
        String.raw`expenditure|wages|earnings|receipts|invoices)\b`
      ),
      String.raw`\byour\s+(?:(?:extra|additional|other|out-of-pocket|travel|hotel|legal|medical|repair|related|lost)\s+)?(?:costs|expenses|losses|bills|outlay|wages|earnings)\b`,
      String.raw`\bhow much\s+(?:you|it)\b`,
      String.raw`\byou(?:${Q}ve|\s+have)?\s+(?:incurred|run up|had to pay|paid out)\b`,
      String.raw`\bwhat(?:ever)?\s+you(?:${Q}ve|\s+have)?\s+(?:spent|lost|paid|incurred|run up|spend|pay)\b`,
      String.raw`\b(?:send|forward|pass|give|email|bring)\s+(?:(?:us|me)\s+)?(?:over\s+|across\s+|in\s+|on\s+)?(?:all\s+)?(?:the|your|any)?\s*(?:receipts|bills|invoices)\b`,
      String.raw`\b(?:receipts|bills|invoices)\s+for\s+(?:everything|anything|all)\b`,
    ].join('|'),
  'i',
);
// "take care of" and "sort out" are only about money when the sentence is.
const MONEY_WORD = /\b(?:costs?|bills?|pay|paid|charges?|expenses?|receipts?|money|price|fees?|invoices?|spent|spend|out of pocket)\b/i;
// promises that the customer will lose nothing, whatever it costs
const NOT_OUT_OF_POCKET = new RegExp((
  String.raw`\b(?:(?:make sure|ensure)\s+(?:that\s+)?)?you(?:${Q}re|\s+are|${Q}ll be|\s+will be|\s+won${Q}t be|\s+will not be|\s+aren${Q}t|\s+are not|` +
  String.raw`\s+don${Q}t end up|\s+shouldn${Q}t be)\s+(?:not\s+)?(?:left\s+)?(?:a (?:penny|cent) )?out of pocket\b`
), 'gi');

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
  const report = (start: number, end: number): void => {
    const sentence = sentenceAt(view, start);
    if (seen.has(sentence.start)) return;
    seen.add(sentence.start);
    findings.push(
      finding(
        meta,
        { start, end },
        'This promises open-ended compensation. Offer a specific remedy your team allows, or say you will confirm what you can offer.',
        REWRITES.map((r) => withEnding(r, view.source.slice(sentence.start, sentence.end))),
        sentence,
      ),
    );
  };
  const blocked = (start: number): boolean => {
    if (negatedBefore(view, start, 4) || conditionalBefore(view, start) || hedgedBefore(view, start) || investigatingBefore(view, start)) return true;
    const sentence = sentenceAt(view, start);
    if (NOT_A_PROMISE_BEFORE.test(view.masked.slice(sentence.start, sentence.end))) return true;
    return BOUNDED.test(view.masked.slice(sentence.start, sentence.end)) || isQuestion(view, sentence);
  };
  // The explicit open-ended phrasings first: their ranges cover the whole commitment.
  for (const pattern of PATTERNS) {
    eachMatch(pattern, view.masked, (m) => {
      if (!blocked(m.index)) report(m.index, m.index + m[0].length);
    });
  }
  for (const pattern of [PROMISE_TO_PAY, PASSIVE_PAY, PROMISE_TO_PAY_BACK]) {
    eachMatch(pattern, view.masked, (m) => {
      const start = m.index;
      if (blocked(start)) return;
      const sentence = sentenceAt(view, start);
      const sentenceText = view.masked.slice(sentence.start, sentence.end);
      const compensated = /compensated$/i.test(m[0]);
      if (!compensated && !OPEN_AMOUNT.test(sentenceText) && !OPEN_AMOUNT_LEXICON.test(sentenceText)) return;
      if (/take care of|make good/i.test(m[0]) && !MONEY_WORD.test(sentenceText)) return;
      report(start, start + m[0].length);
    });
  }
  eachMatch(NOT_OUT_OF_POCKET, view.masked, (m) => {
    if (blocked(m.index)) return;
    report(m.index, m.index + m[0].length);
  });
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
    "We'll refund the delivery charge and cover the return postage.",
    "Leave it with me, I'll take care of everything.",
    "We'll refund your order in full once it's back with us.",
  ],
  invalid: [
    { text: 'We will compensate you for all losses.', matches: ['We will compensate you'] },
    { text: "Don't worry, we'll cover any costs.", matches: ["we'll cover any costs"] },
    { text: 'We will pay for all the damage to your floor.', matches: ['We will pay for all the damage'] },
    { text: "You'll receive full compensation from us.", matches: ['full compensation'] },
    { text: "We'll reimburse all your expenses.", matches: ["We'll reimburse all your expenses"] },
    { text: "Whatever the plumber charges, we'll pay for it.", matches: ["we'll pay for"] },
    { text: "Send us the receipts and we'll reimburse you.", matches: ["we'll reimburse you"] },
    { text: "We'll make sure you're not out of pocket.", matches: ["you're not out of pocket"] },
    { text: "Any out-of-pocket costs will be covered by us.", matches: ["will be covered"] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
