/**
 * Dismissive or defensive wording: "calm down", "as I already said", "that's our policy",
 * "there's nothing I can do", "obviously". Look-alikes that pass: "once things calm down",
 * "there's nothing you need to do", "as I mentioned, …" (a neutral reminder).
 */
import type { Finding, GuardRule, RuleMeta, TextRange } from '../types';
import { alternation } from '../lexicon';
import {
  ALTERNATIVES,
  EXPLAIN_VERBS,
  FEELING_IMPERATIVES,
  MINIMISED_THINGS,
  NON_APOLOGIES,
  NORMAL_TROUBLES,
  NOTHING_MORE,
  OTHER_PROVIDERS,
  OUR_POSITION,
  REFUSALS,
  REPEAT_OPENERS,
  REPEATED_COUNT,
  SMALLNESS,
} from '../lexicon/dismissive';
import { draftView, eachMatch, finding, isQuestion, rewriteSentence, sentenceAt, withEnding, type DraftView } from '../text';

export const meta: RuleMeta = {
  id: 'dismissive',
  title: 'Dismisses the customer',
  category: 'dismissive',
  severity: 'info',
  why:
    'Flag dismissive or defensive wording ("calm down", "as I already said", "that\'s our policy", ' +
    '"there\'s nothing I can do") — docs/principles.md §3; "remain calm" and relay the customer\'s ' +
    'words back to them (seed article 000).',
};

const Q = `['’]`;

type Kind = 'calm-down' | 'repeat' | 'policy' | 'nothing' | 'obviously' | 'lecture' | 'minimise' | 'non-apology' | 'refusal';

interface Detector {
  kind: Kind;
  pattern: RegExp;
  accept?: (m: RegExpExecArray, view: DraftView, alternatives: number[]) => boolean;
  /** Replace just the phrase (an aside like "obviously"); otherwise the sentence is rewritten. */
  phraseReplacements?: string[];
}

// An invitation to come back: the wait is not the whole answer.
const CONTACT_US = /\b(?:dm|message|contact|call|email|tweet|reach)\s+us\b|\bget (?:back )?in touch\b/i;
const ALTERNATIVE = new RegExp(String.raw`\b${alternation(ALTERNATIVES)}\b`, 'gi');

/** A refusal is dismissive only when nothing else in the reply offers another way. */
function noAlternative(m: RegExpExecArray, view: DraftView, alternatives: number[]): boolean {
  const sentence = sentenceAt(view, m.index);
  // Our refusal now ("we're unable to …", "I can't …"), not a report of someone's ("the crew were unable to").
  const before = view.masked.slice(Math.max(sentence.start, m.index - 40), m.index);
  if (!/\b(?:we|i)\b[^,.;!?]{0,30}$/i.test(before) && !/^(?:can|cannot)/i.test(m[0])) return false;
  if (/\b(?:were|was|had been)\s+$/i.test(before)) return false;
  const end = m.index + m[0].length;
  return !alternatives.some((at) => at < sentence.start || at >= end);
}

