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
  return tokens.some((t) => t.kind === 'word' && POSSESSIVES.has(t.text));
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

function asksSomething(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'punct' && t.text.includes('?')) return true;
  for (const i of firstWords(tokens)) {
    const word = (tokens[i] as Token).text;
    const next = tokens[i + 1];
    if (!QUESTION_OPENERS.has(word) || !next || next.kind !== 'word') continue;
    if (!AUXILIARIES.has(word)) return true;
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
  const pleased = feeling.reading.label === 'satisfaction' && !irony && problem < STRONG_PROBLEM;
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
  } else if (!pleased && aboutTheirCase(tokens) && (negated(tokens) || troubledFeeling(feeling) >= TROUBLED_FLOOR)) {
    // Something of theirs (or ours) that does not work or has not happened, or that worries or
    // confuses them, said without a problem word: a problem report, not chatter.
    kind = 'problem';
  } else {
    kind = 'no-request';
  }
  // Irony, or a thank-you that is manners beside a problem: their satisfaction is not counted.
  const praiseWithProblem = (kind === 'chase' || kind === 'complaint' || kind === 'problem') && (irony || thanks);
  return { kind, asks, requests, praiseWithProblem, spans };
}
