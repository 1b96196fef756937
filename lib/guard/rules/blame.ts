/**
 * Blaming the customer: "you should have", "you failed to", "your fault", "as you were told".
 * Look-alikes that are not blame: "it's not your fault", "you should have received an email"
 * (an expectation about us), "you should have it by Friday".
 */
import type { Finding, GuardRule, RuleMeta } from '../types';
import { alternation } from '../lexicon';
import { CAUSE_IS_YOU, CUSTOMER_FAILINGS, LECTURE_ACTIONS, LECTURE_OPENERS, NOTICES, THIRD_PARTIES, YOUR_ERROR } from '../lexicon/blame';
import { conditionalBefore, draftView, eachMatch, finding, isQuestion, looksLikeParticiple, negatedBefore, sentenceAt, withEnding } from '../text';

export const meta: RuleMeta = {
  id: 'blame',
  title: 'Blames the customer',
  category: 'blame',
  severity: 'info',
  why:
    'Flag dismissive or defensive wording such as "you should have" (docs/principles.md §3): blame ' +
    'escalates an upset customer, where the advice is to "take the emotion out of the conversation ' +
    'while empathizing with the reasons for that emotion" (seed article 003).',
};

const Q = `['’]`;

// After "you should have": things the customer was meant to receive — expectations, not blame.
const EXPECTATION_AFTER = new Set([
  'received', 'got', 'gotten', 'had', 'seen', 'it', 'a', 'an', 'the', 'this', 'that', 'one', 'your', 'some',
  'access', 'everything', 'them', 'two', 'three', 'heard', 'noticed', 'arrived', 'all',
]);

