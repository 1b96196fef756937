/**
 * What the message is, beside how the customer feels: a question (or a plain request) the agent
 * should just answer, a problem report, a complaint, a chase ("still no reply"), thanks for
 * something resolved or done, or no request at all. The draft takes its shape from this
 * (docs/principles.md §1 and §3): an answer first for a question, the four points for a problem or
 * complaint, a short warm note for thanks, nothing case-like for chatter.
 *
 * A thank-you or praise word beside a problem ("Great, another week with no internet. Thanks a
 * lot.") is never satisfaction: the message is read by its problem, and the caller drops the
 * satisfaction it would otherwise show.
 */
import type { EmotionResult } from './emotion';
import type { ComplaintResult } from './complaint';
import type { LexiconHits } from './lexicon-hits';
import { isClauseEnd, type Token } from './tokenize';
import type { MessageKind, TextSpan } from './types';
import { MY_PEOPLE } from './people';

/** Words that open a direct question ("where is …", "can you …"), general English. */
const QUESTION_OPENERS = new Set([
  'what', "what's", 'when', 'where', "where's", 'why', 'how', "how's", 'which', 'who', "who's", 'whose',
  'can', 'could', 'will', 'would', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'should', 'may', 'shall', 'am',
  "isn't", "aren't", "don't", "doesn't", "didn't", "can't", "won't", "haven't", "hasn't", "wasn't",
]);
/** Words before the question's own opener that do not change it ("hi, where is …", "so how do I …"). */
const LEAD_INS = new Set(['hi', 'hello', 'hey', 'dear', 'so', 'ok', 'okay', 'also', 'and', 'but', 'please', 'just', 'quick', 'question', 'um', 'well', 'team', 'there']);
/** An auxiliary opens a question only when a subject follows it ("is my order …", not "is broken"). */
const SUBJECT_AFTER_AUX = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'this', 'that', 'my', 'your', 'our', 'the', 'a', 'an', 'anyone', 'someone', 'somebody', 'anybody',
]);
const AUXILIARIES = new Set([...QUESTION_OPENERS].filter((w) => !/^(?:what|when|where|why|how|which|who|whose)/.test(w)));
/** Verbs that open a request when the writer leaves out "I" ("need a copy of my bill"). */
const SUBJECTLESS_REQUEST = new Set(['need', 'needing', 'want', 'wanting', 'require', 'requesting', 'requires']);
/** A wish said by its writer with a word between ("I'm needing", "we would still like", "I really need"). */
const WISHERS = new Set(['i', "i'm", 'im', 'we', "we're", "i'd", "we'd"]);
const BETWEEN = new Set(['still', 'really', 'just', 'also', 'now', 'urgently', 'actually', 'am', 'are', 'would']);
const WISHES = new Set(['need', 'needing', 'want', 'wanting', 'like', 'require', 'requesting']);
function hedgedRequest(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (!WISHES.has((tokens[i] as Token).text)) continue;
    const one = tokens[i - 1]?.text ?? '';
    // "I'm needing …": the writer's own wish, said in the progressive.
    if ((one === "i'm" || one === 'im') && (tokens[i] as Token).text.endsWith('ing')) return true;
    // "would like" and "I'd like" alone are the politeness lexicon's; here the forms it misses:
    // up to two words between the writer and the wish ("we would still like").
    let k = i - 1;
    while (k >= i - 2 && BETWEEN.has(tokens[k]?.text ?? '')) k--;
    if (k < i - 1 && WISHERS.has(tokens[k]?.text ?? '') && tokens[i + 1]?.kind === 'word') return true;
  }
  return false;
}
/** Indirect questions and asking formulae ("I'd like to know", "wondering if"). */
const ASKING_WORDS = new Set(['wondering', 'wonder', 'know', 'advise', 'clarify', 'confirm', 'explain']);

/**
 * Praise said with a problem, the common shapes of irony in English: a praise word opening a
 * sentence on its own ("Great, …", "Oh brilliant."), or a stock phrase ("thanks a lot", "thanks for
 * nothing", "just great", "so much for", "love it when", "well done").
 */
