/**
 * Admitting fault or liability. Apology laws protect sympathy ("I'm so sorry this happened") but
 * not a statement of fault made alongside it ("… it was all my fault"), so the rule looks for the
 * admission, never for the apology: who did it (we/I, not you), negation ("it's not our fault"),
 * conditionals ("if this turns out to be our error") and hedges ("we may have …") all count.
 */
import type { Finding, GuardRule, RuleMeta } from '../types';
import {
  clauseStart,
  conditionalBefore,
  draftView,
  eachMatch,
  finding,
  isQuestion,
  looksLikeParticiple,
  negatedBefore,
  sentenceAt,
  withEnding,
  type DraftView,
} from '../text';
import { alternation } from '../lexicon';
import { clauseAfter, investigatingBefore } from '../lexicon/frames';
import {
  ADMISSION_FRAMES,
  APOLOGY_GERUNDS,
  CONTACT_NOUNS,
  MISSED_BY_US,
  SORRY_FOR_WRONG,
  AFFIRMING_GAP,
  BAD_JUDGEMENT,
  CAUSE_FRAMES,
  ERROR_NOUNS,
  MISHANDLING,
  NEUTRAL_ACTS,
  ORG_PEOPLE,
  ORG_SYSTEMS,
  ORG_THE_STAFF,
  OUR_CONDUCT,
  OURS_AFTER_NOUN,
  SYSTEM_MALFUNCTION,
  WE_CAUSED,
  WE_CHOSE,
  WRONGNESS,
} from '../lexicon/fault';

export const meta: RuleMeta = {
  id: 'fault',
  title: 'Admits fault or liability',
  category: 'fault',
  severity: 'error',
  why:
    'Apologise for the experience, never admit liability (docs/principles.md §2). Apology laws protect ' +
    'sympathy but not a statement of fault made with it: Cal. Evid. Code §1160 and Fla. Stat. ' +
    '§90.4026 ("a statement of fault … shall not be inadmissible"); Nunes v. Duffy (Mass. App. Ct. ' +
    '2022) split "I\'m so sorry. It was all my fault." into a protected and an admissible half.',
};

const Q = `['’]`;
const WE = String.raw`\b(?:we|i)`;
// Our people and systems act for the company: "our engineer damaged …" admits as much as "we damaged …".
const OUR_PEOPLE = (
  String.raw`(?:team|teams|staff|engineers?|drivers?|couriers?|warehouse|technicians?|fitters?|installers?|agents?|colleagues?|packers?|advisers?|` +
  String.raw`advisors?|reps?|contractors?|depot|store|branch|manager|supervisor|people|department|office)`
);
const OUR_SYSTEMS = String.raw`(?:system|systems|website|site|app|software|checkout|payment page|portal|platform|server|servers|database|tool)`;
const OUR_WHO = (
  String.raw`(?:(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:${OUR_PEOPLE}|${OUR_SYSTEMS})|(?:someone|somebody|one of|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:in|from|at|` +
  String.raw`on)\s+our\s+(?:[\w-]+\s+)?${OUR_PEOPLE}|the\s+(?:engineer|technician|fitter|installer)s?)`
);
const WE_OR_OURS = String.raw`(?:\b(?:we|i)|\b${OUR_WHO})`;
// People only (not systems): "our system should have sent you an email" is an expectation.
const WE_OR_OUR_PEOPLE = String.raw`(?:\b(?:we|i)|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?${OUR_PEOPLE}|\bthe\s+(?:engineer|technician|fitter|installer)s?)`;
// Auxiliaries and adverbs that keep the admission an admission (negations and "may have" do not).
const AFFIRMING = (
  String.raw`(?:${Q}ve|${Q}d)?(?:\s+(?:have|had|really|clearly|obviously|totally|completely|definitely|simply|just|then|also|somehow|actually|must have|` +
  String.raw`(?!(?:nearly|almost|hardly|barely|rarely|only|likely|possibly|probably|usually|normally|generally|really|reply|apply|supply|early|daily|` +
  String.raw`weekly|monthly|friendly)\b)[a-z]+ly))*`
);
const FAULT_NOUN = String.raw`(?:fault|faults|mistake|mistakes|error|errors|negligence|oversight|blunder|carelessness|failure|screw[- ]?up|mess[- ]?up|slip[- ]?up|cock[- ]?up)`;
const NOT_A_FAULT_NOUN_AFTER = (
  String.raw`(?!\s+(?:message|messages|log|logs|code|codes|page|pages|report|reports|rate|rates|screen|screens|notification|notifications|handling|` +
  String.raw`checking|tracking|alert|alerts)\b)`
);
const HARM_PAST = (
  String.raw`(?:broke|broken|damaged|ruined|destroyed|scratched|dented|smashed|cracked|hurt|injured|deleted|wiped|overcharged|double[- ]charged|mixed up|` +
  String.raw`botched|mishandled|misdelivered|misrouted|mislabell?ed|mis-?sold)`
);
const HARM_OBJECT = String.raw`(?:your|you|it|them|his|her|their|some of your|part of your|the|this|that)\b`;
// "we lost connection", "I dropped you an email": these verbs only admit fault with the customer's things.
const LOSS_PAST = String.raw`(?:lost|dropped|misplaced|mislaid)\s+(?:your|it|them|some of your|part of your)\b`;
// Admitting careless conduct: "I wasn't paying attention", "we didn't check your order".
const CARELESS_CONDUCT = [
    String.raw`(?:was|were)\s+(?:distracted|careless|not (?:paying attention|concentrating|careful)|in a hurry)`,
    String.raw`(?:wasn${Q}t|weren${Q}t)\s+(?:paying attention|concentrating|careful)`,
    String.raw`(?:didn${Q}t|did not)\s+(?:check|notice|read)\s+(?:your)`,
  ].join('|');
