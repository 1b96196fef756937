/**
 * What an admission of fault is made of (PRINCIPLES.md §2; Cal. Evid. Code §1160): an agent of
 * the organisation, a mishandling predicate or an error noun, in the relation that makes the
 * organisation the one who did it. The rule (`rules/fault.ts`) combines these per clause.
 */
import type { LexEntry } from './index';

/** (b) Who acts for the organisation. "The courier lost it" is a third party; "our courier" is us. */
export const ORG_PEOPLE: readonly LexEntry[] = [
  { terms: ['team', 'teams', 'staff', 'colleague', 'colleagues', 'agent', 'agents', 'adviser', 'advisers', 'advisor', 'advisors', 'rep', 'reps', 'people', 'manager', 'supervisor', 'department', 'office', 'crew'], note: 'people who work for us' },
  { terms: ['engineer', 'engineers', 'technician', 'technicians', 'fitter', 'fitters', 'installer', 'installers', 'contractor', 'contractors', 'plumber', 'electrician'], note: 'field staff we send' },
  { terms: ['driver', 'drivers', 'courier', 'couriers', 'delivery partner', 'delivery team', 'carrier', 'warehouse', 'depot', 'packers', 'packer', 'store', 'branch', 'workshop', 'lab'], note: 'our logistics: only when "our …" or "the … we use"' },
];
export const ORG_SYSTEMS: readonly LexEntry[] = [
  { terms: ['system', 'systems', 'website', 'site', 'web site', 'app', 'software', 'checkout', 'checkout page', 'page', 'payment page', 'portal', 'platform', 'server', 'servers', 'database', 'tool', 'process', 'billing', 'billing system', 'update', 'algorithm', 'automation', 'records'], note: 'our systems act for us too ("our billing system overcharged you")' },
];
/** Field staff named with "the", which in an agent's reply are ours. */
export const ORG_THE_STAFF: readonly LexEntry[] = [
  { terms: ['engineer', 'technician', 'fitter', 'installer', 'engineers', 'technicians', 'fitters', 'installers'], note: '"the technician" in our reply is the one we sent' },
];
/** "the driver we use", "the engineer we sent": a third party we chose acts for us. */
export const WE_CHOSE: readonly LexEntry[] = [
  { terms: ['we use', 'we used', 'we sent', 'we hired', 'we booked', 'we appointed', 'we contracted', 'we work with', 'we partner with', 'we chose', 'we employ', 'we arranged'], note: 'a relative clause that makes the third party ours' },
];

