/**
 * Guarantees and certainty the agent cannot back: "I guarantee", "this will never happen again",
 * "100% sure", "it will definitely arrive tomorrow". A broken guarantee is a broken promise to an
 * already unhappy customer, and a promise about the goods can be an express warranty.
 * Statements of fact about the product are the product-claim rule's job.
 */
import type { Finding, GuardRule, RuleMeta, TextRange } from '../types';
import { alternation } from '../lexicon';
import { clauseAfter } from '../lexicon/frames';
import {
  AGENT_SUBJECTS,
  CAPABILITY_VERBS,
  CERTAIN_OUTCOMES,
  CERTAINTY,
  HARMLESS_OUTCOMES,
  PLEDGE_NOUNS,
  PRODUCT_FAILURES,
  SETTLED_OUTCOMES,
} from '../lexicon/guarantee';
import {
  conditionalBefore,
  draftView,
  eachMatch,
  finding,
  hedgedBefore,
  isQuestion,
  negatedBefore,
  rewriteSentence,
  sentenceAt,
  withEnding,
  type DraftView,
} from '../text';

export const meta: RuleMeta = {
  id: 'guarantee',
  title: 'Guarantees an outcome',
  category: 'guarantee',
  severity: 'error',
  why:
    'A promise that becomes part of the bargain is an express warranty, whatever words are used ' +
    '(UCC §2-313); and "giving a customer false hope is the same as ignoring an email" — give a ' +
    'realistic expectation instead (docs/principles.md §2, §4).',
};

const Q = `['’]`;

type Kind = 'pledge' | 'never-again' | 'certain' | 'guaranteed' | 'definitely' | 'assure' | 'outcome' | 'capability';

interface Detector {
  kind: Kind;
  pattern: RegExp;
  /** Hedged sentences ("I hope this won't happen again") are not guarantees. */
  hedgeable: boolean;
  accept?: (m: RegExpExecArray, view: DraftView) => boolean;
  /** The span to swap and what to swap it for; undefined means rewrite the whole sentence. */
  swap?: (m: RegExpExecArray) => { range: TextRange; replacements: string[] } | undefined;
}

// "I promise to call you back by 3pm" is ownership of an action, not a guarantee of an outcome.
const PROMISE_OF_OWN_ACTION = new RegExp((
  String.raw`^\s*(?:(?:that\s+)?(?:i|we)(?:'|’)?(?:ll|\s+will)\s+(?:call|email|ring|update|keep|let|get back|look|check|chase|follow|personally|` +
  String.raw`be in touch|reply|write|come back|message|contact)|to\s+(?:call|email|ring|update|keep|let|get back|look|check|chase|follow|reply|write|` +
  String.raw`come back|message|contact|be in touch))\b`
), 'i');