const HARM_GERUND = (
  String.raw`(?:breaking|damaging|losing|ruining|destroying|scratching|denting|smashing|cracking|dropping|hurting|injuring|deleting|wiping|overcharging|` +
  String.raw`double[- ]charging|misplacing|mislaying|mixing up|messing up|screwing up|botching|mishandling|misdelivering|mislabell?ing|` +
  String.raw`sending (?:you )?the wrong|shipping (?:you )?the wrong|charging you twice|billing you twice|getting (?:it|this|that|your \w+) wrong|` +
  String.raw`failing to|forgetting to|neglecting to)`
);

// Simple past forms that don't end in -ed (participles come from looksLikeParticiple).
const IRREGULAR_PAST = new Set([
  'gave', 'took', 'wrote', 'broke', 'forgot', 'threw', 'ran', 'chose', 'drove', 'spelt', 'misspelt', 'mistook', 'misread',
  'sent', 'put', 'told', 'made', 'read', 'set', 'got', 'left', 'lost', 'keyed', 'did', 'sold', 'brought', 'built', 'hit',
  'taken', 'given', 'shown', 'done', 'written', 'broken', 'chosen', 'driven', 'forgotten', 'thrown', 'kept', 'paid', 'held',
]);
// Verbs that report a remedy or a finding, not a mistake: "I've corrected the wrong postcode".
const NOT_A_MISTAKE_VERB = new Set([
  'corrected', 'fixed', 'replaced', 'updated', 'amended', 'swapped', 'exchanged', 'refunded', 'reversed', 'sorted', 'found',
  'traced', 'spotted', 'noticed', 'checked', 'investigated', 'identified', 'confirmed', 'collected', 'returned', 'removed',
  'received', 'got', 'realised', 'realized', 'discovered', 'learned', 'learnt', 'heard', 'asked', 'arranged', 'reported',
  'flagged', 'logged', 'escalated', 'explained', 'caught', 'stopped', 'blocked', 'prevented', 'recovered', 'retrieved',
  'cancelled', 'canceled', 'rejected', 'declined', 'recalled', 'intercepted', 'redirected', 'rerouted', 'credited',
  'attached', 'enclosed', 'included', 'uploaded', 'highlighted', 'marked', 'noted', 'recorded', 'documented', 'forwarded',
  'passed', 'shared', 'photographed', 'described', 'mentioned', 'listed', 'requested', 'tested', 'inspected', 'examined',
  'compared', 'matched', 'disposed', 'binned', 'scrapped', 'quarantined', 'isolated', 'labelled', 'labeled',
]);

function isPastVerb(word: string | undefined): boolean {
  const w = (word ?? '').toLowerCase();
  return IRREGULAR_PAST.has(w) || looksLikeParticiple(w);
}

function isMistakeVerb(word: string | undefined): boolean {
  const w = (word ?? '').toLowerCase();
  return isPastVerb(w) && !NOT_A_MISTAKE_VERB.has(w) && !EXPECTATION_AFTER_SHOULD_HAVE.has(w);
}

const PAST_VERB = String.raw`(?:[a-z]{2,}ed|${[...IRREGULAR_PAST].join('|')})`;
// Up to four words of object, but not across a new clause ("I called them and they had the wrong address").
const WORDS_0_4 = String.raw`(?:(?!(?:and|but|or|who|which|that|they|he|she|it|because|so|as|when|where|why|if|whether|then|said|says|about|regarding|concerning|over|how)\b)[\w'’-]+\s+){0,4}?`;
const WRONG = String.raw`(?:the\s+|a\s+|an\s+|some\s+)?(?:wrong|incorrect|inaccurate|misleading)(?![\w-])`;
const HARM_PARTICIPLE = (
  String.raw`(?:damaged|broken|lost|mislaid|misplaced|scratched|dented|smashed|cracked|ruined|destroyed|deleted|wiped|erased|corrupted|mishandled|` +
  String.raw`misdirected|misrouted|mislabell?ed|dropped|crushed|soaked|overcharged|double[- ]charged|charged twice|billed twice|mixed up|overlooked|` +
  String.raw`ignored|forgotten)`
);
const MALFUNCTION = (
  String.raw`(?:glitched|crashed|malfunctioned|went wrong|messed up|screwed up|had\s+(?:a|an|some)\s+(?:\w+\s+)?(?:bug|glitch|fault|error|outage)|(?:was|` +
  String.raw`were)\s+(?:showing|displaying|sending|charging|applying|using|listing|quoting)\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:wrong|incorrect))`
);
const BY_MISTAKE = String.raw`(?:by mistake|by accident|in error|accidentally|accidently|accidentaly|mistakenly|wrongly|incorrectly|erroneously|inadvertently)`;

type Kind = 'fault-noun' | 'act' | 'should-have' | 'responsible' | 'sorry-for-act';

interface Detector {
  kind: Kind;
  pattern: RegExp;
  /** Extra test on the match (grammar the regex cannot express cheaply). */
  accept?: (m: RegExpExecArray, view: DraftView) => boolean;
}

