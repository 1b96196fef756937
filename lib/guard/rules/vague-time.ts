/**
 * Vague timescales: "ASAP", "soon", "shortly", "right away" where the customer needs a time.
 * Not vague: sign-offs ("speak soon"), reactions to an event ("if anything changes I'll let you
 * know straight away", "as soon as I hear back"), a "soon" next to a concrete time, questions,
 * and requests to the customer ("please send the photos as soon as you can").
 */
import type { Finding, GuardContext, GuardRule, RuleMeta } from '../types';
import { draftView, eachMatch, finding, isQuestion, rewriteSentence, sentenceAt } from '../text';
import { hasSpecificTime } from '../time-phrases';

export const meta: RuleMeta = {
  id: 'vague-time',
  title: 'Vague timescale',
  category: 'vague-time',
  severity: 'warning',
  why:
    'Customers need "a timescale for a resolution": give "as realistic a timescale as possible" ' +
    '(seed article 000, docs/principles.md §1 and §4). "Soon" means different things to you and to them.',
};

const Q = `['’]`;

const VAGUE = new RegExp(
  (
    String.raw`\b(?:asap|a\.s\.a\.p\.?|as soon as (?:possible|we can|i can|we${Q}re able|i${Q}m able|we are able|i am able|humanly possible|practicable|` +
    String.raw`feasible)|as (?:quickly|fast) as (?:possible|we can|i can)|(?:very |really )?(?<!\bas\s)soon|shortly|right away|straight away|straightaway|` +
    String.raw`in a (?:bit|while|little while)|at some point|in due course|in the near future|before long|momentarily|promptly|` +
    String.raw`at the earliest (?:possible )?(?:opportunity|date|time|moment|point)|at (?:our|my) earliest convenience|when(?:ever)? (?:we|i) (?:can|` +
    String.raw`get a chance|get the chance|have time)|when possible)(?![\w-])`
  ),
  'gi',
);

// A closing or well-wish, not a timescale.
const SIGN_OFF_BEFORE = /\b(?:speak|talk|see you|hear from you|hearing from you|chat|get well|feel better|be better|catch up|write|hope to see you|all the best and)\s+(?:very |really )?$/i;
// The time is anchored to an event: "once it's back", "if anything changes", "as soon as I hear".
const EVENT_TRIGGER = new RegExp(String.raw`\b(?:if|once|when|whenever|(?<!at\s)the moment|the minute|as soon as (?!possible|we can|i can)|in case|should anything|after|the second)\b`, 'i');
// Asking the customer to act: their timing, not our promise.
const REQUEST_TO_CUSTOMER =
  /^(?:please|pls|could you|can you|would you|if you could|kindly|do let us know|let us know|let me know|feel free|dm|send|reply|call|contact|get in touch|reach out|respond|message)\b/i;
// The time is the customer's: "… if you DM us asap", "you should reply asap".
const CUSTOMER_ACTS_BEFORE = /\b(?:please|you|your)\s+(?:\w+\s+){0,2}?(?:dm|send|reply|call|contact|respond|message|let us know|get in touch|reach out)\b/i;
// A well-wish or pleasantry: "hope to see you soon", "fingers crossed you depart soon", "enjoy".
const PLEASANTRY_BEFORE =
  /\b(?:hope (?:to see|you|your|we see)|hoping (?:to see|you)|wish(?:ing)? you|fingers crossed (?:that )?you|look(?:ing)? forward|enjoy|see you|get well|feel better|come back|visit us)\b/i;