const IRONIC_OPENERS = new Set([
  'great', 'brilliant', 'fantastic', 'perfect', 'lovely', 'wonderful', 'awesome', 'nice',
  'excellent', 'superb', 'amazing', 'terrific', 'marvellous', 'marvelous', 'splendid', 'wow',
]);
const IRONIC_PHRASES: readonly (readonly string[])[] = [
  ['thanks', 'a', 'lot'], ['thanks', 'for', 'nothing'], ['just', 'great'], ['so', 'much', 'for'], ['love', 'it', 'when'], ['love', 'how'],
  ['well', 'done'], ['great', 'job'], ['nice', 'one'], ['good', 'job'], ['thanks', 'again'],
];

function ironyCue(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const before = tokens[i - 1];
    const atStart = before === undefined || before.kind === 'punct' || before.kind === 'break' || (before.text === 'oh' && (tokens[i - 2] === undefined || tokens[i - 2]?.kind !== 'word'));
    const after = tokens[i + 1];
    if (atStart && IRONIC_OPENERS.has(t.text) && (after === undefined || after.kind !== 'word' || after.text === 'another' || after.text === 'again')) return true;
    for (const phrase of IRONIC_PHRASES) {
      if (phrase.every((w, k) => tokens[i + k]?.text === w)) return true;
    }
  }
  return false;
}

/**
 * Praise heaped on what they must pay for ("such thrilling features, for only another $20 a year"):
 * an intensifier before a praise word, beside a cost or a repeat — sarcasm, never satisfaction.
 */
const HEAPED = new Set(['such', 'so', 'how', 'truly']);
const PRAISED = new Set([...IRONIC_OPENERS, 'exciting', 'thrilling', 'generous', 'helpful', 'useful', 'fun', 'good', 'kind']);
const COST = new Set(['pay', 'paying', 'paid', 'charge', 'charged', 'charging', 'fee', 'fees', 'price', 'cost', 'costs', 'another', 'extra']);
function praiseOverCost(text: string, tokens: readonly Token[]): boolean {
  const heaped = tokens.some((t, i) => HEAPED.has(t.text) && PRAISED.has(tokens[i + 1]?.text ?? ''));
  return heaped && (/[$£€]\s?\d/.test(text) || tokens.some((t) => COST.has(t.text)));
}

/** The customer's things or ours: what a report about their case names. */
const POSSESSIVES = new Set(['my', 'our', 'your', 'ur', 'mine']);
/** Words that deny something happened or works ("hasn't arrived", "never came", "no signal"). */
const NEGATIONS = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'cannot',
  "can't", "isn't", "hasn't", "haven't", "didn't", "doesn't", "won't", "wasn't", "aren't", "don't", "couldn't", "wouldn't",
  'cant', 'isnt', 'hasnt', 'didnt', 'doesnt', 'wont', 'dont',
]);
/** How strongly worried or confused a message must read to be a problem without a problem word. */
const TROUBLED_FLOOR = 0.5;

function aboutTheirCase(tokens: readonly Token[]): boolean {
  // "my cousin", "my kids": people are not a case.
  return tokens.some((t, i) => t.kind === 'word' && POSSESSIVES.has(t.text) && !PEOPLE.has(tokens[i + 1]?.text ?? ''));
}

/** Words by which a message speaks to the company, or of it ("you", "ur", "y'all"). */
const ADDRESSEE = new Set(['you', 'your', 'yours', 'u', 'ur', 'ya', 'yall', "y'all", "you're", "you've", "you'll", "you'd", 'youre', 'yourself']);
/** People (and pets) a customer calls "my": a message about them is not about their case. */
const PEOPLE = new Set([
  ...MY_PEOPLE,
  'older', 'younger', 'little', 'best', 'niece', 'nephew', 'cousin', 'cousins', 'aunt', 'uncle', 'grandma', 'grandpa', 'mate', 'mates',
  'neighbour', 'neighbor', 'teacher', 'colleague', 'colleagues', 'fav', 'favourite', 'favorite', 'own',
]);
/** The things of a service a complaint is about, general customer-service English. */
const SERVICE_WORDS = new Set([
  'service', 'customer', 'order', 'orders', 'account', 'delivery', 'delivered', 'app', 'website', 'site', 'store', 'shop', 'staff', 'support',
  'refund', 'card', 'payment', 'package', 'parcel', 'bill', 'billing', 'charge', 'charged', 'fee', 'fees', 'subscription', 'flight', 'booking',
  'ticket', 'reservation', 'product', 'price', 'driver', 'branch', 'company', 'power', 'internet', 'wifi', 'signal', 'connection', 'update',
  'manager', 'agent', 'rep', 'password', 'login', 'code', 'item', 'items', 'purchase', 'stock', 'network', 'outage', 'engineer', 'warranty',
  'arrive', 'arrived', 'arriving', 'shipped', 'shipping', 'sent', 'told', 'reply', 'replied', 'responded', 'response', 'answer', 'answered',
  'tracking', 'withdrawal', 'transfer', 'top-up', 'balance', 'invoice', 'receipt', 'voucher', 'coupon', 'discount', 'pin',
]);