// Words after "we should have" that make it an expectation ("we should have an answer by Friday")
// rather than a regret ("we should have caught this").
const EXPECTATION_AFTER_SHOULD_HAVE = new Set([
  'a', 'an', 'the', 'it', 'this', 'that', 'these', 'those', 'your', 'you', 'them', 'some', 'any',
  'more', 'news', 'one', 'everything', 'something', 'all', 'plenty', 'enough', 'stock', 'results',
  'answers', 'updates', 'information', 'info', 'received', 'got', 'gotten', 'heard', 'arrived',
  'him', 'her', 'two', 'three', 'replacements', 'confirmation', 'availability', 'access',
]);

const HARM_NOUN_AFTER_RESPONSIBLE = new RegExp(
  [
    (
      String.raw`^(?:the|any|all|your|this|that|these|those|what|it|its)\b(?:\s+\w+){0,2}?\s*(?:damage|damages|loss|losses|injury|injuries|breakage|accident|` +
      String.raw`delay|delays|mistake|error|costs?|harm|problem|problems|issue|issues|happened|\.|$)`
    ),
    String.raw`^(?:this|that|it|what happened)\b\s*[.!,;]?$`,
  ].join('|'),
  'i',
);


// ---------------------------------------------------------------------------------------------
// Lexicon-of-meaning detectors (lib/guard/lexicon/fault.ts): an agent of ours + a mishandling
// predicate in the same clause, with only auxiliaries and adverbs between them; the passive "… by
// our …"; an error noun placed on our side; whole admission frames. Exclusions run in check().
const LX_PEOPLE = alternation(ORG_PEOPLE);
const LX_SYSTEMS = alternation(ORG_SYSTEMS);
const LX_AGENT = (
  String.raw`(?:\b(?:we|i)\b|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:${LX_PEOPLE}|${LX_SYSTEMS})\b|\bthe\s+(?:[\w-]+\s+)?${LX_PEOPLE}\s+(?:that\s+|` +
  String.raw`who\s+)?${alternation(WE_CHOSE)}\b|\bthe\s+${alternation(ORG_THE_STAFF)}\b|\b(?:someone|somebody)\s+(?:here|(?:on|in|at|` +
  String.raw`from)\s+our\s+[\w-]+)\b|\bone\s+of\s+(?:our|my)\s+(?:[\w-]+\s+)?${LX_PEOPLE}\b)`
);
const LX_SYSTEM_AGENT = String.raw`\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?${LX_SYSTEMS}\b`;
// Adverbs ending in -ly that hedge or do not keep the admission ("we probably sent …").
const LX_HEDGE_ADVERB = (
  String.raw`(?:probably|possibly|likely|hopefully|supposedly|allegedly|reportedly|only|nearly|almost|hardly|barely|rarely|usually|normally|generally|` +
  String.raw`early|daily|weekly|monthly|friendly|reply|apply|supply)`
);
const LX_GAP = String.raw`(?:['’](?:ve|d))?(?:\s+(?:${alternation(AFFIRMING_GAP)}|(?!${LX_HEDGE_ADVERB}\b)[a-z]+ly)\b)*`;
const LX_ERROR = alternation(ERROR_NOUNS);
const LX_WRONGNESS = new RegExp([
    String.raw`\b${alternation(WRONGNESS)}(?![\w-])`,
    String.raw`\blate\b(?!\s+(?:last|yesterday|on|in|this|tonight|afternoon|evening|morning|night|fee|payment|charge))`,
    String.raw`\binstead\s+of\b[^,;.!?]*(?:\byou\s+(?:ordered|asked for|chose|picked|requested|booked|selected|wanted)\b|\d)`,
  ].join('|'), 'i');