// Lexicon-of-meaning detectors (lib/guard/lexicon/dismissive.ts).
const LEXICON_DETECTORS: Detector[] = [
  // sorry you feel that way / we hope you understand our position
  { kind: 'non-apology', pattern: new RegExp(String.raw`\b${alternation(NON_APOLOGIES, OUR_POSITION)}\b`, 'gi') },
  // we're unable to offer a refund (and the reply offers nothing else)
  { kind: 'refusal', pattern: new RegExp(String.raw`\b${alternation(REFUSALS)}\b`, 'gi'), accept: noAlternative },
  // as mentioned earlier, …
  { kind: 'repeat', pattern: new RegExp(String.raw`\b${alternation(REPEAT_OPENERS)}\b`, 'gi'), phraseReplacements: ['To recap', 'Just to recap'] },
  // I've answered this question three times already / as mentioned several times
  {
    kind: 'repeat',
    pattern: new RegExp([
        (
          String.raw`\b(?:i|we)(?:['’]ve|\s+have)\s+(?:already\s+)?${alternation(EXPLAIN_VERBS)}\s+(?:(?:this|that|it|` +
          String.raw`your)\s+(?:[\w-]+\s+)?)?(?:now\s+)?${alternation(REPEATED_COUNT.map((e) => ({ ...e, terms: e.terms.filter((t) => t !== 'already') })))}\b`
        ),
        (
          String.raw`\bas\s+(?:(?:i|we)(?:['’]ve|\s+have)?\s+)?(?:said|mentioned|explained|stated|advised)\s+(?:\w+\s+)?(?:twice|three times|several times|` +
          String.raw`many times|multiple times|numerous times|more than once|repeatedly)\b`
        ),
      ].join('|'), 'gi'),
    phraseReplacements: ['To recap', 'Just to recap'],
  },
  // there's nothing to discuss / I can't help you if you keep … / this is the last time I'll explain
  { kind: 'nothing', pattern: new RegExp(String.raw`\b${alternation(NOTHING_MORE)}\b`, 'gi') },
  // telling the customer how to feel, or to go away
  { kind: 'calm-down', pattern: new RegExp(String.raw`\b${alternation(FEELING_IMPERATIVES)}\b`, 'gi') },
  // once it's sold out, it's sold out / when they're gone, they're gone: a rule stated as a tautology
  {
    kind: 'policy',
    pattern: new RegExp((
      String.raw`\b(?:when|once)\s+(?:it|they|that|those|these|the\s+[\w-]+)(?:['’]s|['’]re|\s+is|\s+are)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s*,?\s+` +
      String.raw`(?:then\s+)?(?:it|they|that|those|these)(?:['’]s|['’]re|\s+is|\s+are)\s+\1\b|\bwhat['’]s done is done\b`
    ), 'gi'),
  },
  // every carrier has long waits right now / all the airlines have queues: the problem made normal
  {
    kind: 'nothing',
    pattern: new RegExp((
      String.raw`\b(?:every|all(?:\s+the)?(?:\s+other)?|other)\s+(?!our\b|my\b)(?:[\w-]+\s+)?${alternation(OTHER_PROVIDERS)}\s+(?:has|have|is|are|gets?|sees?|` +
      String.raw`experienc\w+|deals? with)\s+(?:[\w-]+\s+){0,3}?${alternation(NORMAL_TROUBLES)}\b`
    ), 'gi'),
  },
  // you'll need to wait until the due date (and the reply offers nothing else)
  {
    kind: 'nothing',
    pattern: new RegExp((
      String.raw`\b(?:please|kindly|just|you(?:['’]ll|\s+will)?\s+(?:need|have)\s+to|you\s+must|you\s+should)\s+(?:just\s+)?(?:wait|sit tight|hold on|hang on|` +
      String.raw`hang tight|be patient)\s+(?:until|till|for)\s+(?:the|your|its)\s+(?:[\w-]+\s+){0,2}?(?:date|deadline|day|window)\b`
    ), 'gi'),
    accept: (m, view, alternatives) => {
      const sentence = sentenceAt(view, m.index);
      const end = m.index + m[0].length;
      return !alternatives.some((at) => at < sentence.start || at >= end) && !CONTACT_US.test(view.masked);
    },
  },
  // playing the problem down: "it's only a …" + a small thing
  {
    kind: 'minimise',
    pattern: new RegExp([
        (
          String.raw`\b(?:it|that|this)(?:['’]s|\s+is|\s+was)\s+(?:(?:only|just|merely|simply|really)\s+)+(?:a|an|one)\s+(?:(?:${alternation(SMALLNESS)}|` +
          String.raw`bit of a|little)\s+)?(?:[\w-]+\s+)?${alternation(MINIMISED_THINGS)}\b`
        ),
        String.raw`\b(?:frankly|honestly|really)\s*,?\s+(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:(?:only|just)\s+)?(?:a|an)\s+${alternation(SMALLNESS)}\s+${alternation(MINIMISED_THINGS)}\b`,
      ].join('|'), 'gi'),
  },
];