/** The message names a thing a service has ("the tracking page", "no one replied"). */
function namesService(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && SERVICE_WORDS.has(t.text));
}

/** The message speaks to us or names a thing a service has ("your website", "no one replied"). */
function speaksOfService(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && (ADDRESSEE.has(t.text) || SERVICE_WORDS.has(t.text)));
}

/** Someone else as the subject: a message about him or her is about a third party. */
const OTHERS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', "he's", "she's", "he'd", "she'd", "he'll", "she'll", 'himself', 'herself']);
function aboutOthers(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && OTHERS.has(t.text));
}

/**
 * Whether the message is aimed at the company or the customer's own case: it speaks to us ("you",
 * "ur"), names something of theirs that is not a person ("my card", not "my daughter"), says "me",
 * or names a thing a service has. Chatter, quotes and opinions about third parties do none of these.
 */
function aimedAtUs(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (ADDRESSEE.has(t.text) || t.text === 'me' || t.text === 'this' || SERVICE_WORDS.has(t.text)) return true;
    if (POSSESSIVES.has(t.text) && t.text !== 'your' && t.text !== 'ur') {
      const next = tokens[i + 1];
      if (next && next.kind === 'word' && !PEOPLE.has(next.text)) return true;
    }
  }
  return false;
}

/**
 * Set phrases whose negative word denies nothing ("can't wait", "no worries", "not bad",
 * "couldn't be happier"): eagerness, reassurance or praise, never a report that something failed.
 */
const NOT_A_DENIAL: readonly (readonly string[])[] = [
  ["can't", 'wait'], ['cannot', 'wait'],
  ['no', 'worries'], ['no', 'problem'], ['no', 'problems'], ['not', 'bad'], ["can't", 'complain'],
  ["couldn't", 'be', 'happier'], ["couldn't", 'be', 'better'], ["can't", 'thank'], ['never', 'disappoints'],
];

function negated(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !(NEGATIONS.has(t.text) || t.text.endsWith("n't"))) continue;
    if (NOT_A_DENIAL.some((phrase) => phrase.every((w, k) => tokens[i + k]?.text === w))) continue;
    if (t.text === 'not' && tokens[i - 1]?.text === 'can' && tokens[i + 1]?.text === 'wait') continue; // "can not wait"
    return true;
  }
  return false;
}

function troubledFeeling(feeling: EmotionResult): number {
  let most = 0;
  for (const s of feeling.scores) if (s.label === 'anxiety' || s.label === 'confusion' || s.label === 'frustration' || s.label === 'disappointment') most = Math.max(most, s.intensity);
  return most;
}

/** How strong a reported problem must be to make the message a problem report. */
const PROBLEM_FLOOR = 0.3;
/** A problem this clear makes the message a problem report even beside praise. */
const STRONG_PROBLEM = 0.5;
/** How strong the customer's repeat cues must be to make it a chase. */
const CHASE_FLOOR = 0.5;
const NEGATIVE_FLOOR = 0.3;

export interface MessageKindReading {
  kind: MessageKind;
  /** The message asks something: a "?", a question's word order, or "I'd like to know". */
  asks: boolean;
  /** The customer asks for something to be done ("I want to cancel", "please send"). */
  requests: boolean;
  /** Thanks or praise beside a problem, a complaint or a chase: read as irony or politeness, never as satisfaction. */
  praiseWithProblem: boolean;
  /** The words that made it a chase, a problem or a question, for the panel. */
  spans: TextSpan[];
}