const LX_MISHANDLING_AFTER = new RegExp(String.raw`\band\s+(?:then\s+)?${alternation(MISHANDLING)}(?![\w-])`, 'i');
// A neutral act done to put things right is not mishandling: "we sent a new one to replace the wrong one".
const LX_REMEDY = new RegExp(
  [
    String.raw`\b(?:to|so (?:that )?(?:we|i) can|in order to)\s+(?:replace|correct|fix|swap|exchange|refund|make up for|put right|sort)\b`,
    String.raw`\b(?:right|correct|new|replacement)\s+(?:one|item|size|colour|color|address|part|version)\b`,
    String.raw`\bfor the (?:wrong|faulty|damaged)\b`,
    String.raw`\bin place of\b`,
  ].join('|'),
  'i',
);
function wentWrong(m: RegExpExecArray, view: DraftView): boolean {
  const rest = clauseAfter(view, m.index + m[0].length);
  return !LX_REMEDY.test(rest) && (LX_WRONGNESS.test(rest) || LX_MISHANDLING_AFTER.test(rest));
}
const LEXICON_DETECTORS: Detector[] = [
  // we mislaid / our driver scratched / the engineer we sent broke … (not "broke down", "forgot to mention")
  {
    kind: 'act',
    pattern: new RegExp(String.raw`${LX_AGENT}${LX_GAP}\s+${alternation(MISHANDLING)}(?![\w-])(?!\s+(?:down|even|free|the news|mention|say|add|ask|note|tell you that|include that)\b)`, 'gi'),
  },
  // our system deleted your designs / our app crashed and …
  { kind: 'act', pattern: new RegExp(String.raw`${LX_SYSTEM_AGENT}${LX_GAP}\s+${alternation(SYSTEM_MALFUNCTION)}(?![\w-])`, 'gi') },
  // we/our staff + a neutral act + a wrongness marker later in the clause
  { kind: 'act', pattern: new RegExp(String.raw`${LX_AGENT}${LX_GAP}\s+${alternation(NEUTRAL_ACTS)}(?![\w-])`, 'gi'), accept: wentWrong },
  // passive harm + by + one of ours
  {
    kind: 'act',
    pattern: new RegExp((
      String.raw`\b(?:was|were|been|got|is|are)\s+(?:\w+ly\s+)?(?:${alternation(MISHANDLING)}|lost|deleted|cancelled|missed|delayed|caused|` +
      String.raw`wiped)\s+(?:(?!(?:and|but|because|which|when|while)\b)[\w'’-]+\s+){0,4}?by\s+(?:us|me|(?:one of\s+)?(?:our|my)|` +
      String.raw`the\s+(?:[\w-]+\s+)?${LX_PEOPLE}\s+(?:that\s+)?${alternation(WE_CHOSE)}|someone\s+(?:here|on our|in our|at our))\b`
    ), 'gi'),
  },
  // an error noun + a place that is ours (by our …, in our …, on our side)
  {
    kind: 'fault-noun',
    pattern: new RegExp((
      String.raw`\b${LX_ERROR}${NOT_A_FAULT_NOUN_AFTER}\s+(?:(?:by|from|of|in|within|with|at|on\s+the\s+part\s+of)\s+(?:one\s+of\s+)?(?:our|` +
      String.raw`my)\s+(?:[\w-]+\s+){0,2}?(?:${LX_PEOPLE}|${LX_SYSTEMS})\b|(?:by|from)\s+(?:us|me)\b|${alternation(OURS_AFTER_NOUN)}\b)`
    ), 'gi'),
  },
  // the fault lies with one of ours
  { kind: 'fault-noun', pattern: /\b(?:the\s+)?(?:fault|blame|responsibility)\s+(?:is|was|lies|lay|rests|sits)\s+(?:entirely\s+|squarely\s+|solely\s+|firmly\s+)?with\s+(?:our|my)\b/gi },
  // our bad / hold our hands up / it slipped through the cracks / we haven't treated you fairly (an
  // "n't …" frame starts inside its word, where \b cannot match)
  { kind: 'fault-noun', pattern: new RegExp(String.raw`(?:\b|\B(?=n['’]t\b))${alternation(ADMISSION_FRAMES)}\b`, 'gi') },
  // sorry for giving you the wrong link / apologies for missing your call
  { kind: 'sorry-for-act', pattern: new RegExp(String.raw`\b(?:sorry|apologi[sz]e|apologies|apology)\s+(?:again\s+)?(?:for|about)\s+${alternation(APOLOGY_GERUNDS)}(?![\w-])`, 'gi') },
  // we missed your call / our team ignored your emails
  {
    kind: 'act',
    pattern: new RegExp(String.raw`${LX_AGENT}${LX_GAP}\s+(?:missed|ignored|overlooked|lost)\s+(?:all\s+|both\s+)?your\s+(?:[\w-]+\s+)?${alternation(CONTACT_NOUNS)}\b`, 'gi'),
  },
  // that shouldn't have happened / you should never have been charged
  {
    kind: 'should-have',
    pattern: new RegExp([
        String.raw`\b(?:that|this|it)\s+(?:really\s+|certainly\s+|definitely\s+)?(?:should(?:n['’]t|\s+not|\s+never)|ought\s+not\s+to)\s+(?:have|['’]ve)\s+(?:happened|occurred)\b`,
        (
          String.raw`\byou\s+(?:really\s+|certainly\s+|definitely\s+)?(?:should(?:n['’]t|\s+not|\s+never)|ought\s+not\s+to)\s+have\s+been\s+` +
          String.raw`(?:charged|billed|debited|sent|given|told|quoted|overcharged|cut off|disconnected|left|kept waiting|turned away|refused|treated|spoken to)(?![\w-])`
        ),
      ].join('|'), 'gi'),
    accept: (m, view) => !/\b(?:if|unless)\b/i.test(clauseAfter(view, m.index + m[0].length)),
  },
  // apologies for the incorrect tracking update / sorry for the lack of help you've had
  {
    kind: 'fault-noun',
    pattern: new RegExp((
      String.raw`\b(?:sorry|apologies|apologise|apologize|apologising|apologizing)\s+(?:again\s+)?(?:[^.!?\n]{0,60}?\band\s+)?for\s+(?:the|our|this|that|any|` +
      String.raw`my)\s+(?:\w+\s+)?${alternation(SORRY_FOR_WRONG)}\b`
    ), 'gi'),
  },
  // your email was missed / your original tweet being overlooked
  {
    kind: 'fault-noun',
    pattern: new RegExp(
      (
        String.raw`\byour\s+(?:[\w-]+\s+){0,2}?(?:tweet|message|email|e-mail|call|request|complaint|query|dm|order|booking|ticket|application)s?\s+(?:being|` +
        String.raw`was|were|got|has been|had been)\s+${alternation(MISSED_BY_US)}\b`
      ),
      'gi',
    ),
  },
  // our customer service has been shocking
  {
    kind: 'fault-noun',
    pattern: new RegExp((
      String.raw`\b(?:our|my)\s+(?:own\s+)?${alternation(OUR_CONDUCT)}\s+(?:[\w-]+\s+){0,3}?(?:has been|have been|was|were|is|are|['’]s been)\s+(?:(?:so|` +
      String.raw`just|really|frankly|honestly|quite|simply|totally)\s+)*${alternation(BAD_JUDGEMENT)}\b`
    ), 'gi'),
  },
  // the hold-up is down to a backlog we created
  {
    kind: 'fault-noun',
    pattern: new RegExp(String.raw`\b${alternation(CAUSE_FRAMES)}\s+(?:an?|the|some|this|that)\s+(?:[\w-]+\s+){1,2}?(?:that\s+)?${alternation(WE_CAUSED)}\b`, 'gi'),
  },
];