/** (a) Predicates that are mishandling whoever the object is, when we are the subject. */
export const MISHANDLING: readonly LexEntry[] = [
  { terms: ['mislaid', 'misplaced', 'lost track of', 'lost sight of'], note: 'losing the customer\'s things' },
  { terms: ['damaged', 'broke', 'broken', 'scratched', 'dented', 'cracked', 'smashed', 'ruined', 'scuffed', 'chipped', 'tore', 'torn', 'bent', 'crushed', 'stained', 'flooded', 'destroyed'], note: 'physical damage' },
  { terms: ['overcharged', 'double-charged', 'double-billed', 'overbilled', 'charged you twice', 'billed you twice', 'charged you double', 'billed you wrongly', 'charged you wrongly', 'charged you the wrong', 'billed you the wrong', 'undercharged'], note: 'billing errors' },
  { terms: ['messed up', 'mixed up', 'muddled up', 'botched', 'bungled', 'fumbled', 'mishandled', 'mismanaged', 'screwed up', 'cocked up', 'slipped up', 'made a mess of', 'made a hash of', 'got it wrong', 'got this wrong', 'got that wrong', 'got things wrong', 'dropped the ball', 'let you down', 'fell short', 'double-booked', 'overbooked'], note: 'general mishandling' },
  { terms: ['mis-shipped', 'misshipped', 'misdelivered', 'misrouted', 'misdirected', 'mislabelled', 'mislabeled', 'misaddressed', 'misspelt', 'misspelled', 'mistyped', 'misread', 'misquoted', 'misinformed', 'misadvised', 'misconfigured', 'miscalculated', 'misfiled', 'misprinted', 'mis-sold', 'missold', 'misunderstood your'], note: 'mis- verbs: the prefix is the admission' },
  { terms: ['overlooked', 'ignored your', 'ignored you', 'neglected', 'forgot about', 'forgot your', 'forgot to', 'forgotten about', 'forgotten your', 'failed to', 'failed you', 'neglected to'], note: 'omissions ("forgot to mention" is excluded in the rule: that is not a failing)' },
  { terms: ['leaked', 'exposed your', 'shared your data', 'disclosed your', 'breached'], note: 'data incidents' },
  { terms: ['cut you off', 'cut off your', 'disconnected you', 'disconnected your', 'switched off your', 'cancelled your booking by', 'locked you out'], note: 'service cut off' },
];
/** Predicates that only admit fault with our systems as subject (a person may do them on request). */
export const SYSTEM_MALFUNCTION: readonly LexEntry[] = [
  { terms: ['deleted', 'wiped', 'erased', 'corrupted', 'overwrote', 'overwritten', 'lost', 'dropped', 'reset', 'cancelled', 'duplicated', 'glitched', 'crashed', 'malfunctioned', 'went down', 'failed'], note: '"our system deleted your designs" is a malfunction, not a request' },
];
/** Predicates that are ordinary work unless the clause also says it went wrong (a WRONGNESS marker). */
export const NEUTRAL_ACTS: readonly LexEntry[] = [
  { terms: ['sent', 'shipped', 'dispatched', 'delivered', 'posted', 'packed', 'packaged', 'addressed', 'routed', 'forwarded', 'returned'], note: 'fulfilment' },
  { terms: ['charged', 'billed', 'invoiced', 'took', 'debited', 'collected', 'processed', 'applied', 'renewed', 'quoted', 'priced'], note: 'money' },
  { terms: ['cancelled', 'closed', 'deleted', 'wiped', 'removed', 'suspended', 'booked', 'scheduled', 'entered', 'typed', 'keyed', 'recorded', 'logged', 'set up', 'configured', 'registered', 'labelled', 'spelt', 'spelled'], note: 'records and bookings' },
  { terms: ['fitted', 'installed', 'connected', 'wired', 'assembled', 'repaired', 'serviced', 'built', 'made', 'cut', 'measured', 'printed', 'engraved', 'placed', 'left', 'put'], note: 'workmanship' },
  { terms: ['gave you', 'told you', 'advised you', 'informed you', 'showed', 'displayed', 'handled', 'treated', 'dealt with', 'managed', 'used', 'ran', 'lost', 'missed', 'delayed', 'held up', 'closed your'], note: 'advice, handling, and verbs like "lost"/"missed" that are ordinary with other objects ("we lost power")' },
];
/** What turns a neutral act into mishandling, anywhere later in the same clause. */
export const WRONGNESS: readonly LexEntry[] = [
  { terms: ['wrong', 'wrongly', 'incorrect', 'incorrectly', 'inaccurate', 'inaccurately', 'misleading', 'bad advice', 'bad information', 'faulty'], note: 'the act was done wrong' },
  { terms: ['by mistake', 'in error', 'by accident', 'accidentally', 'mistakenly', 'erroneously', 'inadvertently', 'without asking', 'without checking', 'without telling you', 'without your permission', 'without your consent', 'without authorisation', 'without authorization'], note: 'the act was not meant' },
  { terms: ['twice', 'two times', 'three times', 'more than once', 'double'], note: 'duplicated' },
  { terms: ['late', 'too late', 'too early', 'badly', 'poorly', 'carelessly', 'improperly', 'unfairly', 'terribly', 'sloppily', 'negligently', 'back to front', 'the wrong way round', 'the wrong way around', 'upside down', 'inside out', 'instead of', 'rather than the', 'not as agreed', 'against your instructions'], note: 'done badly, late, or not as asked' },
  { terms: ['old address', 'previous address', 'former address', 'old flat', 'previous flat', 'old email', 'previous email', 'wrong address'], note: 'sent to where the customer no longer is' },
];
/** Auxiliaries and adverbs allowed between the agent and the predicate; anything else breaks the link. */
export const AFFIRMING_GAP: readonly LexEntry[] = [
  { terms: ["'ve", "'d", 'have', 'has', 'had', 'did', 'was', 'were', 'then', 'also', 'just', 'somehow', 'actually', 'even', 'both', 'all', 'already', 'again', 'clearly', 'obviously', 'really', 'completely', 'totally', 'simply', 'unfortunately', 'sadly', 'honestly', 'must have', 'accidentally', 'mistakenly', 'inadvertently', 'wrongly', 'badly', 'apparently', 'evidently'], note: 'keep the admission an admission ("we\'ve somehow lost …"); modals (may, might, will, could) and negation are not here' },
];

