/**
 * Statements of fact about the goods ("This truck has a rebuilt engine", "The jacket is
 * waterproof"). Under UCC §2-313 an affirmation of fact can be an express warranty without the
 * word "guarantee", while opinion ("This is a great truck") is puffery and is not. So the rule
 * looks for a product as the subject of a factual predicate, and lets opinion, status updates
 * about orders ("the parcel has shipped") and attributed claims ("according to the spec …") pass.
 */
import type { Finding, GuardRule, RuleMeta } from '../types';
import { draftView, eachMatch, finding, hedgedBefore, looksLikeParticiple, negatedBefore, sentenceAt, type DraftView } from '../text';

export const meta: RuleMeta = {
  id: 'product-claim',
  title: 'States a fact about the product that can become a warranty',
  category: 'guarantee',
  severity: 'error',
  why:
    'Any affirmation of fact or promise about the goods that becomes part of the bargain creates ' +
    'an express warranty; formal words like "warrant" or "guarantee" are not needed, while ' +
    'opinion or commendation ("puffing") is not a warranty (UCC §2-313, Cornell LII: express warranty).',
};

// Nouns that are the service, not the goods: facts about them are status updates, not warranties.
const SERVICE_NOUNS = new Set([
  'order', 'orders', 'parcel', 'parcels', 'package', 'packages', 'delivery', 'deliveries', 'refund', 'refunds',
  'payment', 'payments', 'account', 'accounts', 'ticket', 'case', 'request', 'invoice', 'invoices', 'email',
  'emails', 'link', 'team', 'courier', 'driver', 'issue', 'problem', 'error', 'replacement', 'return', 'returns',
  'tracking', 'subscription', 'update', 'store', 'shop', 'website', 'site', 'office', 'warehouse', 'system',
  'form', 'label', 'voucher', 'code', 'claim', 'complaint', 'manager', 'engineer', 'technician', 'agent',
  'reply', 'answer', 'call', 'appointment', 'booking', 'reservation', 'collection', 'shipment', 'money',
  'credit', 'charge', 'fee', 'policy', 'process', 'status', 'number', 'reference', 'page', 'message',
  'notification', 'question', 'amount', 'balance', 'transfer', 'transaction', 'card', 'password', 'login',
  'app', 'outage', 'fault', 'investigation', 'review', 'result', 'results', 'best', 'same', 'other',
  'one', 'thing', 'way', 'reason', 'good', 'news', 'plan', 'deadline', 'date', 'time', 'day', 'week',
]);

const NOT_A_NOUN = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'comes', 'come', 'includes', 'contains', 'features', 'a', 'an', 'the', 'it', 'that', 'this', 'be',
  'just', 'also', 'really', 'still', 'not', 'all', 'only', 'way', 'means', 'i', 'we', 'you',
]);

// Opinion words: commendation, not fact ("a great truck", "really popular").
const OPINION = new RegExp((
  String.raw`^(?:(?:a|an|the|very|really|so|truly|simply|quite|such|absolutely|just|one of (?:the|our))\s+)*(?:great|good|nice|lovely|excellent|` +
  String.raw`fantastic|amazing|wonderful|brilliant|superb|awesome|beautiful|gorgeous|stunning|popular|favourite|favorite|best|finest|perfect for|ideal|` +
  String.raw`fabulous|terrific|outstanding|top[- ]notch|high[- ]quality|quality|bestseller|best[- ]seller|customer favourite|fun|cool|incredible|` +
  String.raw`exceptional|impressive|reliable choice|solid choice|good choice|great choice|bargain|steal|treat|joy|delight)\b`
), 'i');