const DETECTORS: Detector[] = [
  // our fault / my mistake / our own error / our system error
  {
    kind: 'fault-noun',
    pattern: new RegExp(
      [
          (
            String.raw`\b(?:our|my)\s+(?:(?:own|big|huge|silly|stupid|careless|clerical|system|internal|technical|warehouse|packing|shipping|billing|admin|` +
            String.raw`administrative)\s+){0,2}${FAULT_NOUN}\b(?!-)${NOT_A_FAULT_NOUN_AFTER}`
          ),
          String.raw`\b(?:my|our) bad\b`,
        ].join('|'),
      'gi',
    ),
  },
  // an error on our end / that's on us / down to us / the fault lies with us
  {
    kind: 'fault-noun',
    pattern: new RegExp(
      [
          String.raw`\b(?:an?|the|some|this|that)\s+(?:\w+\s+)?(?:${FAULT_NOUN}|mix[- ]?up|muddle|bug|glitch)\s+(?:on|at|from)\s+(?:our|my)\s+(?:end|side|part)\b`,
          String.raw`\b(?:the|this|that)\s+(?:${FAULT_NOUN}|mix[- ]?up)\s+(?:is|was)\s+(?:all\s+|entirely\s+|completely\s+|totally\s+)?(?:ours|mine)\b`,
          String.raw`\b(?:an?|the)\s+(?:\w+\s+)?(?:bug|glitch|fault|error)\s+(?:in|with|on)\s+(?:our|my)\s+(?:[\w-]+\s+)?${OUR_SYSTEMS}\b(?!\s+(?:message|messages|log|logs|code|codes|page|pages))`,
          String.raw`\b(?:an?\s+)?(?:mistake|error|mistakes|errors)\s+(?:was|were|has been|have been)\s+made\b`,
          String.raw`(?<!\byour\s)\bhuman error\b`,
          String.raw`\b(?:careless|negligent|sloppy|thoughtless|unprofessional|remiss|stupid|silly)\s+of\s+(?:us|me|our\s+\w+|my\s+\w+)\b`,
          (
            String.raw`\b(?:the|this|that|your)\s+(?:\w+\s+)?(?:delay|damage|loss|mistake|error|mix[- ]?up|problem|breakage|mess|leak|overcharge)\s+(?:is|` +
            String.raw`was)\s+(?:entirely\s+|all\s+|completely\s+|fully\s+|solely\s+|totally\s+)?(?:our|my)\s+(?:responsibility|doing|fault)\b`
          ),
          String.raw`\b(?:that|this|it)(?:\s+one)?(?:${Q}s|\s+is|\s+was)\s+(?:entirely\s+|all\s+|completely\s+|totally\s+)?(?:on\s+(?:us|me)|down\s+to\s+(?:us|me))\b`,
          String.raw`\b(?:the\s+)?(?:fault|blame|responsibility)\s+(?:is|was|lies|rests)\s+(?:entirely\s+)?(?:with\s+(?:us|me)|ours|mine)\b`,
          String.raw`\b(?:it|this|that)(?:${Q}s|\s+is|\s+was)\s+(?:\w+\s+)?wrong\s+of\s+(?:me|us)\b`,
          String.raw`\b(?:we|i)\s+(?:deeply\s+|sincerely\s+)?regret\s+(?:the|this|that|our|my)\s+(?:\w+\s+)?(?:error|mistake|oversight|negligence)\b`,
        ].join('|'),
      'gi',
    ),
  },
  // we messed up / we made a mistake / we failed to / we lost your parcel
  {
    kind: 'act',
    pattern: new RegExp(
      (
        String.raw`${WE_OR_OURS}${AFFIRMING}\s+(?:messed up|screwed up|slipped up|dropped the ball|fell short|let you down|failed (?:to|you)\b|neglected to|` +
        String.raw`forgot to(?!\s+(?:mention|say|add|ask|note|tell you that|include that))|got (?:it|this|that|things|(?:your|the|my|our) \w+(?: \w+)?) wrong|` +
        String.raw`made (?:(?:a|an|the|this|that|some|several|two|a few|a couple of)\s+)?(?:(?:big|huge|silly|real|genuine|serious|careless|clerical|bad|` +
        String.raw`terrible)\s+)?(?:mistakes?|errors?|mess|blunders?)|caused (?:this|that|the|your|it|these|those|all|you)\b|(?:sent|shipped|gave|` +
        String.raw`delivered) (?:you )?the wrong(?![\w-])|(?:charged|billed) you twice|${HARM_PAST}\s+${HARM_OBJECT}|${LOSS_PAST}|${CARELESS_CONDUCT})`
      ),
      'gi',
    ),
  },
  {
    kind: 'act',
    pattern: new RegExp(
      [
          (
            String.raw`${WE}(?:${Q}re|${Q}m|\s+are|\s+am|\s+were|\s+was|${Q}ve been|\s+have been)\s+(?:(?:entirely|completely|totally|clearly|partly|solely|fully|` +
            String.raw`the ones)\s+)?(?:at fault|to blame|in the wrong|negligent|careless|sloppy|wrong to|the ones at fault)\b`
          ),
          String.raw`${WE}\s+(?:(?:fully|completely|happily)\s+)?(?:accept|admit|take|own)\s+(?:full\s+|all\s+|the\s+|complete\s+|total\s+)*(?:blame|fault|liability)\b`,
        ].join('|'),
      'gi',
    ),
  },
  // I'm sorry I did this / sorry for what we did
  {
    kind: 'act',
    pattern: new RegExp(
      String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:that\s+|for what\s+)?(?:i|we)\s+(?:did|caused|made)\s*(?:this|that|it|to you)?\b(?!\s+(?:a|an|the)\s+(?:note|change|update|call|request))`,
      'gi',
    ),
  },
  // we sent it to the wrong address / I entered the wrong account number / our team packed the wrong colour
  {
    kind: 'act',
    pattern: new RegExp(String.raw`${WE_OR_OURS}${AFFIRMING}\s+(${PAST_VERB})\s+${WORDS_0_4}${WRONG}`, 'gi'),
    accept: (m) => isMistakeVerb(m[1]),
  },
  // I read your order number wrong / we got the measurements wrong / I typed it in incorrectly / we charged you by mistake
  {
    kind: 'act',
    pattern: new RegExp(String.raw`${WE_OR_OURS}${AFFIRMING}\s+(${PAST_VERB})\s+${WORDS_0_4}(?:(?:in\s+)?wrong(?:ly)?|incorrectly|${BY_MISTAKE})(?![\w-])`, 'gi'),
    accept: (m) => isMistakeVerb(m[1]),
  },
  // we accidentally deleted / I mistakenly cancelled
  {
    kind: 'act',
    pattern: new RegExp(String.raw`${WE_OR_OURS}(?:${Q}ve|${Q}d)?(?:\s+(?:have|had|then|also|somehow|completely|just))*\s+${BY_MISTAKE}\s+(${PAST_VERB})\b`, 'gi'),
    accept: (m) => isPastVerb(m[1]),
  },
  // we didn't process it in time / the technician didn't tighten the valve properly
  {
    kind: 'act',
    pattern: new RegExp((
      String.raw`${WE_OR_OURS}${AFFIRMING}\s+(?:didn${Q}t|did not|never|failed to|forgot to)\s+[a-z]+\s+${WORDS_0_4}(?:properly|correctly|in time|on time|` +
      String.raw`as (?:promised|agreed|requested|instructed|we should|we said we would|i said i would|(?:he|she|they|we|i) should have))\b`
    ), 'gi'),
  },
  // we completely forgot about your repair / our team overlooked your email / we let your claim sit for weeks
  {
    kind: 'act',
    pattern: new RegExp([
        (
          String.raw`${WE_OR_OURS}${AFFIRMING}\s+(?:forgot about|overlooked|ignored|lost track of|lost sight of|mixed up|misread|mishandled|misdirected|` +
          String.raw`misrouted|mislaid|misplaced|mislabell?ed)\s+(?:your|the|you|it|them|this|that|what)\b`
        ),
        String.raw`${WE_OR_OURS}${AFFIRMING}\s+let\s+(?:your|the|this|it)\s+(?:[\w-]+\s+){0,2}?(?:sit|slip|lapse|expire|drop|go unanswered|go unnoticed|get lost|get damaged)\b`,
        (
          String.raw`${WE_OR_OURS}${AFFIRMING}\s+(?:left|dumped|threw|chucked|tossed)\s+(?:your|the|it|them)\s+(?:[\w-]+\s+)?(?:(?:out\s+)?in the rain|` +
          String.raw`unattended|over the (?:fence|gate|wall)|in the wrong place)`
        ),
      ].join('|'), 'gi'),
  },
  // we took the payment twice / our system charged you twice
  {
    kind: 'act',
    pattern: new RegExp((
      String.raw`${WE_OR_OURS}${AFFIRMING}\s+(?:charged|billed|took|debited|collected|deducted|processed)\s+(?:[\w'’-]+\s+){0,3}?(?:twice|two times|double|` +
      String.raw`more than once|three times)\b`
    ), 'gi'),
  },
  // our system glitched / our app had a bug / our website was showing the wrong price
  {
    kind: 'act',
    pattern: new RegExp(String.raw`\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?${OUR_SYSTEMS}\s+(?:\w+ly\s+)?${MALFUNCTION}`, 'gi'),
  },
  // the parcel was damaged by our courier / your order was lost in our warehouse / the damage was caused by our fitters
  {
    kind: 'act',
    pattern: new RegExp((
      String.raw`\b(?:was|were|got|been)\s+(?:\w+ly\s+)?(?:${HARM_PARTICIPLE}|caused)\s+(?:by|in|at|during|while (?:with|at|in))\s+(?:(?:one of|` +
      String.raw`someone (?:in|from|at))\s+)?(?:us|me|our|my)\b`
    ), 'gi'),
  },
  // you were given the wrong date by my colleague
  {
    kind: 'act',
    pattern: new RegExp(String.raw`\b(?:was|were|been|got)\s+(${PAST_VERB})\s+(?:[\w'’-]+\s+){0,3}?${WRONG}\s+(?:[\w-]+\s+){0,3}?by\s+(?:one of\s+)?(?:us|me|our|my)\b`, 'gi'),
    accept: (m) => !NOT_A_MISTAKE_VERB.has((m[1] ?? '').toLowerCase()),
  },
  // the payment was taken in error / your account was closed by mistake
  {
    kind: 'act',
    pattern: new RegExp(String.raw`\b(?:was|were|been|got)\s+(${PAST_VERB})\s+(?:[\w'’-]+\s+){0,3}?(?:by mistake|in error|by accident|mistakenly|wrongly|incorrectly|erroneously)\b`, 'gi'),
    accept: (m) => isPastVerb(m[1]) && !NOT_A_MISTAKE_VERB.has((m[1] ?? '').toLowerCase()),
  },
  // we should have caught this / I shouldn't have sent it
  {
    kind: 'should-have',
    pattern: new RegExp(
      (
        String.raw`${WE_OR_OUR_PEOPLE}\s+(?:really\s+|definitely\s+|clearly\s+|certainly\s+)?(?:should|shouldn${Q}t|should not|ought to|ought not to|` +
        String.raw`ought not)(?:\s+(?:never\s+)?have|${Q}ve)\s+([\w-]+)`
      ),
      'gi',
    ),
    accept: (m) => {
      const next = (m[1] ?? '').toLowerCase();
      return !EXPECTATION_AFTER_SHOULD_HAVE.has(next) && looksLikeParticiple(next);
    },
  },
  // we are responsible/liable for the damage, we take full responsibility (not "for looking into this")
  {
    kind: 'responsible',
    pattern: new RegExp(
      (
        String.raw`${WE}(?:${Q}re|${Q}m|${Q}ll be|\s+are|\s+am|\s+were|\s+was|\s+will be|\s+accept|\s+take|\s+admit|\s+bear)\s+(?:(?:fully|entirely|completely|` +
        String.raw`totally|solely|wholly|legally|directly|financially|full|the|all|complete|sole|total)\s+)*(responsib(?:le|ility)|liab(?:le|ility))\b([^.!?\n]{0,60})`
      ),
      'gi',
    ),
    accept: (m) => {
      const word = (m[1] ?? '').toLowerCase();
      if (word.startsWith('liab')) return true;
      const rest = (m[2] ?? '').trim();
      if (rest === '' || /^[.!,;]/.test(rest)) return true;
      const forWhat = /^for\s+(.*)$/i.exec(rest);
      if (!forWhat) return /^(?:here|in this case)\b/i.test(rest);
      return HARM_NOUN_AFTER_RESPONSIBLE.test((forWhat[1] ?? '').trim());
    },
  },
  // I apologise for breaking your vase / sorry for losing your parcel
  {
    kind: 'sorry-for-act',
    pattern: new RegExp(
      String.raw`\b(?:sorry|apologi[sz]e|apologies|apology)\s+for\s+(?:(?:our|my|us|me)\s+)?${HARM_GERUND}`,
      'gi',
    ),
  },
  ...LEXICON_DETECTORS,
];