/** Error nouns: "our mistake", "an oversight by our dispatch team", "a glitch on our side". */
export const ERROR_NOUNS: readonly LexEntry[] = [
  { terms: ['mistake', 'mistakes', 'error', 'errors', 'oversight', 'blunder', 'mix-up', 'slip', 'slip-up', 'lapse', 'fault', 'negligence', 'carelessness', 'failure', 'breach', 'glitch', 'bug', 'misconfiguration', 'miscalculation', 'misprint', 'miscommunication', 'cock-up', 'screw-up', 'mess-up', 'balls-up', 'bungle', 'muddle', 'misstep', 'misjudgement', 'misjudgment'], note: 'nouns that name a mistake' },
];
/** Where an error noun is ours: "… by our team", "… on our side", "… in our system". */
export const OURS_AFTER_NOUN: readonly LexEntry[] = [
  { terms: ['on our side', 'on our end', 'on our part', 'at our end', 'our side', 'from our side', 'from our end', 'on my part', 'on my side', 'on my end'], note: 'place phrases that assign the error to us' },
];

/** (c) Whole admission frames that need no separate predicate. */
export const ADMISSION_FRAMES: readonly LexEntry[] = [
  { terms: ['our bad', 'my bad', 'hold our hands up', 'hold my hands up', 'holding our hands up', 'put our hands up', 'own up to', 'we owe you an apology for getting'], note: 'idioms of admission' },
  { terms: ['slipped through the cracks', 'fell through the cracks', 'slipped through the net', 'fell through the net', 'fell between the cracks'], note: 'something was dropped (the agent saying it, about our handling)' },
  { terms: ['not treated you fairly', "n't treated you fairly", 'not handled this well', "n't handled this well", "n't handled this properly", 'not handled this properly', "n't done right by you", 'not done right by you', "n't look after you", "n't looked after you", "n't do our job", "n't done our job", 'not been good enough', "n't been good enough", "n't up to standard", 'not up to standard', 'not up to scratch', "n't up to scratch"], note: 'negated duty: "we haven\'t treated you fairly" admits the failure' },
];
/** "our customer service has been shocking": judging our own conduct. */
export const OUR_CONDUCT: readonly LexEntry[] = [
  { terms: ['service', 'customer service', 'handling', 'communication', 'communications', 'response', 'support', 'aftercare', 'workmanship', 'packaging', 'packing', 'record-keeping', 'follow-up'], note: 'our conduct' },
];
export const BAD_JUDGEMENT: readonly LexEntry[] = [
  { terms: ['shocking', 'poor', 'terrible', 'appalling', 'awful', 'dreadful', 'unacceptable', 'substandard', 'sub-standard', 'below par', 'not good enough', 'careless', 'sloppy', 'negligent', 'inadequate', 'a disgrace', 'disgraceful', 'abysmal', 'woeful', 'lacking', 'at fault', 'to blame'], note: 'verdicts on it' },
];
/** Causal frames: "… is down to a backlog we created", "because of our …". */
export const CAUSE_FRAMES: readonly LexEntry[] = [
  { terms: ['down to', 'because of', 'due to', 'owing to', 'caused by', 'the result of', 'a result of', 'thanks to', 'the fault of', 'the cause was', 'why'], note: 'what introduces a cause' },
];
export const WE_CAUSED: readonly LexEntry[] = [
  { terms: ['we created', 'we caused', 'we introduced', 'we made', 'i caused', 'i made', 'i created', 'our team created', 'our team caused'], note: '"a backlog we created": a cause we own' },
];