function firstWords(tokens: readonly Token[]): number[] {
  // The index of the first word of each sentence, after lead-ins.
  const out: number[] = [];
  let atStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' || (t.kind === 'break' && isClauseEnd(t) && t.text !== ',')) {
      atStart = true;
      continue;
    }
    if (!atStart || t.kind !== 'word') continue;
    if (LEAD_INS.has(t.text)) continue;
    out.push(i);
    atStart = false;
  }
  return out;
}

/** Words after a question word that keep it a question ("how much", "what time", "how to"). */
const WH_FOLLOWERS = new Set(['much', 'many', 'long', 'often', 'far', 'soon', 'to', 'else', 'exactly', 'kind', 'type', 'time', 'sort', 'way', 'if']);
/** An auxiliary followed by its subject within the next few words ("what steps do I take"). */
function questionOrderAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 5 && k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (AUXILIARIES.has(t.text) && SUBJECT_AFTER_AUX.has((tokens[k + 1] as Token).text)) return true;
  }
  return false;
}

function asksSomething(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'punct' && t.text.includes('?')) return true;
  for (const i of firstWords(tokens)) {
    const word = (tokens[i] as Token).text;
    const next = tokens[i + 1];
    if (!QUESTION_OPENERS.has(word) || !next || next.kind !== 'word') continue;
    if (!AUXILIARIES.has(word)) {
      // Without a "?", a question word opens a question only in question order ("how do I …",
      // "where in the app can I …", "how much is …"); "when I can't sleep I …" is a statement.
      if (AUXILIARIES.has(next.text) || WH_FOLLOWERS.has(next.text) || word.includes("'")) return true;
      if (questionOrderAhead(tokens, i + 1)) return true;
      continue;
    }
    if (SUBJECT_AFTER_AUX.has(next.text)) return true;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!ASKING_WORDS.has(t.text)) continue;
    const before = tokens[i - 1]?.text ?? '';
    const after = tokens[i + 1]?.text ?? '';
    // "I'd like to know", "wondering if/whether/when", "please advise", "can you confirm".
    if (t.text === 'wondering' || t.text === 'wonder') {
      if (['if', 'whether', 'when', 'why', 'how', 'what', 'where', 'who'].includes(after)) return true;
    } else if (t.text === 'know') {
      if (before === 'to' && ['if', 'whether', 'when', 'why', 'how', 'what', 'where', 'who', 'which'].includes(after)) return true;
    } else if (before === 'please' || before === 'to') {
      return true;
    }
  }
  return false;
}