/** What the customer experienced, in their terms, when the draft names it ("your parcel …"). */
function experiencePhrase(sentence: string): string | undefined {
  const fault = /\b(?:our|my)\s+(?:own\s+)?(?:fault|mistake|error)\s+(?:that\s+)?(your\s[^,.;!?]+)/i.exec(sentence);
  if (fault?.[1]) return fault[1].trim();
  const harmed = /\b(?:lost|misplaced|mislaid)\s+(your\s+[\w-]+(?:\s+[\w-]+)?)/i.exec(sentence);
  if (harmed?.[1]) return `${harmed[1].replace(/\s+(?:in|on|at|when|during|and|but)$/i, '')} has gone missing`;
  const damaged = /\b(?:broke|broken|damaged|scratched|dented|smashed|cracked|ruined)\s+(your\s+[\w-]+(?:\s+[\w-]+)?)/i.exec(sentence);
  if (damaged?.[1]) return `${damaged[1].replace(/\s+(?:in|on|at|when|during|and|but)$/i, '')} arrived damaged`;
  const wrong = /\b(?:sent|shipped|gave|delivered)\s+(?:you\s+)?the wrong\s+([\w-]+)/i.exec(sentence);
  if (wrong?.[1]) return `you received the wrong ${wrong[1]}`;
  if (/\b(?:charged|billed) you twice|double[- ]charged|overcharged/i.test(sentence)) return 'you were charged more than you should have been';
  return undefined;
}