const DETECTORS: Detector[] = [
  {
    kind: 'calm-down',
    // Imperative only: at the start, after please/just/to/you need to — not "once things calm down".
    pattern: new RegExp([
        String.raw`(?:^|[.!?,]\s*|\b(?:please|just|need to|have to|try to|and|all)\s+)(?:calm down|relax|settle down|chill out)\b`,
        String.raw`\b(?:there${Q}s\s+|there is\s+)?no need to\s+(?:shout|swear|be rude|get (?:upset|angry|worked up)|raise your voice|use (?:that|this) tone|take that tone|be so)\b`,
        String.raw`\byou${Q}re\s+(?:over-?reacting|being (?:unreasonable|rude|dramatic))`,
        String.raw`\byou\s+are\s+(?:over-?reacting|being (?:unreasonable|rude|dramatic))`,
        String.raw`\b(?:stop|quit)\s+(?:shouting|yelling|swearing|screaming|being (?:rude|abusive|aggressive|difficult|so rude)|using (?:that|this|such) (?:language|tone))\b`,
        String.raw`\b(?:lower|moderate|watch|mind|tone down)\s+your\s+(?:tone|voice|language)\b`,
        String.raw`\bdon${Q}t\s+(?:shout|yell|swear|scream|take that tone)\s+(?:at|with)\s+me\b`,
        String.raw`\bthere${Q}s\s+no\s+need\s+for\s+(?:that|this|such)\s+(?:tone|language|attitude)\b`,
      ].join('|'), 'gim'),
  },
  {
    kind: 'repeat',
    pattern: new RegExp(
      [
          String.raw`\b(?:as|like)\s+(?:i|we)(?:\s+have|${Q}ve)?\s+(?:already|previously|just|repeatedly)\s+(?:said|stated|mentioned|explained|told you|advised|informed you|pointed out)`,
          String.raw`\b(?:as|like)\s+(?:i|we)(?:${Q}ve|\s+have)?\s+(?:said|told you|explained)\s+(?:before|earlier|previously|already|several times|many times)\b`,
          String.raw`\blike i said\b`,
          String.raw`\bas (?:already|previously) (?:stated|explained|mentioned|advised)\b`,
          String.raw`\bas per my (?:last|previous|earlier) (?:email|e-mail|message|reply|response)\b`,
          String.raw`\bfor the (?:second|third|fourth|fifth|last|umpteenth) time\b`,
          String.raw`\b(?:i|we)(?:${Q}ve| have)\s+already\s+(?:told you|explained(?!\s+(?:[\w-]+\s+){0,3}?to\s+(?:our|the|my|his|her|their)\b)|said)\b`,
          String.raw`\b(?:as|like) (?:i|we)(?:${Q}ve| have)? (?:told|informed|advised) you\b`,
          String.raw`\bas\s+(?:i|we)(?:${Q}ve|\s+have)?\s+(?:said|explained|told you|stated|pointed out)\s+in\s+(?:my|our)\s+(?:\w+\s+)?(?:last|previous|earlier|first|other|past)\b`,
          (
            String.raw`\b(?:i|we)(?:${Q}ve|\s+have)\s+(?:already\s+)?(?:explained|told you|said|mentioned|gone through|been through|pointed out)\s+(?:(?:this|that|` +
            String.raw`it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:(?:now|already)\s+)?(?:several|many|multiple|numerous|countless|a few|a number of|two|three|four)\s+times\b`
          ),
          String.raw`\b(?:i|we)(?:${Q}ve|\s+have)\s+(?:already\s+)?(?:explained|told you|said)\s+(?:this|that|it)\s+(?:twice|more than once|over and over|again and again)\b`,
          String.raw`\bwe(?:${Q}ve|\s+have)\s+(?:already\s+)?(?:been over|gone over|been through)\s+(?:this|that)\b(?!\s+(?:with|for|in|on)\b)`,
          String.raw`\b(?:i|we)(?:${Q}ve|\s+have)\s+(?:already\s+)?told you\s+(?:everything|all)\s+(?:i|we)\s+(?:know|can)\b`,
          String.raw`\b(?:let me|i${Q}ll|i will)\s+(?:say|repeat|explain)\s+(?:this|it|that)\s+(?:one more time|once more|for the last time)\b`,
          String.raw`\b(?:i${Q}m|i am|we${Q}re|we are)\s+not\s+(?:going to|gonna)\s+(?:argue|debate|repeat|keep repeating|go over this)\b`,
          String.raw`\b(?:i|we)\s+(?:won${Q}t|will not)\s+(?:argue|debate|repeat myself|keep repeating)\b`,
          (
            String.raw`(?:^|[.!?]["')\]]?\s+|\n\s*)(?:once again|yet again|again|one more time|for the last time)\b(?!,?\s*(?:please|just|let (?:me|us) know|` +
            String.raw`feel free|if|have a|hope|enjoy|good luck|best wishes|thank|thanks|many thanks|sorry|apolog|my apologies|our apologies|(?:i|we)${Q}(?:m|` +
            String.raw`re)\s+(?:so\s+|really\s+|very\s+|truly\s+)?sorry|(?:i|we)\s+apologi|please accept|a big thank|welcome|congrat|(?:i|` +
            String.raw`we)\s+(?:really\s+)?appreciate|(?:i|we)\s+(?:can${Q}t|cannot|could(?:n${Q}t| not))\s+(?:apologi|thank|say sorry)|(?:i|` +
            String.raw`we)(?:\s+(?:can(?![’']t|not)|will(?!\s+not)|have|would|hope)\b|${Q}(?:ll|ve|d)\b)))`
          ),
        ].join('|'),
      'gi',
    ),
    phraseReplacements: ['To recap', 'Just to recap'],
  },
  {
    kind: 'policy',
    pattern: new RegExp([
        String.raw`\b(?:that${Q}s|that is|it${Q}s|it is|this is)\s+(?:just\s+|simply\s+|unfortunately\s+|only\s+|purely\s+)?(?:our|the|company|store)\s+policy\b(?!\s+(?:for|on|when|if|that|to)\b)`,
        String.raw`\bpolicy is policy\b`,
        String.raw`\brules are rules\b`,
        String.raw`\b(?:our|the) policy (?:doesn${Q}t|does not) allow (?:it|that|this)\b[^.!?]*$`,
        (
          String.raw`\b(?:that|it|this)(?:${Q}s|s|\s+is)\s+(?:just\s+|simply\s+|unfortunately\s+|sadly\s+)?(?:how|the way)\s+(?:it|things|the system|our system|` +
          String.raw`this|the process|the rules?|we do it|we work)\s*(?:works?|is|are|goes|go|is set up|operates?|was designed|` +
          String.raw`has always been)?(?=\s*(?:[,.;!—–]|$|and (?:i|we) (?:can${Q}t|cannot)|i${Q}m afraid|unfortunately|sorry|i${Q}m sorry))`
        ),
        String.raw`\b(?:i|we)\s+(?:don${Q}t|do not)\s+make\s+the\s+(?:rules|policy|policies)\b`,
      ].join('|'), 'gim'),
  },
  {
    kind: 'nothing',
    pattern: new RegExp([
        String.raw`\bnothing\s+(?:more\s+|else\s+|further\s+)?(?:i|we)\s+can\s+do\b`,
        String.raw`\b(?:i|we)\s+(?:can${Q}t|cannot|can not)\s+do\s+anything\b(?!\s+(?:until|before|else until))`,
        String.raw`\bout of (?:my|our) hands\b`,
        String.raw`\bnot (?:my|our) (?:problem|department|job|concern)\b`,
        String.raw`\bnothing to do with (?:me|us)\b`,
        String.raw`\bit is what it is\b`,
        String.raw`\bi don${Q}t know what (?:else )?(?:to tell you|you want|you expect)\b`,
        String.raw`\bwhat (?:else|more) (?:do )?you (?:want|expect) (?:me|us) to (?:do|say)\b`,
        String.raw`\btake it or leave it\b`,
        String.raw`\bnot\s+(?:much|a lot|anything)\s+(?:else|more)\s+(?:i|we)\s+can\s+do\b`,
        String.raw`\byou${Q}ll\s+just\s+have\s+to\s+(?:wait|accept|live with|deal with|put up with)\b`,
        String.raw`\byou(?:\s+will|\s+just)?\s+(?:just\s+)?have\s+to\s+(?:wait|accept it|live with it|deal with it)\s+like\s+everyone\s+else\b`,
        String.raw`\b(?:like|as|the same as)\s+everyone\s+else\b`,
        String.raw`\byou(?:${Q}re|\s+are)\s+not\s+the\s+only\s+(?:customer|one|person)\s+(?:(?:who${Q}s|who\s+is|that${Q}s)\s+)?(?:waiting|in the queue|with a problem|we (?:have|deal with))\b`,
        String.raw`\bthere${Q}s\s+no\s+point\s+(?:in\s+)?(?:complaining|arguing|shouting|getting (?:upset|angry|worked up)|being rude|chasing (?:me|us))\b`,
      ].join('|'), 'gi'),
  },
  {
    kind: 'minimise',
    pattern: new RegExp([
        (
          String.raw`\b(?:it|that|this)(?:${Q}s|s|\s+is|\s+isn${Q}t|\s+was)\s+(?:really\s+|honestly\s+|hardly\s+)?(?:not\s+)?(?:a big deal|that (?:big a deal|` +
          String.raw`complicated|hard|difficult|serious|bad|important|long)|rocket science)\b`
        ),
        (
          String.raw`\b(?:it${Q}s|it is|it was|that${Q}s|they${Q}re|it${Q}ll be)\s+only\s+(?:a|a few|a couple of|one|two|three|\d+)\s+(?:\w+\s+)?(?:days?|hours?|` +
          String.raw`minutes?|weeks?)\s+(?:late|overdue|delayed|behind|longer)\b`
        ),
        String.raw`\bthere\s+are\s+(?:other|more)\s+(?:important|urgent)\s+(?:things|customers|cases|issues)\b`,
      ].join('|'), 'gi'),
  },
  {
    kind: 'obviously',
    pattern: /\b(?:obviously|clearly you|as you (?:should|must|surely) know|as anyone can see|with all due respect)\b,?/gi,
    phraseReplacements: [''],
  },
  {
    kind: 'lecture',
    pattern: new RegExp(
      [
        String.raw`\byou need to understand\b`,
        String.raw`\byou have to understand\b`,
        String.raw`\bi(?:'|’)m not going to repeat\b`,
        String.raw`(?<!\b(?:didn['’]t|not|never|you)\s)\bread (?:the|our) (?:email|message|terms) (?:again|properly|carefully)\b`,
        String.raw`\bplease (?:re-?read|read|check|refer to|see) my (?:previous|last|earlier) (?:email|e-mail|message|reply|response)s?\b`,
      ].join('|'),
      'gi',
    ),
  },
  ...LEXICON_DETECTORS,
];