// Factual predicates after is/are: things that are true or false about the goods.
const FACT_AFTER_IS =
  new RegExp((
    String.raw`^(?:(?:a|an|also|fully|completely|totally|100\s?%|brand)\s+)*(?:brand[- ]new|new|unused|rebuilt|refurbished|reconditioned|genuine|authentic|` +
    String.raw`original|certified|waterproof|water[- ]?resistant|water[- ]?proof|shockproof|fireproof|scratch[- ]?proof|dishwasher[- ]safe|` +
    String.raw`microwave[- ]safe|machine[- ]washable|compatible\s+with|made\s+(?:of|from|in|with)|free\s+(?:of|from)|safe\s+(?:for|to|in)|suitable\s+for|` +
    String.raw`rated\s+(?:for|to|at)|accident[- ]free|rust[- ]free|tested|serviced|inspected|hypoallergenic|organic|vegan|solid\s+\w+|real\s+\w+|` +
    String.raw`pure\s+\w+|\d+\s?%|in\s+(?:perfect|mint|excellent|good|working|full working|great|pristine)\s+(?:condition|order|working order)|flawless|` +
    String.raw`seaworthy|roadworthy|airworthy|sound|defect[- ]free|fault[- ]free|unopened|sealed|solid|sterile|non[- ]toxic|lead[- ]free|bpa[- ]free|` +
    String.raw`gluten[- ]free|nut[- ]free|(?:\d+|one|two|three|four|five|six|ten)\s+(?:years?|months?)\s+old|under\s+warranty|covered\s+(?:by|for|under)|` +
    String.raw`backed\s+by|guaranteed|unbreakable|indestructible|leak[- ]?proof)(?!\w)`
  ), 'i');

const WAS_FACT = new RegExp((
  String.raw`^(?:(?:only|never|fully|recently|professionally|completely)\s+)*(?:serviced|inspected|tested|rebuilt|refurbished|reconditioned|used|owned|` +
  String.raw`driven|worn|made|manufactured|built|checked|repaired|replaced|upgraded|certified|in an accident)\b`
), 'i');
const WILL_FACT = new RegExp((
  String.raw`^(?:(?:easily|still|definitely)\s+)?(?:last|never\s+(?:break|fail|leak|fade|wear|rust|crack|stop|shrink|tear)|not\s+(?:break|fail|leak|fade|` +
  String.raw`wear out|rust|crack|shrink|tear)|work\s+with|fit|withstand|survive|outlast|keep\s+(?:you|your|its)|hold\s+up)\b`
), 'i');

// The subject has to open the sentence (each sentence is matched on its own, so `^` is its start;
// an optional opening word may come first), so "According to the
// spec, this truck has …" — an attributed claim — does not match.
const CLAIM = new RegExp((
  String.raw`(?<=^|^(?:yes|and|also|plus|oh|great news|good news)[,!]?\s+)(?:this|that|these|those|the|our|its|it|` +
  String.raw`they)(?:\s+([\w-]+(?:\s+[\w-]+){0,2}?))?\s+(has never been|have never been|has|have|comes with|come with|includes|include|contains|contain|` +
  String.raw`features|feature|is|are|was|were|will|gets|get|lasts|last|weighs|weigh|holds|hold|runs|run|does|do|uses|use)\s+([^.!?\n]{1,80})`
), 'gim');

const FACTUAL_PRONOUN_SUBJECT = /^(?:it|they|its)$/i;
// "This is a genuine Rolex": a demonstrative alone can carry a claim, but only with is/are.
const DEMONSTRATIVE_SUBJECT = /^(?:this|that|these|those)$/i;