// A general aim, not a promise about this case: "we always try to ship as quickly as possible".
const GENERAL_AIM_BEFORE = /\b(?:always|generally|usually|normally|strive)\b/i;
// Our own subject after the customer's part ("DM us and we'll call right away"): the time is ours again.
const OUR_SUBJECT = /\b(?:we|i)(?:['’](?:ll|re|m|d|ve))?\s+(?!know\b)\w+/i;

/** True when the customer is the one asked to act by the time named: nothing of ours follows their part. */
function customersTime(before: string, sentenceText: string): boolean {
  const asked = REQUEST_TO_CUSTOMER.exec(sentenceText) ?? CUSTOMER_ACTS_BEFORE.exec(before);
  if (!asked) return false;
  const at = sentenceText === before ? asked.index : before.indexOf(asked[0]);
  return !OUR_SUBJECT.test(before.slice(Math.max(0, at) + asked[0].length));
}
// "If you DM us, we'll be in touch right away": the event is only the customer getting in touch, and
// what follows is our own promise with a vague time, so the trigger does not excuse it.
const CUSTOMER_CONTACT_TRIGGER =
  /\b(?:if|once|when|as soon as)\s+you\s+(?:can\s+|could\s+|just\s+)?(?:dm|send|message|contact|reach out|get in touch|follow|email|call|reply|drop|give)\b[^,;]*?(?=[,;]|\b(?:we|i)\b)/i;
function afterCustomerContact(before: string): boolean {
  const trigger = CUSTOMER_CONTACT_TRIGGER.exec(before);
  if (!trigger) return false;
  const after = before.slice(trigger.index + trigger[0].length);
  return OUR_SUBJECT.test(after) && !EVENT_TRIGGER.test(after) && !EVENT_TRIGGER.test(before.slice(0, trigger.index));
}
const FOLLOWED_BY_RELATIVE = /^\s*(?:after|before|afterwards)\b/i;

const DEFAULT_TIMES = ['by the end of today', 'within 24 hours', 'by 5pm tomorrow'];

export function check(text: string, ctx: GuardContext = {}): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  // A real time anywhere in the reply ("we'll email by 5pm; the fix should land soon after"):
  // the customer has a timescale, so "soon" beside it is only colour. Read once per draft.
  let timeInReply: boolean | undefined;
  const seen = new Set<number>();
  eachMatch(VAGUE, view.masked, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceAt(view, start);
    if (seen.has(sentence.start)) return; // one finding per sentence is enough to act on
    const before = view.masked.slice(sentence.start, start);
    const sentenceText = view.masked.slice(sentence.start, sentence.end);
    if (/\bsoon\b/i.test(m[0]) && (SIGN_OFF_BEFORE.test(before) || /\bhow\s+$/i.test(before) || /\btoo\s+$/i.test(before))) return;
    if (FOLLOWED_BY_RELATIVE.test(view.masked.slice(end, end + 12))) return;
    const rest = view.masked.slice(end, sentence.end);
    if (isQuestion(view, sentence) || (EVENT_TRIGGER.test(before) && !afterCustomerContact(before)) || EVENT_TRIGGER.test(rest)) return;
    if (customersTime(before, sentenceText) || PLEASANTRY_BEFORE.test(before) || GENERAL_AIM_BEFORE.test(before)) return;
    timeInReply ??= hasSpecificTime(view.masked);
    if (timeInReply) return;
    seen.add(sentence.start);
    const times = ctx.timescalePhrase ? [ctx.timescalePhrase, ...DEFAULT_TIMES.slice(0, 2)] : DEFAULT_TIMES;
    findings.push(
      finding(
        meta,
        { start, end },
        `"${view.source.slice(start, end)}" means different things to you and the customer. Give a concrete time you can keep.`,
        times.map((t) => rewriteSentence(view, sentence, { start, end }, t)),
        sentence,
      ),
    );
  });
  return findings;
}

export const examples: GuardRule['examples'] = {
  valid: [
    'Speak soon!',
    "If anything changes before then, I'll let you know straight away.",
    "As soon as I hear back from the courier, I'll email you.",
    "I'll have an answer for you by 3pm on Wednesday.",
    'Please send the photos as soon as you can.',
    'How soon do you need the replacement?',
    "I'll be in touch shortly, and no later than 5pm today.",
  ],
  invalid: [
    { text: "I'll get back to you ASAP.", matches: ['ASAP'] },
    { text: 'Your refund will be processed soon.', matches: ['soon'] },
    { text: 'Someone from the team will contact you shortly.', matches: ['shortly'] },
    { text: "I'll look into this right away.", matches: ['right away'] },
    { text: "We'll fix it as soon as possible.", matches: ['as soon as possible'] },
    { text: 'We aim to resolve this in due course.', matches: ['in due course'] },
    { text: "A specialist will ring you back promptly.", matches: ["promptly"] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