/** The sympathy before the admission, which is worth keeping ("I am so sorry that you were injured"). */
function sympathyBefore(sentence: string, offset: number): string | undefined {
  const before = sentence.slice(0, offset);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' — '), before.lastIndexOf(' - '));
  if (cut <= 0) return undefined;
  const clause = before.slice(0, cut).trim();
  return /\b(?:sorry|apologi[sz]e|apologies)\b/i.test(clause) ? clause : undefined;
}

function rewrites(sentenceStart: number, sentenceText: string, matchIndex: number): string[] {
  const out: string[] = [];
  const kept = sympathyBefore(sentenceText, matchIndex - sentenceStart);
  if (kept) out.push(withEnding(kept, sentenceText));
  const experience = experiencePhrase(sentenceText);
  if (experience) {
    out.push(withEnding(`I'm sorry ${experience} — that's not the experience we want for you`, sentenceText));
    out.push(withEnding(`I'm really sorry ${experience}, and I'm looking into it for you now`, sentenceText));
  }
  out.push(withEnding("I'm sorry this happened — that's not the experience we want for you", sentenceText));
  out.push(withEnding("I'm really sorry for the trouble this has caused you, and I'm looking into it now", sentenceText));
  return out;
}

// "We deleted the old account as you asked": done on purpose, at the customer's request.
const AT_CUSTOMER_REQUEST = /\b(?:as|like)\s+you\s+(?:asked|requested|instructed|wanted)\b|\bat your request\b|\bas requested\b/i;