// A thing as the subject of a clause (it, this, your parcel, the new update, restarting the router),
// where the clause starts: after the sentence start, a comma-like break or and/so/then/but. Group 1
// is the subject, so the rule can tell one of our people ("the engineer will …": our own action) apart.
const THING_SUBJECT = (
  String.raw`(?<=^|[,;:—–]\s{0,3}|\b(?:and|so|then|but|plus|now|don${Q}t worry)\s{1,3})((?:[a-z]+ing\s+)?(?:it|this|that|they|these|those|` +
  String.raw`(?:your|the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?[\w-]+))`
);
const FUTURE = String.raw`(?:\s+will|${Q}ll|\s+is going to|${Q}s going to|\s+are going to|${Q}re going to)`;
const AGENT_SUBJECT = new RegExp(String.raw`\b${alternation(AGENT_SUBJECTS)}$`, 'i');
// Process information given as such ("will arrive within 3-5 working days"): not the agent's own certainty.
// (A report — "tracking shows it will arrive" — never matches: the subject must open its clause.)
const PROCESS_AFTER = /\b(?:within|up to|usually|normally|typically|generally|working days|business days|\d+\s*(?:-|–|to)\s*\d+)\b/i;
function settledOutcome(m: RegExpExecArray, view: DraftView): boolean {
  const subject = (m[1] ?? '').trim();
  if (AGENT_SUBJECT.test(subject) || /^(?:our|my)\b/i.test(subject)) return false;
  const sentence = sentenceAt(view, m.index);
  if (isQuestion(view, sentence) || hedgedBefore(view, m.index)) return false;
  return !PROCESS_AFTER.test(clauseAfter(view, m.index));
}
// "will arrive" → "should arrive", "won't affect" → "shouldn't affect": the same news as an expectation.
function toShould(m: RegExpExecArray): { range: TextRange; replacements: string[] } | undefined {
  const future = new RegExp(
    String.raw`(?:\s+will|['’]ll|\s+(?:is|are) going to|['’][sr]e? going to)(?:\s+(?:definitely|certainly|absolutely|surely))?` +
      String.raw`|\s+(?:won['’]t|will not|will never|is not going to|isn['’]t going to)`,
    'i',
  ).exec(m[0]);
  if (!future) return undefined;
  const start = m.index + future.index;
  const negative = /n['’]t|not|never/i.test(future[0]);
  return { range: { start, end: start + future[0].length }, replacements: [negative ? " shouldn't" : ' should'] };
}
// A claim attributed to its source ("the specification says it works with every …") is not ours.
const ATTRIBUTED = /\b(?:says|said|states|according to|listing|specification|spec|manufacturer|datasheet)\b/i;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const WHEN_GIVEN = (
  String.raw`(?:by\s+(?:the\s+end|end|${WEEKDAY}|tomorrow|tonight|today|noon|midday|next|this|\d)|on\s+(?:${WEEKDAY}|the\s+\d|\d)|tomorrow|today|` +
  String.raw`tonight|this\s+(?:week|afternoon|evening)|next\s+week|before\s+(?:the\s+weekend|${WEEKDAY}))\b`
);

// Lexicon-of-meaning detectors (lib/guard/lexicon/guarantee.ts).
const LEXICON_DETECTORS: Detector[] = [
  // it will arrive / your parcel will be with you / this update will fix it / restarting it will solve the problem
  {
    kind: 'outcome',
    hedgeable: true,
    swap: toShould,
    pattern: new RegExp(String.raw`${THING_SUBJECT}${FUTURE}(?:\s+(?:now|then|also|automatically|definitely|certainly|absolutely|surely))?\s+${alternation(SETTLED_OUTCOMES)}(?![\w-])`, 'gi'),
    accept: settledOutcome,
  },
  // it won't affect your credit score
  {
    kind: 'outcome',
    hedgeable: true,
    swap: toShould,
    pattern: new RegExp(String.raw`${THING_SUBJECT}\s+(?:won${Q}t|will\s+not|will\s+never|is\s+not\s+going\s+to|isn${Q}t\s+going\s+to)\s+${alternation(HARMLESS_OUTCOMES)}(?![\w-])`, 'gi'),
    accept: settledOutcome,
  },
  // you'll have it by Friday / you will receive the replacement tomorrow
  {
    kind: 'outcome',
    hedgeable: true,
    swap: toShould,
    pattern: new RegExp((
      String.raw`\byou(?:${Q}ll|\s+will)\s+(?:definitely\s+|certainly\s+|also\s+)?(?:receive|get|have)\s+(?:it|them|(?:your|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+` +
      String.raw`(?:[\w-]+\s+){0,2}?${WHEN_GIVEN}`
    ), 'gi'),
    accept: (m, view) => !isQuestion(view, sentenceAt(view, m.index)) && !PROCESS_AFTER.test(clauseAfter(view, m.index)),
  },
  // it works with all smart TVs / the case fits every model / you can stream it on any device
  {
    kind: 'capability',
    hedgeable: true,
    pattern: new RegExp([
        String.raw`${THING_SUBJECT}\s+(?:\w+ly\s+)?${alternation(CAPABILITY_VERBS)}\s+(?:all|any|every|each)\b`,
        String.raw`\byou\s+can\s+(?:watch|stream|play|install|pair|connect|run)\s+(?:[\w-]+\s+){1,3}?(?:on|with|in)\s+(?:all|any|every)\b`,
      ].join('|'), 'gi'),
    accept: (m, view) => {
      const subject = (m[1] ?? '').trim();
      const sentence = sentenceAt(view, m.index);
      return !AGENT_SUBJECT.test(subject) && !isQuestion(view, sentence) && !ATTRIBUTED.test(view.masked.slice(sentence.start, m.index));
    },
  },
  // we'll make it right / it will be refunded automatically / you won't be receiving them any more
  { kind: 'certain', hedgeable: true, pattern: new RegExp(String.raw`\b${alternation(CERTAIN_OUTCOMES)}(?![\w-])`, 'gi') },
  // you have my word / I give you my personal guarantee
  { kind: 'pledge', hedgeable: false, pattern: new RegExp(String.raw`\b(?:give|giving|have|has|got|offer)\s+(?:you\s+)?(?:my|our)\s+${alternation(PLEDGE_NOUNS)}\b`, 'gi') },
  // I'm certain it will reach you by Monday / we're positive the update works
  {
    kind: 'certain',
    hedgeable: true,
    pattern: new RegExp([
        (
          String.raw`\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:\w+ly\s+)?${alternation(CERTAINTY)}\s+(?:that\s+)?(?:it|this|the|your|you|they|we|he|` +
          String.raw`she)\b(?=[^.!?\n]{0,60}\b(?:will|['’]ll|won['’]t|is going to|are going to|never)\b)`
        ),
        String.raw`\b(?:i|we)\s+can\s+(?:100\s?%|absolutely|definitely|categorically)\s+(?:confirm|say|promise|guarantee|tell you)\b(?=[^.!?\n]{0,60}\b(?:will|['’]ll|won['’]t|never)\b)`,
      ].join('|'), 'gi'),
  },
  // the new router will never drop the connection
  { kind: 'never-again', hedgeable: true, pattern: new RegExp((
    String.raw`\b(?:it|this|they|these|the\s+(?:new\s+)?[\w-]+|your\s+(?:new\s+)?[\w-]+)\s+(?:will|['’]ll|` +
    String.raw`is going to)\s+never\s+${alternation(PRODUCT_FAILURES)}\b`
  ), 'gi') },
];

const DETECTORS: Detector[] = [
  ...LEXICON_DETECTORS,
  {
    kind: 'pledge',
    pattern: new RegExp((
      String.raw`\b(?:i|we)\s+(?:can\s+|do\s+|will\s+|${Q}ll\s+|absolutely\s+|personally\s+|fully\s+|hereby\s+)?(?:guarantee|warrant|promise)\b(?:\s+(?:you\s+)?(?:that` +
      String.raw`\s+)?)?`
    ), 'gi'),
    hedgeable: false,
    accept: (m) => {
      if (!/promise/i.test(m[0])) return true;
      const rest = (m.input ?? '').slice(m.index + m[0].length, m.index + m[0].length + 60);
      return !PROMISE_OF_OWN_ACTION.test(rest);
    },
    swap: (m) => ({ range: { start: m.index, end: m.index + m[0].length }, replacements: ['I expect ', "I'm confident "] }),
  },
  {
    kind: 'never-again',
    pattern: new RegExp(
      (
        String.raw`\b(?:never\s+(?:happens?|occurs?)\s+again|(?:will|${Q}ll|shall)\s+never\s+(?:happen|occur|be repeated)(?:\s+again)?|(?:won${Q}t|will\s+not|` +
        String.raw`shan${Q}t)\s+(?:ever\s+)?(?:happen|occur|be repeated)\s+again|there${Q}s\s+no\s+(?:chance|way|risk)\s+(?:of\s+)?(?:this|that|` +
        String.raw`it)\s+(?:will\s+)?(?:happen(?:ing)?|occur(?:ring)?)\s+again|nothing like (?:this|that) (?:will\s+)?(?:ever\s+)?happens?\s+again|never again)\b`
      ),
      'gi',
    ),
    hedgeable: true,
  },
  {
    kind: 'certain',
    pattern: new RegExp(
      [
        String.raw`\b(?:100\s?%|a hundred per ?cent|one hundred per ?cent|absolutely|completely|totally)\s+(?:sure|certain|positive)\b`,
        String.raw`\b(?:i['’]m|i am|we['’]re|we are)\s+(?:certain|positive)(?=\s+(?:that\s+)?(?:this|it|the|your|they|he|she)\b[^.!?\n]{0,40}\b(?:will|won['’]t)\b)`,
      ].join('|'),
      'gi',
    ),
    hedgeable: false,
    swap: (m) => {
      // "100% sure" → "confident"; "I'm certain" → "I'm confident".
      const word = /(?:certain|positive)$/i.exec(m[0]);
      const start = /^(?:i|we)\b/i.test(m[0]) && word ? m.index + word.index : m.index;
      return { range: { start, end: m.index + m[0].length }, replacements: ['confident', 'fairly confident'] };
    },
  },
  {
    kind: 'guaranteed',
    pattern: new RegExp(String.raw`\b(?:is|are|${Q}s|${Q}re|be|been|fully|100\s?%|absolutely)\s+guaranteed\b|\bguaranteed\s+(?:to|by|for|that)\b`, 'gi'),
    hedgeable: true,
    swap: (m) => {
      const at = m[0].toLowerCase().indexOf('guaranteed');
      const start = m.index + at;
      return { range: { start, end: start + 'guaranteed'.length }, replacements: ['expected'] };
    },
  },
  {
    kind: 'definitely',
    pattern: new RegExp(
      [
          (
            String.raw`\b(?:(?:will|${Q}ll)\s+(?:definitely|certainly|absolutely|100\s?%)|(?:definitely|certainly|absolutely)\s+will)\s+(?:arrive|be|work|fix|` +
            String.raw`solve|resolve|reach|happen|get|last|come|sort)\b`
          ),
          String.raw`\b(?:definitely|certainly|absolutely|100\s?%)\s+(?:won${Q}t|will not|will never)\s+\w+`,
          String.raw`\b(?:${Q}s|is|are|${Q}re)\s+(?:definitely|certainly|absolutely|100\s?%)\s+going\s+to\s+(?:arrive|be|work|fix|solve|resolve|reach|happen|get|last|come|sort)\b`,
          String.raw`\bwithout fail\b`,
          String.raw`\b(?:will|${Q}ll)\s+(?:arrive|be|work|get)\b[^.!?\n]{0,40}\bfor sure\b`,
        ].join('|'),
      'gi',
    ),
    hedgeable: true,
    swap: (m) => {
      const adverb = /\s+(?:definitely|certainly|absolutely|100\s?%)|(?:definitely|certainly|absolutely)\s+|\s*without fail|\s*for sure/i.exec(m[0]);
      if (!adverb) return undefined;
      const start = m.index + adverb.index;
      return { range: { start, end: start + adverb[0].length }, replacements: [' '] };
    },
  },
  {
    kind: 'assure',
    pattern: new RegExp(String.raw`\bi\s+(?:can\s+)?assure\s+you\b|\brest assured\s*,?\s+(?:that\s+)?(?:it|this|your|the|nothing)\b[^.!?\n]{0,40}\b(?:will|won${Q}t|never)\b`, 'gi'),
    hedgeable: false,
  },
];

const MESSAGES: Record<Kind, string> = {
  pledge: 'A guarantee or promise about the outcome can bind the company. Say what you expect and what you are doing.',
  'never-again': 'Nobody can promise it will never happen again. Say what you are doing to stop it recurring.',
  certain: "Absolute certainty sets an expectation you can't control. Say how confident you are instead.",
  guaranteed: 'Calling an outcome guaranteed creates a commitment. Say what is expected.',
  definitely: 'Certainty about an outcome you do not control can become a broken promise. Give your best expectation.',
  assure: 'An assurance reads as a guarantee. Describe what you are doing instead.',
  outcome: 'This states as settled an outcome you do not control. Say what you expect ("should").',
  capability: 'A statement of fact about what the product does for all or any of something can become a warranty. Check it, or attribute it to the specification.',
};
const CAPABILITY_REWRITES = ['According to the product listing, {claim}', "The manufacturer's specification says {claim}"];

const NEVER_AGAIN_REWRITES = [
  "I've passed this on so the team can work to stop it happening again.",
  "We're looking into what went wrong so we can do everything possible to prevent it happening again.",
];
const ASSURE_REWRITES = ["I'm personally looking into this for you.", "I'll keep a close eye on this for you."];

export function check(text: string): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const detector of DETECTORS) {
    eachMatch(detector.pattern, view.masked, (m) => {
      if (detector.accept && !detector.accept(m, view)) return;
      const start = m.index;
      if (negatedBefore(view, start, 4) || conditionalBefore(view, start)) return;
      if (detector.hedgeable && hedgedBefore(view, start)) return;
      const sentence = sentenceAt(view, start);
      if (seen.has(sentence.start)) return; // one finding per sentence is enough to act on
      seen.add(sentence.start);
      const sentenceText = view.source.slice(sentence.start, sentence.end);
      const swap = detector.swap?.(m);
      const claim = sentenceText.charAt(0).toLowerCase() + sentenceText.slice(1);
      const fallback =
        detector.kind === 'capability'
          ? CAPABILITY_REWRITES.map((r) => r.replace('{claim}', claim))
          : (detector.kind === 'assure' ? ASSURE_REWRITES : NEVER_AGAIN_REWRITES).map((r) => withEnding(r, sentenceText));
      // A swapped word can leave another guarantee in the sentence ("I promise it won't happen
      // again" → "I'm confident it won't …"); only offer swaps that are clean themselves.
      const swapped = swap ? swap.replacements.map((r) => rewriteSentence(view, sentence, swap.range, r)).filter((r) => check(r).length === 0) : [];
      const suggestions = swapped.length > 0 ? swapped : fallback;
      const end = start + m[0].replace(/\s+$/, '').length;
      findings.push(finding(meta, { start, end }, MESSAGES[detector.kind], suggestions, sentence));
    });
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}