const MESSAGES: Record<Kind, string> = {
  'calm-down': 'Telling an upset customer how to feel escalates things. Acknowledge the feeling instead.',
  repeat: 'Pointing out that you have said it before sounds impatient. Simply restate it.',
  policy: '"That\'s our policy" shuts the conversation down. Explain what you can do.',
  nothing: 'This tells the customer they are on their own. Say what you can do, even if it is small.',
  obviously: 'Words like "obviously" can sound condescending. The sentence works without it.',
  lecture: 'This lectures the customer. Explain the point kindly instead.',
  minimise: 'This plays down what the customer is going through. Acknowledge it, then say what you are doing.',
  'non-apology': 'This apologises for how the customer feels, not for what happened. Apologise for the experience instead.',
  refusal: 'A refusal with nothing else leaves the customer on their own. Say what you can do instead.',
};

const SENTENCE_REWRITES: Record<'calm-down' | 'policy' | 'nothing' | 'lecture' | 'minimise' | 'non-apology' | 'refusal', string[]> = {
  'non-apology': ["I'm sorry this has been such a frustrating experience.", "I'm sorry for the trouble this has caused you."],
  refusal: ["I can't do that myself, but here's what I can do for you.", "That isn't something I'm able to offer, but I'd like to help in another way."],
  minimise: ["I know this matters to you, and I'm doing what I can to move it along.", "I understand this has been frustrating, and here's what I'm doing about it."],
  'calm-down': ['I can hear how frustrating this has been, and I want to get it sorted for you.', "I understand why you're upset, and I'm here to help."],
  policy: ["I know that's not the answer you were hoping for — here's what I can do instead.", "I can't change that rule, but here's what I can do for you."],
  nothing: ["I can't change that myself, but here's what I can do.", "That isn't something I'm able to change, but I'd like to help in another way."],
  lecture: ['Here is how it works, step by step.', 'Let me explain how this works.'],
};