export function readMessageKind(
  text: string,
  tokens: readonly Token[],
  hits: LexiconHits,
  feeling: EmotionResult,
  complaint: ComplaintResult,
  repeat: number,
): MessageKindReading {
  const asks = asksSomething(tokens);
  let requests = false;
  let thanks = false;
  for (const m of hits.politeness) {
    if (m.payload.role === 'request') requests = true;
    if (m.payload.role === 'thanks') thanks = true;
  }
  // A request with its "I" dropped, as people write in a hurry: "need the invoice re-sent".
  if (firstWords(tokens).some((i) => SUBJECTLESS_REQUEST.has((tokens[i] as Token).text))) requests = true;
  // … or with a word between them: "I'm needing to cancel", "we would still like our discount".
  if (hedgedRequest(tokens)) requests = true;
  let satisfaction = 0;
  let negativeFelt = 0;
  for (const s of feeling.scores) if (s.label === 'satisfaction') satisfaction = s.intensity;
  // Only the customer's own feeling words count here: the reading also borrows frustration from
  // "again" or anger from "cancel", which a plain request uses too.
  for (const c of feeling.cues) {
    if (c.emotion === 'anger' || c.emotion === 'frustration' || c.emotion === 'disappointment') negativeFelt = Math.max(negativeFelt, c.weight);
  }
  if (feeling.signals.caps.length >= 2) negativeFelt = Math.max(negativeFelt, 0.5);
  const f = complaint.features;
  const problem = complaint.problem;
  const reproach = Math.max(f.accusation ?? 0, f.blame ?? 0);
  const spans: TextSpan[] = [];
  const span = (from: number, to: number): TextSpan => {
    const start = tokens[from]?.start ?? 0;
    const end = tokens[to - 1]?.end ?? start;
    return { start, end, text: text.slice(start, end) };
  };

  // Praise beside a problem, or beside "again"/"still" ("Well done, late again"), is irony.
  const irony = (problem >= PROBLEM_FLOOR || repeat > 0) && ironyCue(tokens);
  // Their own praise, not irony, with at most a slight problem ("It's not late. I'm happy.").
  // Unkind beside the praise word: something of theirs (or to them) did not happen ("… and I'm not
  // allowed to use my code", "no one answered me"), or a word of their own anger — praise then is
  // sarcasm or a passing word, never satisfaction. A thank-you keeps it thanks ("I was furious, but
  // thank you, it works now").
  // Their own feeling said as theirs ("I am annoyed") is aimed at whoever reads it.
  const aimed = aimedAtUs(tokens) || (negativeFelt >= NEGATIVE_FLOOR && tokens.some((t) => t.text === 'i' || t.text === "i'm"));
  const unkind = !thanks && ((negated(tokens) && speaksOfService(tokens)) || negativeFelt >= NEGATIVE_FLOOR || praiseOverCost(text, tokens));
  const pleased = feeling.reading.label === 'satisfaction' && !irony && !unkind && problem < STRONG_PROBLEM;
  const hasProblem = !pleased && complaint.complaint && (problem >= PROBLEM_FLOOR || negativeFelt >= NEGATIVE_FLOOR || reproach >= 0.45);
  const negative = negativeFelt >= NEGATIVE_FLOOR || reproach >= 0.45 || irony;
  let kind: MessageKind;
  if (repeat >= CHASE_FLOOR && (hasProblem || asks || requests || negative || complaint.complaint)) {
    kind = 'chase';
    for (const m of hits.repeat) spans.push(span(m.from, m.to));
  } else if (hasProblem) {
    kind = negative ? 'complaint' : 'problem';
    for (const m of hits.complaint) if (m.payload.signal === 'problem') spans.push(span(m.from, m.to));
  } else if (!pleased && (problem >= STRONG_PROBLEM || (problem >= PROBLEM_FLOOR && satisfaction < PROBLEM_FLOOR))) {
    // A fault reported calmly ("the other issue is that the page reloads"), thanks or not.
    kind = 'problem';
    for (const m of hits.complaint) if (m.payload.signal === 'problem') spans.push(span(m.from, m.to));
  } else if (asks || requests) {
    kind = 'question';
  } else if (irony) {
    // Praise said over a problem or a repeat is a complaint in polite words, never thanks.
    kind = 'complaint';
  } else if (pleased || (thanks && negativeFelt < NEGATIVE_FLOOR && problem === 0 && !complaint.complaint)) {
    // A bare thank-you is thanks only with nothing wrong beside it ("thanks. The other issue is …").
    kind = 'thanks';
  } else if (complaint.complaint && negative) {
    kind = 'complaint';
  } else if (!pleased && (aboutTheirCase(tokens) || namesService(tokens)) && (negated(tokens) || troubledFeeling(feeling) >= TROUBLED_FLOOR)) {
    // Something of theirs (or ours, or a thing a service has) that does not work or has not
    // happened, or that worries or confuses them, said without a problem word: a problem report.
    kind = 'problem';
  } else {
    kind = 'no-request';
  }
  // Banter and chatter that speak neither to us nor of their case (an opinion about a game, a quote,
  // a joke about a third party) are no case to open, however strong the feeling: a calm problem
  // that asks is a question; the rest asks for nothing. A question without a "?" is held to the same.
  // Only when it is plainly about someone else (he, she) or names no fault at all: "the mug arrived
  // cracked" names no "my" or "you" and is still a problem.
  const others = aboutOthers(tokens);
  if (!aimed && repeat < CHASE_FLOOR && (others || (problem < PROBLEM_FLOOR && negativeFelt < NEGATIVE_FLOOR))) {
    const marked = tokens.some((t) => t.kind === 'punct' && t.text.includes('?'));
    if (kind === 'problem' || kind === 'complaint') kind = kind === 'problem' && asks ? 'question' : 'no-request';
    else if (kind === 'question' && others && !marked && !requests) kind = 'no-request';
  }
  // Irony, or a thank-you that is manners beside a problem: their satisfaction is not counted.
  const praiseWithProblem = (kind === 'chase' || kind === 'complaint' || kind === 'problem') && (irony || thanks);
  return { kind, asks, requests, praiseWithProblem, spans };
}
