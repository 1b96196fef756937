/**
 * Sympathy or false identification where empathy is needed: "I feel angry to hear your problem",
 * "I know exactly how you feel", "poor you". Empathy names the customer's feeling and its reason
 * ("I can see why this is frustrating"); it does not take on the feeling or claim to share it.
 * "I'm so sorry this happened" and "I understand how you feel" are fine.
 */
import type { Finding, GuardRule, RuleMeta } from '../types';
import { alternation } from '../lexicon';
import { AGENT_FEELINGS, DISLIKE_VERBS, KNOW_WHAT, LOSING_YOU, ON_YOUR_BEHALF, OWN_EXPERIENCE, PERCEPTION_VERBS } from '../lexicon/sympathy';
import { conditionalBefore, draftView, eachMatch, finding, negatedBefore, sentenceAt, withEnding } from '../text';

export const meta: RuleMeta = {
  id: 'sympathy',
  title: 'Sympathy instead of empathy',
  category: 'sympathy',
  severity: 'info',
  why:
    '"I feel angry to hear your problem" is sympathy; empathy is "putting yourself in the customer\'s ' +
    'shoes" (seed article 004, docs/principles.md §3). Take the emotion out of the conversation while ' +
    'empathising with the reasons for it (seed article 003).',
};

const Q = `['’]`;
const AGENT_FEELING = String.raw`(?:angry|furious|mad|outraged|livid|annoyed|irritated|frustrated|upset|enraged|infuriated|devastated|heartbroken|gutted|disgusted|appalled|fuming|cross)`;

type Kind = 'shared-feeling' | 'know-how-you-feel' | 'pity';

// Lexicon-of-meaning detectors (lib/guard/lexicon/sympathy.ts). "I'd be furious too" is left
// alone on purpose: a conditional puts the agent in the customer's shoes (empathy, docs/principles.md §3);
// conditionalBefore and the "I'd" form keep it out.
const SX_FEELING = alternation(AGENT_FEELINGS);
const SX_ADVERBS = String.raw`(?:(?:so|very|really|just|quite|truly|genuinely|absolutely|all)\s+)*`;
const LEXICON_DETECTORS: { kind: Kind; pattern: RegExp }[] = [
  // we hate to hear this / we're saddened to read … / it makes us sad
  {
    kind: 'shared-feeling',
    pattern: new RegExp(
      String.raw`\b(?:i|we)\s+${SX_ADVERBS}${alternation(DISLIKE_VERBS)}\s+(?:to\s+)?${alternation(PERCEPTION_VERBS)}\b` +
        String.raw`|\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are|\s+feel|\s+felt|\s+were|\s+was)\s+${SX_ADVERBS}${SX_FEELING}\s+(?:to\s+)?${alternation(PERCEPTION_VERBS)}\b` +
        String.raw`|\b(?:it|this|that)\s+(?:makes|made)\s+(?:us|me)\s+${SX_ADVERBS}${SX_FEELING}\b` +
        String.raw`|\bbreaks?\s+(?:my|our)\s+hearts?\b|\bbreaks?\s+(?:mine|ours)\b` +
        String.raw`|\b(?:i|we)(?:['’]d|\s+would)\s+be\s+${SX_ADVERBS}${alternation(LOSING_YOU.filter((e) => !e.terms.includes('sorry')))}\s+to\s+(?:see\s+you\s+go|lose\s+you)\b`,
      'gi',
    ),
  },
  // the agent's own feeling + on the customer's behalf / too / reading this
  {
    kind: 'shared-feeling',
    pattern: new RegExp([
        (
          String.raw`\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are|\s+feel|\s+felt|\s+was|\s+were|\s+get|\s+got)\s+(?:(?:so|very|really|just|quite|all|absolutely|` +
          String.raw`genuinely|truly|honestly|properly|totally|pretty)\s+)*(${SX_FEELING})\s+(?:(?:about\s+(?:it|this|that)|by\s+(?:it|this|` +
          String.raw`that))\s+)?${alternation(ON_YOUR_BEHALF)}\b`
        ),
        String.raw`\b(?:it|this|that)\s+(?:makes|made)\s+me\s+(?:so\s+|really\s+|just\s+)?(${SX_FEELING})\b`,
      ].join('|'), 'gi'),
  },
  // same here / I can totally relate / I had the same problem
  { kind: 'know-how-you-feel', pattern: new RegExp(String.raw`\b${alternation(OWN_EXPERIENCE)}\b`, 'gi') },
  // mine broke too / my router drops out as well / I rely on my connection too: the agent's own trouble
  {
    kind: 'know-how-you-feel',
    pattern: new RegExp([
        (
          String.raw`\b(?:mine|my\s+(?:own\s+)?(?!colleagues?\b|team\b|manager\b|supervisor\b|department\b|staff\b)[\w-]+)\s+(?:also\s+)?(?:broke|died|crashed|froze|` +
          String.raw`drops?\s+out|dropped\s+out|cuts?\s+out|stopped working|keeps?\s+(?:crashing|freezing|dropping)|has\s+(?:broken|died|crashed)|did\s+(?:exactly\s+)?the\s+same|` +
          String.raw`does\s+(?:exactly\s+)?the\s+same)\b(?:\s+[\w-]+){0,4}?\s+(?:too|as well)\b`
        ),
        String.raw`\b(?:mine|my\s+(?:own\s+)?[\w-]+)\s+(?:did|does)\s+(?:exactly\s+)?the\s+same(?:\s+thing)?\s+(?:to me|last|this|yesterday)\b`,
        String.raw`\bi\s+(?:also\s+)?(?:depend|rely|relied|depended)\s+on\s+(?:my|mine)\b(?:\s+[\w-]+){0,3}?\s+(?:too|as well)\b`,
      ].join('|'), 'gi'),
  },
  // I totally know how that is / I completely know what you're dealing with
  {
    kind: 'know-how-you-feel',
    pattern: new RegExp((
      String.raw`\bi\s+(?:\w+ly\s+)?know\s+(?:exactly\s+|just\s+|precisely\s+)?(?:how\s+(?:that|it|this)\s+(?:is|feels|goes)\b|what\s+you(?:['’]re|` +
      String.raw`\s+are)\s+(?:\w+ly\s+)?${alternation(KNOW_WHAT)}\b|how\s+you\s+feel\b)`
    ), 'gi'),
  },
];