export function check(text: string): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  const alternatives: number[] = [];
  eachMatch(ALTERNATIVE, view.masked, (m) => alternatives.push(m.index));
  for (const detector of DETECTORS) {
    eachMatch(detector.pattern, view.masked, (m) => {
      if (detector.accept && !detector.accept(m, view, alternatives)) return;
      // Trim the lead-in the calm-down pattern uses to anchor the imperative.
      const lead = detector.kind === 'calm-down' ? /^(?:[.!?,]\s*|(?:please|just|need to|have to|try to|and|all)\s+)/i.exec(m[0]) : /^[.!?"')\]\s]+/.exec(m[0]);
      const leadLength = lead ? lead[0].length : 0;
      const start = m.index + leadLength;
      const end = m.index + m[0].replace(/[,\s]+$/, '').length;
      if (end <= start) return;
      const sentence = sentenceAt(view, start);
      if (detector.kind === 'nothing' && isQuestion(view, sentence)) return;
      const sentenceText = view.source.slice(sentence.start, sentence.end);
      let suggestions: string[];
      if (detector.phraseReplacements) {
        const range: TextRange = { start, end: m.index + m[0].length };
        suggestions = detector.phraseReplacements.map((r) => rewriteSentence(view, sentence, range, r === '' ? '' : r + ','));
      } else {
        suggestions = SENTENCE_REWRITES[detector.kind as keyof typeof SENTENCE_REWRITES].map((r) => withEnding(r, sentenceText));
      }
      findings.push(finding(meta, { start, end }, MESSAGES[detector.kind], suggestions, sentence));
    });
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}

export const examples: GuardRule['examples'] = {
  valid: [
    'Once things calm down after the sale, deliveries will be back to normal.',
    "There's nothing you need to do — I've sorted it.",
    'As I mentioned, the refund is on its way.',
    'Is there anything else I can do for you today?',
    'Our policy is to refund within 14 days, and yours is well within that.',
    "I can't do anything until the courier replies, so I've chased them for an answer by 3pm.",
    "Once again, thank you for your patience.",
    "That's how the loyalty scheme works: one point per pound.",
    "I've already explained the situation to our billing team.",
    "It's our policy to refund within 14 days, and yours is well inside that.",
    "When it's back in stock, we'll email you.",
    'Please wait until the delivery date, and if it has not arrived, DM us.',
  ],
  invalid: [
    { text: 'Please calm down.', matches: ['calm down'] },
    { text: 'As I already said, the refund takes five days.', matches: ['As I already said'] },
    { text: "I'm afraid that's our policy.", matches: ["that's our policy"] },
    { text: "There's nothing I can do about it.", matches: ['nothing I can do'] },
    { text: 'Obviously the item has to be unused.', matches: ['Obviously'] },
    { text: 'As per my last email, we need the photos.', matches: ['As per my last email'] },
    { text: "Please stop shouting.", matches: ["stop shouting"] },
    { text: "Once again, the warranty does not cover accidental damage.", matches: ["Once again"] },
    { text: "That's just how it works, unfortunately.", matches: ["That's just how it works"] },
    { text: "We've been over this already.", matches: ["We've been over this"] },
    { text: "It's only a few days late.", matches: ["It's only a few days late"] },
    { text: "You'll just have to wait like everyone else.", matches: ["You'll just have to wait"] },
    { text: "Once it's sold out, it's sold out.", matches: ["Once it's sold out, it's sold out"] },
    { text: 'Every carrier has long waits right now.', matches: ['Every carrier has long'] },
    { text: "You'll need to wait until the due date.", matches: ["You'll need to wait until the due date"] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