const MESSAGES: Record<Kind, string> = {
  'fault-noun': 'This admits fault. Apologise for what the customer went through instead of saying whose fault it was.',
  act: 'This says we caused the problem, which can read as an admission of liability. Apologise for the experience instead.',
  'should-have': '"We should have …" admits we fell short of a duty. Apologise for the experience and say what happens next.',
  responsible: 'Accepting responsibility or liability for the harm is an admission. Take ownership of fixing it instead.',
  'sorry-for-act': 'Apologising for the act itself ("for breaking …") admits doing it. Apologise for the experience instead.',
};

export function check(text: string): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const detector of DETECTORS) {
    eachMatch(detector.pattern, view.masked, (m) => {
      if (detector.accept && !detector.accept(m, view)) return;
      const start = m.index;
      if (negatedBefore(view, start) || conditionalBefore(view, start) || reportedBefore(view, start) || investigatingBefore(view, start)) return;
      const sentence = sentenceAt(view, start);
      if (isQuestion(view, sentence) || AT_CUSTOMER_REQUEST.test(view.masked.slice(sentence.start, sentence.end))) return;
      if (seen.has(sentence.start)) return; // one finding per sentence is enough to act on
      seen.add(sentence.start);
      let end = start + m[0].length;
      if (detector.kind === 'responsible') end = start + m[0].length - (m[2] ?? '').length; // underline the admission, not the rest
      const sentenceText = view.source.slice(sentence.start, sentence.end);
      findings.push(
        finding(meta, { start, end: trimEnd(view.source, start, end) }, MESSAGES[detector.kind], rewrites(sentence.start, sentenceText, start), sentence),
      );
    });
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}

// "You mentioned it was our fault", "I can see why you'd think it was our mistake": the customer's
// view, reported back — not ours. Only when the customer is the one thinking or saying it.
const CUSTOMER_REPORTS = new RegExp((
  String.raw`\byou(?:['’]d|['’]ve| have| had| may| might| would| probably| clearly)?\s+(?:\w+\s+)?(?:think|thought|feel|felt|say|said|believe|suggest|` +
  String.raw`suggested|claim|claimed|assume|assumed|mention|mentioned|told us|tell us|wonder|wondered|asked|wrote|explained)\b`
), 'i');

function reportedBefore(view: DraftView, index: number): boolean {
  const sentence = sentenceAt(view, index);
  return CUSTOMER_REPORTS.test(view.masked.slice(clauseStart(view.masked, sentence, index), index));
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

export const examples: GuardRule['examples'] = {
  valid: [
    "It's not your fault at all.",
    "We're responsible for looking into this, and I've started already.",
    "I'm so sorry this happened.",
    "I'm so sorry.",
    'I should have an answer for you by 3pm tomorrow.',
    "If this turns out to be an error on our side, I'll put it right straight away.",
    'We may have sent the wrong size, so I am checking with the warehouse.',
    'You wrote: "it was your fault, admit it" — I understand why you feel that way.',
    '> It was all your fault.\nI understand, and I am looking into it.',
    'Our error messages can be confusing, so here is what that one means.',
    'We dropped the price of the premium plan last week.',
    "I'm sorry the parcel was damaged in transit.",
    "I've corrected the wrong postcode on the label.",
    "I forgot to mention that the store is closed on Sunday.",
    "We deleted the duplicate account as you asked.",
    "Did we send you the wrong colour?",
    "We received the wrong part from our supplier, so the repair is delayed.",
  ],
  invalid: [
    { text: 'It was our fault your order was late.', matches: ['our fault'] },
    { text: 'It was all my fault.', matches: ['my fault'] },
    { text: 'We messed up with your order, sorry!', matches: ['We messed up'] },
    { text: 'Sorry, we made a mistake on your invoice.', matches: ['we made a mistake'] },
    { text: 'We should have caught this before it shipped.', matches: ['We should have caught'] },
    { text: 'I should have prevented it.', matches: ['I should have prevented'] },
    { text: 'We failed to send the replacement in time.', matches: ['We failed to'] },
    { text: 'We are responsible for the damage to your car.', matches: ['We are responsible'] },
    { text: 'We accept full liability for this.', matches: ['We accept full liability'] },
    { text: 'I apologise for breaking your vase.', matches: ['apologise for breaking'] },
    { text: "I'm sorry that I hurt you.", matches: ['I hurt you'] },
    { text: "I'm sorry I did this.", matches: ['sorry I did this'] },
    { text: 'The delay was because of our error.', matches: ['our error'] },
    { text: "That's on us, and I'm sorry.", matches: ["That's on us"] },
    { text: 'There was a mistake on our end with the address.', matches: ['a mistake on our end'] },
    { text: 'We broke your screen when we opened the box.', matches: ['We broke your'] },
    { text: "Our system glitched and charged you twice.", matches: ["Our system glitched"] },
    { text: "I entered the wrong account number.", matches: ["I entered the wrong"] },
    { text: "The parcel was damaged by our courier.", matches: ["was damaged by our"] },
    { text: "We accidentally deleted your account.", matches: ["We accidentally deleted"] },
    { text: "The technician didn't tighten the valve properly.", matches: ["The technician didn't tighten the valve properly"] },
    { text: "Our team overlooked your email.", matches: ["Our team overlooked your"] },
    { text: "We took the payment twice.", matches: ["We took the payment twice"] },
    { text: "It was careless of us to leave the gate open.", matches: ["careless of us"] },
    { text: "The delay is entirely our responsibility.", matches: ["The delay is entirely our responsibility"] },
    { text: "My colleague shouldn't have promised you a callback.", matches: ["My colleague shouldn't have promised"] },
    { text: "The payment was taken in error.", matches: ["was taken in error"] },
    { text: "You were given the wrong date by my colleague.", matches: ["were given the wrong date by my"] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