const DETECTORS: { kind: Kind; pattern: RegExp }[] = [
  ...LEXICON_DETECTORS,
  {
    kind: 'shared-feeling',
    pattern: new RegExp(
      [
          (
            String.raw`\b(?:i|we)(?:\s+(?:also|really|honestly|truly|just|do|too|personally))*(?:\s+(?:feel|felt|am|are|get|got|was|were)|${Q}m|${Q}re)\s+(?:(?:so|` +
            String.raw`very|really|just|quite|equally|also|absolutely|genuinely|truly|as)\s+)*(${AGENT_FEELING})\s+(?:(?:just\s+)?to\s+(?:hear|read|learn|see)|` +
            String.raw`(?:just\s+)?hearing|(?:just\s+)?reading|about|by|that|too|as well|for you|on your behalf|with you|as you|when)\b`
          ),
          (
            String.raw`\b(?:i|we)(?:${Q}m|${Q}re|\s+am|\s+are|\s+feel|\s+felt|\s+was|\s+were)\s+(?:(?:every bit|just|equally|quite|almost|really|` +
            String.raw`truly)\s+)?as\s+(${AGENT_FEELING}|disappointed|let down|annoyed|upset|fed up)\s+as\s+you\b`
          ),
          String.raw`\b(?:i|we)(?:${Q}m|${Q}re|\s+am|\s+are|\s+feel|\s+felt)\s+(?:just\s+)?equally\s+(${AGENT_FEELING}|disappointed|let down|fed up)\b`,
          String.raw`\b(?:i|we)\s+(?:completely\s+|totally\s+|fully\s+|really\s+|absolutely\s+)?share\s+your\s+(frustration|anger|annoyance|disappointment|outrage|fury)\b`,
          String.raw`\b(?:makes|made|make)\s+my\s+blood\s+boil\b`,
          String.raw`\b(?:it|this|that)\s+(?:makes|made)\s+me\s+(?:so\s+|really\s+)?(angry|mad|furious|livid)\b`,
        ].join('|'),
      'gi',
    ),
  },
  {
    kind: 'know-how-you-feel',
    pattern: new RegExp([
        (
          String.raw`\bi\s+(?:totally\s+|completely\s+|fully\s+|really\s+)?know\s+(?:exactly\s+|just\s+|precisely\s+)?(?:how\s+you(?:${Q}re|\s+are|` +
          String.raw`\s+must\s+be)?\s*(?:feel|feeling)|what\s+you(?:${Q}re|\s+are)\s+(?:going through|feeling))\b`
        ),
        String.raw`\bi\s+feel\s+your\s+pain\b`,
        String.raw`\bi\s+know\s+(?:the|that|this)\s+feeling\b`,
        String.raw`\bi${Q}ve\s+been\s+(?:exactly\s+)?where\s+you\s+are\b`,
        (
          String.raw`\bi\s+(?:totally\s+|completely\s+|fully\s+|really\s+)?know\s+(?:exactly\s+|just\s+|precisely\s+|only too well\s+|` +
          String.raw`all too well\s+)?(?:what\s+(?:it|that|this)(?:${Q}s|\s+is|\s+was|\s+feels)\s+like|how\s+(?:it|that|this)\s+feels|how\s+you\s+(?:must|` +
          String.raw`might)\s+(?:feel|be feeling))\b`
        ),
        String.raw`\bi(?:${Q}ve|\s+have)\s+been\s+(?:there|in your (?:shoes|position|situation))(?:\s+(?:myself|too|before|many times)|(?=\s*[,.!;]))`,
        String.raw`\b(?:the\s+same(?:\s+thing)?|this|that|it)\s+(?:has\s+)?(?:also\s+)?happened\s+to\s+me\b`,
        String.raw`\b(?:that|this)${Q}s\s+happened\s+to\s+me\b`,
        String.raw`\bi\s+(?:really\s+|absolutely\s+|just\s+)?(?:hate|can${Q}t stand)\s+it\s+when\b`,
      ].join('|'), 'gi'),
  },
  {
    kind: 'pity',
    pattern: new RegExp(
      [
        String.raw`\bpoor (?:you|thing)\b`,
        String.raw`\byou poor (?:thing|soul)\b`,
        String.raw`\bi (?:feel|felt) (?:so |really |just )?(?:terrible|awful|bad|sorry|gutted|sad) for you\b`,
        String.raw`\bi(?:'|’)?m\s+(?:so |really |just )?(?:gutted|heartbroken|devastated|sad) for you\b`,
        String.raw`\bi am\s+(?:so |really |just )?(?:gutted|heartbroken|devastated|sad) for you\b`,
        String.raw`\bi pity you\b`,
      ].join('|'),
      'gi',
    ),
  },
];