export const examples: GuardRule['examples'] = {
  valid: [
    "I can't guarantee a date yet, but I'll update you by 4pm tomorrow.",
    'Your kettle is covered by the manufacturer’s guarantee for two years.',
    "I promise to call you back by 3pm today.",
    "I'm not 100% sure yet, so I've asked the warehouse.",
    "We'll do everything we can to make sure this doesn't happen again.",
    "I hope this won't happen again.",
    "There's no guarantee, I'm afraid, but it usually takes two days.",
    'It should arrive by Friday.',
    'Your refund will arrive within 3-5 working days.',
    'The engineer will fix it tomorrow morning.',
    'I will let you know when it will be delivered.',
  ],
  invalid: [
    { text: 'I guarantee it will arrive tomorrow.', matches: ['I guarantee'] },
    { text: 'This will never happen again.', matches: ['will never happen again'] },
    { text: "I promise it won't happen again.", matches: ['I promise'] },
    { text: "I'm 100% sure the fix works.", matches: ['100% sure'] },
    { text: 'Delivery is guaranteed by Friday.', matches: ['is guaranteed'] },
    { text: 'It will definitely arrive on Monday.', matches: ['will definitely arrive'] },
    { text: 'I can assure you the replacement is perfect.', matches: ['I can assure you'] },
    { text: "The new model definitely won't overheat.", matches: ["definitely won't overheat"] },
    { text: "I'm certain this fix will work.", matches: ["certain"] },
    { text: 'Your parcel will arrive tomorrow.', matches: ['Your parcel will arrive'] },
    { text: "It won't affect your credit score.", matches: ["It won't affect"] },
    { text: "You'll have it by Friday.", matches: ["You'll have it by Friday"] },
    { text: 'The app works on all Android phones.', matches: ['The app works on all'] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
