/**
 * Blaming the customer: "you should have", "you failed to", "your fault", "as you were told".
 * Look-alikes that are not blame: "it's not your fault", "you should have received an email"
 * (an expectation about us), "you should have it by Friday".
 */
import type { Finding, GuardRule, RuleMeta } from '../types';
import { conditionalBefore, draftView, eachMatch, finding, looksLikeParticiple, negatedBefore, sentenceAt, withEnding } from '../text';

export const meta: RuleMeta = {
  id: 'blame',
  title: 'Blames the customer',
  category: 'blame',
  severity: 'warning',
  why:
    'Flag dismissive or defensive wording such as "you should have" (PRINCIPLES.md §3): blame ' +
    'escalates an upset customer, where the advice is to "take the emotion out of the conversation ' +
    'while empathizing with the reasons for that emotion" (seed article 003).',
};

const Q = `['’]`;

// After "you should have": things the customer was meant to receive — expectations, not blame.
const EXPECTATION_AFTER = new Set([
  'received', 'got', 'gotten', 'had', 'seen', 'it', 'a', 'an', 'the', 'this', 'that', 'one', 'your', 'some',
  'access', 'everything', 'them', 'two', 'three', 'heard', 'noticed', 'arrived', 'all',
]);

type Kind = 'should-have' | 'failed' | 'your-fault' | 'as-told' | 'you-did-wrong' | 'if-you-had';

interface Detector {
  kind: Kind;
  pattern: RegExp;
  accept?: (m: RegExpExecArray) => boolean;
}

const DETECTORS: Detector[] = [
  {
    kind: 'should-have',
    pattern: new RegExp(String.raw`\byou\s+(?:really\s+|clearly\s+|obviously\s+|probably\s+|just\s+)?(?:should|shouldn${Q}t|should not|ought to|ought not to)(?:\s+have|${Q}ve)\s+([\w-]+)(?:\s+([\w-]+))?`, 'gi'),
    accept: (m) => {
      const next = (m[1] ?? '').toLowerCase();
      if (EXPECTATION_AFTER.has(next)) return false;
      // "you should have been sent/told/refunded" is about what we owed them.
      if (next === 'been') return !looksLikeParticiple(m[2] ?? '');
      return true;
    },
  },
  {
    kind: 'should-have',
    pattern: new RegExp(String.raw`\byou\s+(?:were|was|are)\s+(?:supposed|meant|required|expected)\s+to\s+(?!receive|get|have|hear)`, 'gi'),
  },
  {
    kind: 'failed',
    pattern: new RegExp(String.raw`\byou\s+(?:have\s+|${Q}ve\s+|had\s+|clearly\s+|obviously\s+|simply\s+)?(?:failed|forgot|neglected|omitted|didn${Q}t bother)\s+to\b|\byou\s+(?:clearly\s+|obviously\s+|simply\s+|just\s+)?(?:didn${Q}t|did not|never)\s+(?:read|follow|check|listen|pay attention|bother)\b`, 'gi'),
  },
  {
    kind: 'your-fault',
    pattern: new RegExp(String.raw`\byour\s+(?:own\s+)?(?:fault|mistake|error|doing)\b(?!\s+(?:message|code|page|screen|log)\b)|\b(?:that|this|it)(?:${Q}s|\s+is|\s+was)\s+(?:all\s+|entirely\s+)?your\s+(?:own\s+)?(?:problem|responsibility|lookout)\b|\buser error\b|\byou\s+(?:made|caused)\s+(?:a|an|the|this|that)\s+(?:\w+\s+)?(?:mistake|error|problem|mess)\b`, 'gi'),
  },
  {
    kind: 'as-told',
    pattern: new RegExp(String.raw`\b(?:as|like)\s+you(?:\s+were|\s+have been|${Q}ve been|\s+had been)\s+(?:already\s+|previously\s+|clearly\s+)?(?:told|informed|advised|warned|instructed)\b|\bas\s+(?:stated|explained|written)\s+in\s+the\s+(?:terms|t&cs|instructions|manual)\s+you\b`, 'gi'),
  },
  {
    kind: 'you-did-wrong',
    pattern: new RegExp(String.raw`\byou\s+(?:must\s+have\s+|clearly\s+|obviously\s+|have\s+|${Q}ve\s+)?(?:entered|typed|ordered|selected|chose|chosen|gave us|provided|put|used|picked|installed|clicked)\s+(?:in\s+)?(?:the|a|an)\s+wrong\b|\byou\s+must\s+have\s+(?:entered|typed|misread|misunderstood|done|clicked|deleted|ordered|dropped|broken|damaged)\b|\byou\s+(?:misread|misunderstood|misused)\b`, 'gi'),
  },
  {
    kind: 'if-you-had',
    pattern: /\b(?:if\s+you\s+had|had\s+you)\s+(?:only\s+|just\s+)?(?:read|followed|checked|listened|contacted|called|told|looked|paid attention|ordered)\b/gi,
  },
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
      if (negatedBefore(view, start)) return;
      if (detector.kind !== 'if-you-had' && conditionalBefore(view, start)) return;
      const sentence = sentenceAt(view, start);
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
  ],
  invalid: [
    { text: 'You should have read the instructions.', matches: ['You should have read'] },
    { text: 'You failed to return the form in time.', matches: ['You failed to'] },
    { text: "That's your fault, not ours.", matches: ['your fault'] },
    { text: 'As you were told on the phone, the refund takes 5 days.', matches: ['As you were told'] },
    { text: 'You must have entered the wrong address.', matches: ['You must have entered the wrong'] },
    { text: 'If you had read the email, you would know.', matches: ['If you had read'] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