function headNoun(subject: string): string {
  const words = subject.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

function isFactualClaim(subject: string | undefined, verb: string, predicate: string): boolean {
  const lowerVerb = verb.toLowerCase();
  if (subject !== undefined) {
    const words = subject.toLowerCase().split(/\s+/);
    if (words.some((w) => NOT_A_NOUN.has(w))) return false;
    const head = headNoun(subject);
    if (SERVICE_NOUNS.has(head) || SERVICE_NOUNS.has(head.replace(/s$/, ''))) return false;
  }
  const firstWord = (predicate.trim().split(/\s+/)[0] ?? '').toLowerCase();
  if (OPINION.test(predicate)) return false;
  switch (lowerVerb) {
    case 'is':
    case 'are':
      return FACT_AFTER_IS.test(predicate);
    case 'was':
    case 'were':
      return WAS_FACT.test(predicate);
    case 'will':
      return WILL_FACT.test(predicate);
    case 'has never been':
    case 'have never been':
      return subject !== undefined;
    case 'gets':
    case 'get':
    case 'lasts':
    case 'last':
    case 'weighs':
    case 'weigh':
    case 'holds':
    case 'hold':
    case 'runs':
    case 'run':
    case 'does':
    case 'do':
    case 'uses':
    case 'use':
      // A measured performance claim: "gets 40 miles per gallon", "lasts 10 hours".
      return /^(?:(?:up to|over|about|around|at least|more than|nearly)\s+)?(?:\d|one|two|three|four|five|six|eight|ten|twelve|twenty)/i.test(predicate);
    default:
      // has/comes with/includes …: a thing it has, not a perfect tense ("has shipped", "has been").
      if (subject === undefined) return false; // "It has …" is too often about an order
      if (looksLikeParticiple(firstWord) || /^(?:no|not|now|just|already|also been|to)$/.test(firstWord)) return false;
      return /^(?:\d|(?:a|an|the|one|two|three|four|five|six|ten|twelve|full|free|built-in|lifetime|genuine|original|real|solid|its)\b)/i.test(predicate);
  }
}

function attributed(view: DraftView, index: number): boolean {
  return hedgedBefore(view, index) || /\b(?:according to|the (?:listing|spec|specification|manufacturer|label|description) says)\b/i.test(view.masked.slice(sentenceAt(view, index).start, index));
}

export function check(text: string): Finding[] {
  const view = draftView(text);
  const findings: Finding[] = [];
  eachMatch(CLAIM, view.masked, (m) => {
    const subject = m[1];
    const verb = m[2] ?? '';
    const predicate = m[3] ?? '';
    const pronounOnly = subject === undefined;
    const leading = m[0].split(/\s+/)[0] ?? '';
    if (pronounOnly && !FACTUAL_PRONOUN_SUBJECT.test(leading) && !(DEMONSTRATIVE_SUBJECT.test(leading) && /^(?:is|are)$/i.test(verb))) return;
    if (!pronounOnly && FACTUAL_PRONOUN_SUBJECT.test(leading)) return; // "it is …" with a stray word
    if (!isFactualClaim(subject, verb, predicate)) return;
    const start = m.index;
    if (negatedBefore(view, start) || attributed(view, start)) return;
    const sentence = sentenceAt(view, start);
    const sentenceText = view.source.slice(sentence.start, sentence.end);
    const claim = sentenceText.charAt(0).toLowerCase() + sentenceText.slice(1);
    findings.push(
      finding(
        meta,
        { start, end: sentence.end },
        'A statement of fact about the product can become a warranty. Check it is accurate, or attribute it to the specification.',
        [`According to the product listing, ${claim}`, `The manufacturer's specification says ${claim}`],
        sentence,
      ),
    );
  });
  return findings;
}

export const examples: GuardRule['examples'] = {
  valid: [
    'This is a great truck.',
    'Your parcel has shipped and is on its way.',
    'The refund has been processed.',
    'According to the listing, this jacket is waterproof.',
    'This model is really popular with our customers.',
    "The courier is running late today, I'm afraid.",
    'It has been a busy week for the warehouse.',
  ],
  invalid: [
    { text: 'This truck has a rebuilt engine.', matches: ['This truck has a rebuilt engine.'] },
    { text: 'The jacket is fully waterproof.', matches: ['The jacket is fully waterproof.'] },
    { text: 'Yes, the charger is compatible with every iPhone.', matches: ['the charger is compatible with every iPhone.'] },
    { text: 'This car has never been in an accident.', matches: ['This car has never been in an accident.'] },
    { text: 'These boots will last for years.', matches: ['These boots will last for years.'] },
  ],
};

export const rule: GuardRule = { meta, examples, check };
export default rule;
