/**
 * Dismissive or defensive wording: "calm down", "as I already said", "that's our policy",
 * "there's nothing I can do", "obviously". Look-alikes that pass: "once things calm down",
 * "there's nothing you need to do", "as I mentioned, …" (a neutral reminder).
 */
import type { Finding, GuardRule, RuleMeta, TextRange } from '../types';
import { draftView, eachMatch, finding, isQuestion, rewriteSentence, sentenceAt, withEnding } from '../text';

export const meta: RuleMeta = {
  id: 'dismissive',
  title: 'Dismisses the customer',
  category: 'dismissive',
  severity: 'warning',
  why:
    'Flag dismissive or defensive wording ("calm down", "as I already said", "that\'s our policy", ' +
    '"there\'s nothing I can do") — PRINCIPLES.md §3; "remain calm" and relay the customer\'s ' +
    'words back to them (seed article 000).',
};

const Q = `['’]`;

type Kind = 'calm-down' | 'repeat' | 'policy' | 'nothing' | 'obviously' | 'lecture';

interface Detector {
  kind: Kind;
  pattern: RegExp;
  accept?: (m: RegExpExecArray) => boolean;
  /** Replace just the phrase (an aside like "obviously"); otherwise the sentence is rewritten. */
  phraseReplacements?: string[];
}

const DETECTORS: Detector[] = [
  {
    kind: 'calm-down',
    // Imperative only: at the start, after please/just/to/you need to — not "once things calm down".
    pattern: new RegExp(String.raw`(?:^|[.!?,]\s*|\b(?:please|just|to|and|all)\s+)(?:calm down|relax|settle down|chill out)\b|\b(?:there${Q}s\s+|there is\s+)?no need to\s+(?:shout|swear|be rude|get (?:upset|angry|worked up)|raise your voice|use (?:that|this) tone|take that tone|be so)\b|\byou${Q}re\s+(?:over-?reacting|being (?:unreasonable|rude|dramatic))|\byou\s+are\s+(?:over-?reacting|being (?:unreasonable|rude|dramatic))`, 'gim'),
  },
  {
    kind: 'repeat',
    pattern: new RegExp(
      String.raw`\b(?:as|like)\s+(?:i|we)(?:\s+have|${Q}ve)?\s+(?:already|previously|just|repeatedly)\s+(?:said|stated|mentioned|explained|told you|advised|informed you|pointed out)|\b(?:as|like)\s+(?:i|we)\s+(?:said|told you|explained)\s+(?:before|earlier|previously|already|several times|many times)\b|\blike i said\b|\bas (?:already|previously) (?:stated|explained|mentioned|advised)\b|\bas per my (?:last|previous|earlier) (?:email|e-mail|message|reply|response)\b|\bfor the (?:second|third|fourth|fifth|last|umpteenth) time\b|\b(?:i|we)(?:${Q}ve| have)\s+already\s+(?:told you|explained|said)\b|\bas (?:i|we) (?:told|informed|advised) you\b`,
      'gi',
    ),
    phraseReplacements: ['To recap', 'Just to recap'],
  },
  {
    kind: 'policy',
    pattern: new RegExp(String.raw`\b(?:that${Q}s|that is|it${Q}s|it is|this is)\s+(?:just\s+|simply\s+|unfortunately\s+|only\s+|purely\s+)?(?:our|the|company|store)\s+policy\b(?!\s+(?:for|on|when|if|that)\b)|\bpolicy is policy\b|\brules are rules\b|\b(?:our|the) policy (?:doesn${Q}t|does not) allow (?:it|that|this)\b[^.!?]*$`, 'gim'),
  },
  {
    kind: 'nothing',
    pattern: new RegExp(String.raw`\bnothing\s+(?:more\s+|else\s+|further\s+)?(?:i|we)\s+can\s+do\b|\b(?:i|we)\s+(?:can${Q}t|cannot|can not)\s+do\s+anything\b(?!\s+(?:until|before|else until))|\bout of (?:my|our) hands\b|\bnot (?:my|our) (?:problem|department|job|concern)\b|\bnothing to do with (?:me|us)\b|\bit is what it is\b|\bi don${Q}t know what (?:else )?(?:to tell you|you want|you expect)\b|\btake it or leave it\b`, 'gi'),
  },
  {
    kind: 'obviously',
    pattern: /\b(?:obviously|clearly you|as you (?:should|must|surely) know|as anyone can see|with all due respect)\b,?/gi,
    phraseReplacements: [''],
  },
  {
    kind: 'lecture',
    pattern: /\byou need to understand\b|\byou have to understand\b|\bi(?:'|’)m not going to repeat\b|(?<!\b(?:didn['’]t|not|never|you)\s)\bread (?:the|our) (?:email|message|terms) (?:again|properly|carefully)\b/gi,
  },
];

const MESSAGES: Record<Kind, string> = {
  'calm-down': 'Telling an upset customer how to feel escalates things. Acknowledge the feeling instead.',
  repeat: 'Pointing out that you have said it before sounds impatient. Simply restate it.',
  policy: '"That\'s our policy" shuts the conversation down. Explain what you can do.',
  nothing: 'This tells the customer they are on their own. Say what you can do, even if it is small.',
  obviously: 'Words like "obviously" can sound condescending. The sentence works without it.',
  lecture: 'This lectures the customer. Explain the point kindly instead.',
};

const SENTENCE_REWRITES: Record<'calm-down' | 'policy' | 'nothing' | 'lecture', string[]> = {
  'calm-down': ['I can hear how frustrating this has been, and I want to get it sorted for you.', "I understand why you're upset, and I'm here to help."],
  policy: ["I know that's not the answer you were hoping for — here's what I can do instead.", "I can't change that rule, but here's what I can do for you."],
  nothing: ["I can't change that myself, but here's what I can do.", "That isn't something I'm able to change, but I'd like to help in another way."],
  lecture: ['Here is how it works, step by step.', 'Let me explain how this works.'],
};

export function check(text: string): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  for (const detector of DETECTORS) {
    eachMatch(detector.pattern, view.masked, (m) => {
      // Trim the lead-in the calm-down pattern uses to anchor the imperative.
      const lead = /^(?:[.!?,]\s*|(?:please|just|to|and|all)\s+)/i.exec(m[0]);
      const leadLength = detector.kind === 'calm-down' && lead ? lead[0].length : 0;
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
  ],
  invalid: [
    { text: 'Please calm down.', matches: ['calm down'] },
    { text: 'As I already said, the refund takes five days.', matches: ['As I already said'] },
    { text: "I'm afraid that's our policy.", matches: ["that's our policy"] },
    { text: "There's nothing I can do about it.", matches: ['nothing I can do'] },
    { text: 'Obviously the item has to be unused.', matches: ['Obviously'] },
    { text: 'As per my last email, we need the photos.', matches: ['As per my last email'] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