const MESSAGES: Record<Kind, string> = {
  'shared-feeling': 'Sharing the customer\'s anger is sympathy, and it can inflame things. Acknowledge their feeling and its reason instead.',
  'know-how-you-feel': 'Claiming to know exactly how the customer feels can ring false. Acknowledge what they told you instead.',
  pity: 'Pity can sound patronising. Acknowledge what happened and what you are doing about it.',
};

function empathyFor(feeling: string | undefined): string[] {
  const named = feeling && !/^(?:devastated|heartbroken|gutted|disgusted|appalled|fuming|cross)$/i.test(feeling) ? feeling.toLowerCase() : 'frustrated';
  return [`I can see why this has left you ${named}, and I want to put it right.`, "I understand how frustrating this must be, and I'm here to help."];
}

export function check(text: string): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  for (const detector of DETECTORS) {
    eachMatch(detector.pattern, view.masked, (m) => {
      const start = m.index;
      if (negatedBefore(view, start, 3) || conditionalBefore(view, start)) return;
      const sentence = sentenceAt(view, start);
      const sentenceText = view.source.slice(sentence.start, sentence.end);
      const suggestions = empathyFor(m.slice(1).find((g) => g !== undefined)).map((r) => withEnding(r, sentenceText));
      findings.push(finding(meta, { start, end: start + m[0].length }, MESSAGES[detector.kind], suggestions, sentence));
    });
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}

export const examples: GuardRule['examples'] = {
  valid: [
    "I'm so sorry this happened.",
    'I understand how you feel, and I can see why this is frustrating.',
    'I feel bad about what happened to you.',
    "I don't know exactly how you feel, but I can see this has been a rotten week.",
    'I can only imagine how stressful this has been.',
    'You must be so frustrated with us by now.',
    "I'd feel the same way in your position.",
    "If that happened to me, I'd be upset too.",
    "I'd hate for this to happen again.",
  ],
  invalid: [
    { text: 'I feel angry to hear your problem.', matches: ['I feel angry to hear'] },
    { text: 'I know exactly how you feel.', matches: ['I know exactly how you feel'] },
    { text: 'Oh, poor you!', matches: ['poor you'] },
    { text: "Honestly, I'm furious about this too.", matches: ["I'm furious about"] },
    { text: "I'm just as frustrated as you are.", matches: ["I'm just as frustrated as you"] },
    { text: "I know exactly what it's like to wait in all day.", matches: ["I know exactly what it's like"] },
    { text: "We're every bit as disappointed as you are.", matches: ["We're every bit as disappointed as you"] },
    { text: "I share your frustration completely.", matches: ["I share your frustration"] },
    { text: "The same thing happened to me last year.", matches: ["The same thing happened to me"] },
    { text: "I feel terrible for you.", matches: ["I feel terrible for you"] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