// Past-tense verbs that don't end in -ed (participles come from looksLikeParticiple).
const IRREGULAR_PAST = ['gave', 'took', 'wrote', 'broke', 'forgot', 'threw', 'ran', 'chose', 'drove', 'put', 'sent', 'made', 'got', 'set', 'left', 'bought', 'picked'];
const PAST_VERB = String.raw`(?:[a-z]{2,}ed|${IRREGULAR_PAST.join('|')}|chosen|given|taken|written|broken|driven|put)`;
// What happened to the customer rather than what they did: "you received the wrong item".
const EXPERIENCE_VERBS = new Set([
  'received', 'got', 'been', 'ended', 'experienced', 'noticed', 'spotted', 'reported', 'mentioned', 'found', 'heard', 'seen',
  'saw', 'asked', 'emailed', 'called', 'contacted', 'explained', 'described', 'flagged', 'expected', 'wanted', 'needed',
  'requested', 'queried', 'raised', 'returned', 'sent', 'attached', 'shared', 'photographed', 'highlighted', 'described',
  'experienced', 'suffered', 'encountered', 'faced', 'waited', 'tried', 'managed', 'paid', 'deserved', 'hoped', 'liked',
  'loved', 'enjoyed', 'been', 'given', 'charged', 'billed', 'offered', 'promised', 'quoted', 'told', 'informed',
]);
// After "you didn't / never": experiences and perfectly reasonable omissions, not failings.
const NOT_A_FAILING_AFTER_DIDNT = new Set([
  'receive', 'get', 'hear', 'see', 'have', 'need', 'want', 'like', 'mean', 'expect', 'deserve', 'do', 'know', 'realise',
  'realize', 'notice', 'say', 'mention', 'specify', 'ask', 'mind', 'manage', 'qualify', 'owe', 'lose', 'miss', 'find',
  'understand', 'sign', 'order', 'lose', 'waste', 'spend', 'pay', 'hear', 'agree', 'authorise', 'authorize', 'make',
  'break', 'cause', 'damage', 'enjoy', 'feel', 'think', 'look', 'seem', 'appear', 'even', 'just', 'yet', 'end', 'go',
  'come', 'arrive', 'use', 'try', 'reply', 'respond', 'answer', 'change', 'recognise', 'recognize', 'request', 'opt',
  'saw', 'got', 'received', 'heard', 'had', 'knew', 'noticed', 'found', 'needed', 'wanted', 'meant', 'expected', 'deserved',
  'asked', 'said', 'mentioned', 'came', 'arrived', 'went', 'ended', 'lost', 'missed', 'paid', 'managed',
]);
const SORRY_BEFORE = /\b(?:sorry|apologi[sz]e|apologies|shame|pity|unfortunate)\b(?:\s+(?:that|if|to hear|to see|to read))?\s*$/i;
const COUNTERFACTUAL = /\b(?:would(?:n['’]t| not| never)?|could(?:n['’]t| not)?|might)\s+have\b|\b(?:you|we|it|i|this|that)['’]d\s+have\b/i;

type Kind = 'should-have' | 'failed' | 'your-fault' | 'as-told' | 'you-did-wrong' | 'if-you-had';

interface Detector {
  kind: Kind;
  pattern: RegExp;
  accept?: (m: RegExpExecArray) => boolean;
}

// Lexicon-of-meaning detectors (lib/guard/lexicon/blame.ts).
const BX_ERROR = String.raw`(?:mistake|error|fault|oversight|slip|mix-up|misunderstanding)`;
const NEGATIVE_AUX = String.raw`didn['’]t|did not|never|haven['’]t|hadn['’]t|forgot|failed|neglected|not`;
const BX_NEGATIVE_OR_PAST = new RegExp(String.raw`^\s*(?:(?:have|had|['’]ve|['’]d)\s+)?(?:(?:${NEGATIVE_AUX})\b|(${PAST_VERB})\b)`, 'i');
const LEXICON_DETECTORS: Detector[] = [
  // you + must/may have + a customer failing
  { kind: 'you-did-wrong', pattern: new RegExp([
      String.raw`\byou\s+(?:must|may|might)\s+(?:have\s+|['’]ve\s+)(?:\w+ly\s+)?${alternation(CUSTOMER_FAILINGS.slice(0, 1))}\b`,
      String.raw`\byou\s+(?:must\s+not|mustn['’]t|can['’]t|cannot|couldn['’]t)\s+(?:have|['’]ve)\s+(?:\w+ly\s+)?${alternation(CUSTOMER_FAILINGS)}\b`,
    ].join('|'), 'gi') },
  // it broke because you left it charging / the order went through because you clicked twice
  {
    kind: 'you-did-wrong',
    pattern: new RegExp(String.raw`\b${alternation(CAUSE_IS_YOU)}\b`, 'gi'),
    accept: (m) => {
      const v = BX_NEGATIVE_OR_PAST.exec((m.input ?? '').slice(m.index + m[0].length));
      return v !== null && (v[1] === undefined || !EXPERIENCE_VERBS.has(v[1].toLowerCase()));
    },
  },
  // an error noun placed on the customer's side
  { kind: 'your-fault', pattern: new RegExp([
      String.raw`\b${BX_ERROR}\s+(?:(?:was|is)\s+(?:all\s+|entirely\s+|completely\s+)?)?${alternation(YOUR_ERROR)}\b`,
      String.raw`\b(?:the\s+)?(?:fault|blame|error|mistake)\s+(?:is|was|lies|rests)\s+(?:entirely\s+|squarely\s+|all\s+)?(?:yours|with you)\b`,
    ].join('|'), 'gi') },
  // you should really have kept the packaging
  { kind: 'should-have', pattern: new RegExp([
      String.raw`\byou\s+(?:should|ought\s+to)\s+(?:(?!received|got|had|heard|seen)\w+ly\s+)+(?:have|['’]ve)\s+(?!received|got|gotten|had|heard|seen|been sent|a\b|an\b|the\b|it\b)[\w-]+ed\b`,
      String.raw`\byou\s+(?:should|ought\s+to)\s+(?:\w+ly\s+)+(?:have|['’]ve)\s+(?:kept|read|checked|told|known|sent|taken|made|put|left)\b`,
    ].join('|'), 'gi') },
  // sadly you've missed the 30-day window
  { kind: 'your-fault', pattern: new RegExp((
    String.raw`\byou(?:['’]ve|\s+have)?\s+(?:\w+ly\s+)?missed\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:window|deadline|cut-?off|closing date|return period|` +
    String.raw`returns period|cancellation period|grace period)\b`
  ), 'gi') },
  // you ignored the reminders / you missed our announcement
  { kind: 'you-did-wrong', pattern: new RegExp((
    String.raw`\byou(?:['’]ve|\s+have)?\s+(?:\w+ly\s+)?(?:missed|ignored|overlooked|skipped|disregarded)\s+(?:the|our|all\s+(?:the|our)|both|these|those|` +
    String.raw`this|that|any\s+of\s+(?:the|our))\s+(?:[\w-]+\s+){0,2}?${alternation(NOTICES)}\b`
  ), 'gi') },
  // prices are a decision of the sellers / that's down to the courier / the bank's decision, not ours
  { kind: 'your-fault', pattern: new RegExp([
      (
        String.raw`\b(?:(?:a|the)\s+(?:decision|choice|call|responsibility|fault)\s+(?:of|for)|(?:set|decided|determined|controlled|chosen)\s+by|down\s+to|` +
        String.raw`the\s+responsibility\s+of)\s+(?:the|each|individual|your|that)\s+(?:[\w-]+\s+)?${alternation(THIRD_PARTIES)}(?:s|es)?\b`
      ),
      String.raw`\b(?:the|your)\s+(?:[\w-]+\s+)?${alternation(THIRD_PARTIES)}(?:s|es)?['’]s?\s+(?:decision|choice|call|responsibility|fault)\b`,
    ].join('|'), 'gi') },
  // next time, please read the delivery notes
  { kind: 'if-you-had', pattern: new RegExp((
    String.raw`\b${alternation(LECTURE_OPENERS)}\s*,?\s+(?:please\s+|do\s+|kindly\s+|just\s+|you\s+(?:should|need to|` +
    String.raw`must)\s+)?${alternation(LECTURE_ACTIONS)}\b`
  ), 'gi') },
  // you agreed to the terms when you signed up, so the fee stands
  { kind: 'as-told', pattern: new RegExp((
    String.raw`\byou\s+(?:agreed to|accepted|signed up to|signed|ticked)\s+(?:the|our)\s+(?:terms|t&cs|conditions|contract|agreement|` +
    String.raw`box)\b(?=[^.!?\n]*\b(?:so|which means|therefore|meaning)\b)`
  ), 'gi') },
  // had you kept the receipt, this would be simple / if you'd read my reply you'd know
  {
    kind: 'if-you-had',
    pattern: new RegExp([
        String.raw`\bhad\s+you\s+(?:\w+ly\s+)?(${PAST_VERB}|kept|read|known|done|paid|told|thought)\b`,
        String.raw`\bif\s+you(?:['’]d|\s+had)\s+(?:\w+ly\s+)?(${PAST_VERB}|kept|read|known|done|paid|told|thought)\b`,
      ].join('|'), 'gi'),
    accept: (m) => {
      const verb = (m[1] ?? m[2] ?? '').toLowerCase();
      if (EXPERIENCE_VERBS.has(verb) && !['told', 'informed', 'called', 'contacted', 'emailed', 'asked', 'read'].includes(verb)) return false;
      const input = m.input ?? '';
      const end = input.slice(m.index).search(/[.!?\n]/);
      const sentence = input.slice(m.index, end < 0 ? undefined : m.index + end + 1);
      return !sentence.trimEnd().endsWith('?') && /\b(?:would|could|might|wouldn['’]t|couldn['’]t)\b|\b(?:you|we|it|i|this|that)['’]d\b/i.test(sentence.slice(m[0].length));
    },
  },
];

const DETECTORS: Detector[] = [
  {
    kind: 'should-have',
    pattern: new RegExp((
      String.raw`\b(?:you|u)\s+(?:really\s+|clearly\s+|obviously\s+|probably\s+|just\s+)?(?:should|shouldn${Q}t|should not|shoulda|ought to|` +
      String.raw`ought not to)(?:\s+(?:have|of)|${Q}ve|(?<=shoulda))\s+([\w-]+)(?:\s+([\w-]+))?`
    ), 'gi'),
    accept: (m) => {
      const next = (m[1] ?? '').toLowerCase();
      if (EXPECTATION_AFTER.has(next)) return false;
      // "you should have been sent/told/refunded" is about what we owed them.
      // "… than you should have been" (a comparison) and "you should have been sent …" are about us.
      if (next === 'been') return m[2] !== undefined && !looksLikeParticiple(m[2]);
      return true;
    },
  },
  {
    kind: 'should-have',
    pattern: new RegExp(String.raw`\byou\s+(?:were|was|are)\s+(?:supposed|meant|required|expected)\s+to\s+(?!receive|get|have|hear)`, 'gi'),
  },
  {
    kind: 'failed',
    pattern: new RegExp([
        String.raw`\byou\s+(?:have\s+|${Q}ve\s+|had\s+|clearly\s+|obviously\s+|simply\s+)?(?:failed|forgot|neglected|omitted|didn${Q}t bother)\s+to\b`,
        String.raw`\byou\s+(?:clearly\s+|obviously\s+|simply\s+|just\s+)?(?:didn${Q}t|did not|never)\s+(?:read|follow|check|listen|pay attention|bother)\b`,
      ].join('|'), 'gi'),
  },
  {
    kind: 'your-fault',
    pattern: new RegExp([
        String.raw`\byour\s+(?:own\s+)?(?:fault|mistake|error|doing)\b(?!\s+(?:message|code|page|screen|log)\b)`,
        String.raw`\b(?:that|this|it)(?:${Q}s|\s+is|\s+was)\s+(?:all\s+|entirely\s+)?your\s+(?:own\s+)?(?:problem|responsibility|lookout)\b`,
        String.raw`\buser error\b`,
        String.raw`\byou\s+(?:made|caused)\s+(?:a|an|the|this|that)\s+(?:\w+\s+)?(?:mistake|error|problem|mess)\b`,
      ].join('|'), 'gi'),
  },
  {
    kind: 'as-told',
    pattern: new RegExp([
        String.raw`\b(?:as|like)\s+you(?:\s+were|\s+have been|${Q}ve been|\s+had been)\s+(?:already\s+|previously\s+|clearly\s+)?(?:told|informed|advised|warned|instructed)\b`,
        String.raw`\bas\s+(?:stated|explained|written)\s+in\s+the\s+(?:terms|t&cs|instructions|manual)\s+you\b`,
      ].join('|'), 'gi'),
  },
  {
    kind: 'you-did-wrong',
    pattern: new RegExp([
        (
          String.raw`\byou\s+(?:must\s+have\s+|clearly\s+|obviously\s+|have\s+|${Q}ve\s+)?(?:entered|typed|ordered|selected|chose|chosen|gave us|provided|put|` +
          String.raw`used|picked|installed|clicked)\s+(?:in\s+)?(?:the|a|an)\s+wrong\b`
        ),
        String.raw`\byou\s+must\s+have\s+(?:entered|typed|misread|misunderstood|done|clicked|deleted|ordered|dropped|broken|damaged)\b`,
        String.raw`\byou\s+(?:misread|misunderstood|misused)\b`,
      ].join('|'), 'gi'),
  },
  // You ticked the wrong box / you've used the wrong charger / you gave us the wrong flat number
  {
    kind: 'you-did-wrong',
    pattern: new RegExp((
      String.raw`\b(?:you|u)(?:${Q}ve|\s+have|${Q}d|\s+had)?\s+(?:(?:clearly|obviously|simply|just|accidentally|mistakenly)\s+)?(${PAST_VERB}` +
      String.raw`)\s+(?:(?!(?:and|but|so|because|which|who|that|we|they|it)\b)[\w'’-]+\s+){0,3}?(?:the\s+|a\s+|an\s+)?(?:wrong|incorrect)\b`
    ), 'gi'),
    accept: (m) => !EXPERIENCE_VERBS.has((m[1] ?? '').toLowerCase()),
  },
  // You didn't update your card / you never told us you'd moved / the problem is you didn't register it
  {
    kind: 'failed',
    pattern: new RegExp(String.raw`\b(?:you|u)\s+(?:just\s+|simply\s+|clearly\s+|obviously\s+|also\s+)?(?:didn${Q}t|did not|didnt|never)\s+(?:even\s+|actually\s+|bother to\s+)?([a-z]+)`, 'gi'),
    accept: (m) => !NOT_A_FAILING_AFTER_DIDNT.has((m[1] ?? '').toLowerCase()),
  },
  // The problem is you've used a non-approved charger
  {
    kind: 'you-did-wrong',
    pattern: new RegExp((
      String.raw`\b(?:the|your)\s+(?:problem|issue|trouble|reason)\s+(?:here\s+)?(?:is|was)\s+(?:that\s+)?(?:you|u)(?:${Q}ve|\s+have)?\s+(?!been\b|` +
      String.raw`received\b|got\b)(${PAST_VERB})\b`
    ), 'gi'),
  },
  // As explained in the email you received / as the confirmation you were sent made clear
  {
    kind: 'as-told',
    pattern: new RegExp([
        (
          String.raw`\bas\s+(?:(?:clearly|already|previously)\s+)?(?:explained|stated|outlined|set out|detailed|mentioned|noted|shown|specified|written|advised|` +
          String.raw`made clear|laid out)\s+(?:in|on|at)\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?you\s+(?:received|were sent|were given|got|` +
          String.raw`agreed to|accepted|signed|read|had|were emailed)\b`
        ),
        (
          String.raw`\bas\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?you\s+(?:received|were sent|were given|got|agreed to|accepted|` +
          String.raw`signed)\s+(?:[\w-]+\s+)?(?:made clear|makes clear|explained|explains|stated|states|said|says|clearly|showed|shows|set out)\b`
        ),
        (
          String.raw`\byou\s+(?:were|have been|${Q}ve been)\s+(?:told|informed|advised|warned|reminded)\s+(?:this\s+|that\s+)?(?:twice|several times|many times|` +
          String.raw`more than once|repeatedly|already|clearly|explicitly|multiple times|three times|on several occasions)\b`
        ),
      ].join('|'), 'gi'),
  },
  // If you'd registered it, this wouldn't have happened / had you told us earlier, …
  {
    kind: 'if-you-had',
    pattern: new RegExp([
        String.raw`\bif\s+(?:you|u)(?:${Q}d|\s+had)\s+(?:only\s+|just\s+|simply\s+|actually\s+|bothered to\s+)?(${PAST_VERB})\b`,
        String.raw`\bhad\s+you\s+(?:only\s+|just\s+|simply\s+|actually\s+)?(${PAST_VERB})\b`,
      ].join('|'), 'gi'),
    accept: (m) => {
      const verb = (m[1] ?? m[2] ?? '').toLowerCase();
      if (EXPERIENCE_VERBS.has(verb) && !['told', 'informed', 'called', 'contacted', 'emailed', 'asked', 'read'].includes(verb)) return false;
      const sentenceEnd = (m.input ?? '').slice(m.index).search(/[.!?\n]/);
      const rest = (m.input ?? '').slice(0, sentenceEnd < 0 ? undefined : m.index + sentenceEnd);
      const from = Math.max(rest.lastIndexOf('.', m.index), rest.lastIndexOf('!', m.index), rest.lastIndexOf('?', m.index), rest.lastIndexOf('\n', m.index)) + 1;
      const sentence = rest.slice(from);
      return COUNTERFACTUAL.test(sentence) && !/\?\s*$/.test((m.input ?? '').slice(m.index, sentenceEnd < 0 ? undefined : m.index + sentenceEnd + 1));
    },
  },
  // It's down to you to check / that's on you / you left it too late
  {
    kind: 'your-fault',
    pattern: new RegExp([
        String.raw`\b(?:it|that|this)(?:${Q}s|\s+is|\s+was)\s+(?:all\s+|entirely\s+)?(?:down to|on|up to)\s+you\s+to\s+(?!decide|choose|pick|say|let us know|tell us)`,
        String.raw`\b(?:that|this)(?:${Q}s|\s+is|\s+was)\s+(?:all\s+|entirely\s+)?(?:on|down to)\s+you\b(?!\s+to\b)`,
        String.raw`\byou(?:${Q}re|\s+are|\s+were)\s+(?:solely\s+|fully\s+|entirely\s+)?responsible\s+for\s+(?:checking|making sure|ensuring|double-checking)\b`,
        String.raw`\byou\s+(?:(?:unfortunately|simply|just)\s+)?missed\s+the\s+(?:deadline|cut-?off|return window|returns window|window|closing date)\b`,
        String.raw`\byou\s+(?:left it|left things)\s+(?:far\s+|way\s+|much\s+|a bit\s+|a little\s+)?too\s+(?:late|long)\b`,
      ].join('|'), 'gi'),
  },
  {
    kind: 'if-you-had',
    pattern: /\b(?:if\s+you\s+had|had\s+you)\s+(?:only\s+|just\s+)?(?:read|followed|checked|listened|contacted|called|told|looked|paid attention|ordered)\b/gi,
  },
  ...LEXICON_DETECTORS,
];

const MESSAGES: Record<Kind, string> = {
  'should-have': '"You should have …" puts the blame on the customer. Say what happens next instead.',
  failed: 'This tells the customer they failed. Describe the situation and the next step without blame.',
  'your-fault': 'Calling it the customer\'s fault escalates things. Describe what happened neutrally.',
  'as-told': '"As you were told" reads as blame. Restate the information kindly.',
  'you-did-wrong': 'This blames the customer for the mistake. Describe what happened neutrally.',
  'if-you-had': 'Pointing out what the customer could have done reads as blame. Focus on the fix.',
};

const REWRITES: Record<Kind, string[]> = {
  'should-have': ["Here's what we can do from here.", "Let's get this sorted — here's the quickest way forward."],
  failed: ["It looks like one step didn't go through, so let's fix that together.", "No problem — here's what we need to finish this off."],
  'your-fault': ['Let\'s look at what happened and get it sorted.', 'These things happen — here\'s how we can fix it.'],
  'as-told': ['Just to recap, here are the details again.', 'To make this easier, here are the details in one place.'],
  'you-did-wrong': ['It looks like the details on the order don\'t match, so let\'s fix that together.', 'Let\'s check the details together and put this right.'],
  'if-you-had': ["Here's what we can do from here.", "Let's get this sorted — here's the quickest way forward."],
};

export function check(text: string): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const detector of DETECTORS) {
    eachMatch(detector.pattern, view.masked, (m) => {
      if (detector.accept && !detector.accept(m)) return;
      const start = m.index;
      if (detector.kind !== 'if-you-had' && (negatedBefore(view, start) || conditionalBefore(view, start))) return;
      const sentence = sentenceAt(view, start);
      if (isQuestion(view, sentence) || SORRY_BEFORE.test(view.masked.slice(sentence.start, start))) return;
      if (seen.has(sentence.start)) return;
      seen.add(sentence.start);
      const sentenceText = view.source.slice(sentence.start, sentence.end);
      let matched = m[0];
      if (detector.kind === 'should-have' && m[2] !== undefined && m[1]?.toLowerCase() !== 'been') matched = matched.slice(0, matched.length - m[2].length);
      const end = start + matched.replace(/\s+$/, '').length;
      findings.push(finding(meta, { start, end }, MESSAGES[detector.kind], REWRITES[detector.kind].map((r) => withEnding(r, sentenceText)), sentence));
    });
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}

export const examples: GuardRule['examples'] = {
  valid: [
    "It's not your fault at all.",
    'You should have received a confirmation email this morning.',
    'You should have it by Friday.',
    'None of this is your fault.',
    'You should have been sent a returns label, and I am sorry it did not arrive.',
    'Your error message means the card was declined by the bank.',
    "I'm sorry you didn't get the email.",
    "You received the wrong item, and I'm sorry about that.",
    "If you had any trouble, let me know.",
    "You didn't need to do anything else.",
    'If you missed the email, here it is again.',
    'Prices are set by our pricing team.',
  ],
  invalid: [
    { text: 'You should have read the instructions.', matches: ['You should have read'] },
    { text: 'You failed to return the form in time.', matches: ['You failed to'] },
    { text: 'You ignored the reminders we sent.', matches: ['You ignored the reminders'] },
    { text: 'Prices are set by the individual sellers.', matches: ['set by the individual sellers'] },
    { text: "That's your fault, not ours.", matches: ['your fault'] },
    { text: 'As you were told on the phone, the refund takes 5 days.', matches: ['As you were told'] },
    { text: 'You must have entered the wrong address.', matches: ['You must have entered the wrong'] },
    { text: 'If you had read the email, you would know.', matches: ['If you had read'] },
    { text: "The problem is you didn't update your card details.", matches: ["you didn't update"] },
    { text: "As explained in the email you received, returns must be unused.", matches: ["As explained in the email you received"] },
    { text: "This wouldn't have happened if you'd registered the warranty.", matches: ["if you'd registered"] },
    { text: "You ticked the wrong box.", matches: ["You ticked the wrong"] },
    { text: "u should of checked the size guide", matches: ["u should of checked"] },
    { text: "You were told twice that the offer had ended.", matches: ["You were told twice"] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
