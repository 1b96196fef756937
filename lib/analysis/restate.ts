/**
 * Saying the customer's words back so that every sentence stays grammatical (docs/principles.md §3):
 *
 * - `restatement(phrase)`: a mirror phrase from `mirror.ts` is kept only when it is a clause with a
 *   subject and a verb, asks nothing, and has no first person left in it ("your parcel still hasn't
 *   arrived"). A fragment with no subject is completed when English allows it ("been waiting three
 *   weeks" → "you've been waiting three weeks", "no reply from anyone" → "you've had no reply from
 *   anyone"); anything else is dropped. A question is never restated as a statement.
 * - `restateQuestion(text)`: their question as an embedded clause for "You asked …" ("Can you send
 *   the invoice again?" → "whether we can send the invoice again", "Why hasn't my refund arrived?"
 *   → "why your refund hasn't arrived"), or nothing when it cannot be turned safely.
 *
 * Part-of-speech work (is there a verb, where does the subject end, which form a verb takes after
 * "does"/"did") is done by compromise, a maintained English NLP library: hand-written word lists
 * cannot tell "my order is late" (a clause) from "terrible service today" (a fragment), nor
 * "does delivery take" → "delivery takes". It runs only on the few phrases an insight keeps, and its
 * results are cached by text, so the per-message analysis stays fast.
 */
import nlp from 'compromise/three';
import type { MirrorPhrase } from './types';
import { MY_PEOPLE } from './people';

/** Words of the customer's side turned to the agent's: "my" → "your", and the company's "you" → "we". */
const TURN: Record<string, string> = {
  i: 'you', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  we: 'you', "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll", us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves',
  you: 'we', your: 'our', yours: 'ours', "you're": "we're", "you've": "we've", "you'll": "we'll", "you'd": "we'd", yourself: 'ourselves', u: 'we', ur: 'our',
};
/** After turning, these verbs agree with the new subject ("I am" → "you are", "you were" → "we were"). */
const AGREE: Record<string, Record<string, string>> = {
  you: { am: 'are', was: 'were', "wasn't": "weren't" },
};
/** Praise inside a problem is irony ("wow, fantastic service, …"): said back it would mock them. */
const PRAISE = /\b(?:great|fantastic|wonderful|brilliant|amazing|awesome|lovely|perfect|thanks?|thank you|love|nice|excellent|superb|wow|cheers|lol)\b/i;
/** A question inside a clause: "what's the issue", "and should you cancel it". */
const INNER_QUESTION = /\b(?:what|why|how|where|when|who)(?:'s| is| are| do| does| did| can| will)\b|\b(?:should|shall|can|could|will|would|do|does|did|is|are) (?:you|we|i|they)\b/i;
const FIRST_PERSON = /\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b/i;
const WH = new Set(['what', 'when', 'where', 'why', 'how', 'which', 'who', 'whose']);
const DO = new Set(['do', 'does', 'did']);
const AUX = new Set([
  'is', 'are', 'was', 'were', 'am', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had',
  "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't",
  "don't", "doesn't", "didn't", 'do', 'does', 'did',
]);
/**
 * Chat shorthand and interjections: an agent does not say "bk", "n" or "omg" back to a customer,
 * and a phrase opening with "oh no" or "FYI" is their aside, not a clause to report.
 */
const SHORTHAND = new Set([
  'bk', 'bt', 'n', 'u', 'ur', 'r', 'y', 'k', 'b4', 'cuz', 'coz', 'bc', 'cos', 'thx', 'thnx', 'pls', 'plz', 'idk', 'smh', 'tbh', 'imo', 'imho', 'fyi', 'btw',
  'lol', 'lmao', 'omg', 'wtf', 'af', 'rn', 'ppl', 'govt', 'cust', 'serv', 'acct', 'fav', 'fave', 'w/', 'w/o', 'dm', 'dms', 'tho', 'tho.', 'gonna', 'wanna', 'gotta', 'ya', 'yall', "y'all",
]);
/**
 * Their thoughts about their own thinking ("you don't know why you didn't expect …", "you wonder
 * whether …"): said back by the agent these read as a garble or a put-down, never as their issue.
 */
const THOUGHT = new RegExp(
  "\\b(?:don't|do not|didn't|did not|doesn't|does not|never|can't|cannot)\\s+(?:know|understand|think|expect|remember|get why|see why)\\b" +
    '|\\b(?:know|knew|understand|think|thought|guess|wonder|wondered|wondering|expect|expected|believe|remember|realise|realize|suppose|assume)' +
    '\\s+(?:why|what|how|if|whether|when|where|who)\\b',
  'i',
);
/** Reported speech: what follows "told you" / "said" must be a clause of its own ("told you too bad" is not). */
const REPORTED = /\b(?:told|said|says|tell|tells)(?:\s+(?:you|us|them|him|her))?\s+(.+)$/i;
const INTERJECTION_FIRST = /^(?:oh|ah|aw|ugh|urgh|argh|omg|wow|yay|hmm+|meh|ouch|damn|lol|haha\w*|yes|yeah|yep|nope|ok|okay|well|anyway|fyi|btw|tbh|imo|smh)\b/i;
const LEAD_INS = new Set(['hi', 'hello', 'hey', 'so', 'ok', 'okay', 'also', 'and', 'but', 'please', 'just', 'um', 'well', 'quick', 'question', 'sorry']);
/** Subjects a fragment may be given: only the customer, never a claim about anyone else. */
const MAX_WORDS = 18;
const LIMIT = 500;

const cache = new Map<string, string | null>();
function cached(key: string, make: () => string | null): string | null {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (cache.size >= LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, value);
  return value;
}

interface Clause {
  subject: string;
  verb: string;
}

function clauseOf(text: string): Clause {
  const json = nlp(text).sentences().json() as Array<{ sentence?: { subject?: string; verb?: string } }>;
  const first = json[0]?.sentence;
  return { subject: first?.subject?.trim() ?? '', verb: first?.verb?.trim() ?? '' };
}

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

const REFERENCE_FIRST = /^(?:(?:this|that|these|those)(?:\s+(?:one|ones|option|thing|things|stuff|issue|problem))?|it)\s+/i;
/**
 * Words compromise can read as nouns that name no thing ("still", "forever"). A time is kept as a
 * thing: "this is the third time you've asked" refers to the situation and reads well said back.
 */
const NOT_A_REFERENT = new Set(['still', 'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'anymore', 'forever', 'ages', 'lot', 'bit']);

/** A clause that opens with "this", "it" or "that option" and names no thing after it. */
function pointsAtNothing(text: string): boolean {
  const opening = REFERENCE_FIRST.exec(text);
  if (!opening) return false;
  const nouns = nlp(text.slice(opening[0].length)).match('(#Noun|#Date|#Value)').not('#Pronoun').out('array') as string[];
  return !nouns.some((noun) => noun.split(/\s+/).some((w) => !NOT_A_REFERENT.has(w.toLowerCase().replace(/[^a-z']/g, ''))));
}

/** Whether the phrase reads as a question (a question mark, or a question's word order). */
function looksLikeQuestion(text: string): boolean {
  if (text.includes('?')) return true;
  const [first, second] = words(text.toLowerCase());
  if (!first) return false;
  if (WH.has(first)) return true;
  return AUX.has(first) && second !== undefined && /^(?:i|you|we|they|he|she|it|there|this|that|my|your|our|the|a|an|anyone|someone)$/.test(second);
}

/**
 * A mirror phrase, checked and completed, or null when it cannot be said back as a sentence part.
 * Always second person: the agent's "you" for the customer.
 */
export function restatement(phrase: string): string | null {
  const text = phrase.replace(/\s+/g, ' ').trim();
  return cached(`s\u0000${text}`, () => {
    if (!text || looksLikeQuestion(text) || FIRST_PERSON.test(text) || PRAISE.test(text) || INNER_QUESTION.test(text)) return null;
    // A clause that opens with a preposition or conjunction has lost its head ("on your card that …", "if she …").
    if (/^(?:on|in|at|of|for|from|to|with|by|if|when|because|although|though|but|and|or|so|as|than|anyone|anybody|any)\b/i.test(text)) return null;
    // Someone else's doings are not the customer's situation ("he's always …").
    if (/^(?:he|she|he's|she's|his|her)\b/i.test(text)) return null;
    if (text.includes('…')) return null;
    if (INTERJECTION_FIRST.test(text)) return null;
    if (THOUGHT.test(text.replace(/’/g, "'"))) return null;
    const reported = REPORTED.exec(text);
    if (reported && !nlp(reported[1] as string).has('#Verb')) return null;
    if (words(text).some((w) => SHORTHAND.has(w.toLowerCase().replace(/[.,!;:]+$/, '')))) return null;
    // A possessive with its owner cut off ("year's return is …" from "a previous year's return").
    if (/^[a-z][\w-]*['’]s\b/.test(text)) return null;
    // "the new My Hero arc" turned to "the new your Hero arc": a name, not their possession.
    if (/\b(?:the|a|an|this|that)\s+(?:\w+\s+)?your\b/i.test(text)) return null;
    const n = words(text).length;
    if (n < 3 || n > MAX_WORDS) return null;
    if (/[#@]|https?:|www\./i.test(text) || /^\d/.test(text)) return null;
    // A question folded into the clause ("… or are you stuck on it") is not a statement.
    if (/\b(?:or|and|but) (?:are|is|do|does|did|can|will|would|should|have|has) (?:you|we|i|they|it|there)\b/i.test(text)) return null;
    let candidate = text;
    const lower = text.toLowerCase();
    // Fragments where the subject is plainly the customer: give it back to them.
    if (/^(?:been|had)\b/.test(lower)) candidate = `you've ${text}`;
    else if (/^still (?:waiting|trying|getting)\b/.test(lower)) candidate = `you're ${text}`;
    else if (/^(?:waiting|trying|getting)\b/.test(lower)) candidate = `you've been ${text}`;
    else if (/^no\b/.test(lower) && !/^no (?:one|body)\b/.test(lower)) candidate = `you've had ${text}`;
    // An adverb or a "not" where the subject should be ("still not sent", "never arrived"): no subject to say back.
    if (/^(?:still|not|never|just|already|also|only|really|even)\b/i.test(candidate)) return null;
    const doc = nlp(candidate);
    // A clause opening with its verb has lost its subject ("ordered your phone, …"), and one opening
    // with a bare plural noun has lost its head ("times and have the same problems").
    if ((doc.has('^#Verb') && !doc.has('^#Gerund')) || (doc.has('^#Plural') && !doc.has('^#Pronoun'))) return null;
    const clause = clauseOf(candidate);
    if (!clause.subject || !clause.verb) return null;
    // A clause about "this", "it" or "that option" that names nothing else points back into a
    // sentence we don't say back ("this still isn't working"): the customer hears a reference to
    // nothing. Said back only when it also names a thing ("it charged my card twice").
    if (pointsAtNothing(candidate)) return null;
    // What comes before a comma must be a clause of its own, or the phrase starts mid-sentence
    // ("San Jose, but this drops to 0" said back is half of their comparison).
    const comma = candidate.indexOf(',');
    if (comma > 0 && !nlp(candidate.slice(0, comma)).has('#Verb')) return null;
    // A finite verb, not only "-ing" forms ("every year dealing with …" is a fragment).
    if (!doc.match('#Verb').not('#Gerund').found) return null;
    if (/\b(?:to|of|for|with|on|in|at|from|by|the|a|an|and|or|but|my|your|our)$/i.test(candidate)) return null;
    return candidate;
  });
}

/** Turn one word to the agent's side, keeping a capital only where it is a name. */
function turn(word: string, previous: string | undefined): string {
  const lower = word.toLowerCase();
  if (isAcronym(word)) return word;
  const turned = TURN[lower];
  if (turned !== undefined) return turned;
  const agree = previous !== undefined ? AGREE[previous]?.[lower] : undefined;
  if (agree !== undefined) return agree;
  return word === word.toUpperCase() && word.length > 3 ? lower : word;
}

/** An acronym ("US", "UK") is a name, not a pronoun: left as written. */
function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);
}

function turnAll(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of list) out.push(turn(w, out[out.length - 1]?.toLowerCase()));
  return out;
}

/** "does it take" → "it takes"; "did it arrive" → "it arrived". */
function inflect(auxiliary: string, subject: string, verb: string): string | null {
  if (auxiliary === 'do') return verb;
  const probe = nlp(`${subject === 'I' || subject === 'you' ? 'it' : subject} ${verb}`).verbs();
  const out = (auxiliary === 'did' ? probe.toPastTense() : probe.toPresentTense()).text().trim();
  const last = words(out).pop();
  return last && /^[a-z']+$/i.test(last) ? last : null;
}

function firstQuestion(text: string): string | undefined {
  const sentences = text
    .replace(/https?:\/\/\S+|www\.\S+|@\w+|#\w+/g, ' ')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return sentences.find((s) => s.endsWith('?')) ?? sentences.find((s) => looksLikeQuestion(s.replace(/^[^A-Za-z]+/, '')));
}

/**
 * Their question as an embedded clause ("whether we can send the invoice again"), or undefined.
 */
export function restateQuestion(text: string): MirrorPhrase | undefined {
  const question = firstQuestion(text);
  if (!question) return undefined;
  const result = cached(`q\u0000${question}`, () => embed(question));
  if (!result) return undefined;
  const start = text.indexOf(question);
  return { text: result, source: { start, end: start + question.length, text: question } };
}

function embed(question: string): string | null {
  let list = words(question.replace(/[?!.]+$/, '').replace(/[,;:]+(?=\s|$)/g, '')).filter((w) => !/^(?:please|pls|plz|kindly)$/i.test(w));
  while (list.length > 0 && LEAD_INS.has((list[0] as string).toLowerCase().replace(/[^a-z']/g, ''))) list = list.slice(1);
  if (list.length < 2 || list.length > MAX_WORDS) return null;
  const lower = list.map((w) => w.toLowerCase());
  let i = 0;
  let wh = '';
  if (WH.has(lower[0] as string)) {
    // "how long", "how much", "what time": the question word and the word it asks about.
    const doc = nlp(list.slice(0, 3).join(' '));
    const tags = doc.terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
    const secondTags = tags[1]?.terms[0]?.tags ?? [];
    i = 1;
    if (
      lower[1] !== undefined &&
      !AUX.has(lower[1]) &&
      (secondTags.includes('Adjective') ||
        secondTags.includes('Adverb') ||
        ((lower[0] === 'what' || lower[0] === 'which') && secondTags.includes('Noun')))
    ) {
      i = 2;
    }
    wh = list.slice(0, i).join(' ').toLowerCase();
  }
  const auxiliary = lower[i];
  if (auxiliary === undefined) return null;
  if (!AUX.has(auxiliary)) {
    // "what happened to my order": the question word is the subject; the order stays.
    if (!wh || i !== 1 || !nlp(list.slice(i).join(' ')).has('^#Verb')) return null;
    return finish(`${wh} ${turnAll(list.slice(i)).join(' ')}`);
  }
  // The subject runs from after the auxiliary to the first verb.
  const rest = list.slice(i + 1);
  const terms = nlp(rest.join(' ')).terms().json() as Array<{ text: string; terms: Array<{ tags: string[] }> }>;
  const firstTags = terms[0]?.terms[0]?.tags ?? [];
  if (wh && firstTags.includes('Verb') && !firstTags.includes('Noun')) {
    // "what is going on with my order": the question word is the subject; the order stays.
    return finish(`${wh} ${turnAll(list.slice(i)).join(' ')}`);
  }
  let subjectEnd = -1;
  for (let k = 0; k < terms.length; k++) {
    const tags = terms[k]?.terms[0]?.tags ?? [];
    if (k > 0 && tags.includes('Verb') && !tags.includes('Auxiliary')) {
      subjectEnd = k;
      break;
    }
    if (k > 0 && (tags.includes('Preposition') || tags.includes('Adverb') || tags.includes('Adjective') || tags.includes('Negative')) && !DO.has(auxiliary.replace(/n't$/, ''))) {
      subjectEnd = k;
      break;
    }
  }
  if (terms.length !== rest.length) return null;
  const negatedDo = /^(?:don't|doesn't|didn't)$/.test(auxiliary);
  // "is there a store …": "there" is the whole subject.
  if ((rest[0] ?? '').toLowerCase() === 'there') subjectEnd = 1;
  if (subjectEnd < 0) subjectEnd = DO.has(auxiliary) ? -1 : negatedDo ? rest.length - 1 : rest.length;
  if (subjectEnd <= 0) return null;
  // The subject must end in a noun or pronoun ("the" alone is what is left of "the #driver").
  const subjectTags = terms[subjectEnd - 1]?.terms[0]?.tags ?? [];
  if (!subjectTags.some((t) => t === 'Noun' || t === 'Pronoun' || t === 'ProperNoun') && (rest[0] ?? '').toLowerCase() !== 'there') return null;
  // Nor in a possessive ("why has my direct debit gone …" read with "my" as the whole subject).
  if (/^(?:my|your|our|their|his|her|its)$/i.test(rest[subjectEnd - 1] ?? '')) return null;
  // After "can", "will" and the like the verb must be found, or the subject's end is a guess.
  const modal = /^(?:can|could|will|would|should|shall|may|might|must)$/.test(auxiliary);
  const verbTags = terms[subjectEnd]?.terms[0]?.tags ?? [];
  if (modal && subjectEnd < rest.length && !verbTags.includes('Verb')) return null;
  const subject = turnAll(rest.slice(0, subjectEnd));
  let predicate = turnAll(rest.slice(subjectEnd));
  const subjectText = subject.join(' ');
  let verbGroup: string[];
  // "what do I need to do" keeps its subject ("what you need to do"): "to" only replaces "do I" before the action itself.
  const stance = /^(?:need|have|want|mean|think|know|like|wish|hope|expect|got)$/i.test(predicate[0] ?? '');
  if (DO.has(auxiliary) && wh && auxiliary === 'do' && /^i$/i.test(rest[0] ?? '') && subjectEnd === 1 && !stance) {
    // "how do I reset my password" → "how to reset your password".
    const clause = [wh, 'to', ...predicate].join(' ');
    return FIRST_PERSON.test(clause) ? null : clause;
  }
  if (DO.has(auxiliary)) {
    const [verb, ...after] = predicate;
    if (!verb) return null;
    const inflected = auxiliary === 'do' || (auxiliary === 'does' && /^(?:we|you|they)$/i.test(subjectText)) ? verb : inflect(auxiliary, subjectText, verb);
    if (!inflected) return null;
    verbGroup = [inflected];
    predicate = after;
  } else {
    const first = (subject[0] ?? '').toLowerCase();
    verbGroup = [AGREE[first]?.[auxiliary] ?? (first === 'we' && auxiliary === 'was' ? 'were' : auxiliary)];
    if (first === 'you' && auxiliary === 'am') verbGroup = ['are'];
    if (auxiliary === 'shall') verbGroup = ['should'];
    if (first === 'we' && (auxiliary === 'is' || auxiliary === 'am')) verbGroup = ['are'];
  }
  const lead = wh || 'whether';
  return finish([lead, subjectText, ...verbGroup, ...predicate].join(' '));
}

function finish(clause: string): string | null {
  const text = clause.replace(/\s+/g, ' ').trim();
  if (FIRST_PERSON.test(text) || text.includes('?')) return null;
  if (/\b(?:to|of|for|with|on|in|at|from|by|the|a|an|and|or|but|our|your)$/i.test(text) || text.includes('…')) return null;
  // A second question folded in ("whether your card is stolen and if so should you cancel it").
  if (/\b(?:should|shall|can|could|will|would|do|does|did|is|are) (?:you|we|they)\b/i.test(text.replace(/^\S+\s+/, ''))) return null;
  if (!nlp(text).has('#Verb')) return null;
  return text;
}

/** Filters mirror phrases to those that can be said back, completing fragments. */
export function restatable<T extends MirrorPhrase>(phrases: readonly T[]): T[] {
  const out: T[] = [];
  for (const p of phrases) {
    const text = restatement(p.text);
    if (text) out.push(text === p.text ? p : { ...p, text });
  }
  return out;
}

/** People and times a customer calls "my": never the subject of a service problem. */
const NOT_A_THING = new Set([
  ...MY_PEOPLE,
  'team', 'name', 'day', 'night', 'week', 'weekend', 'time', 'god', 'head',
  // Their feelings and the complaint itself are not things that can have a problem ("your frustration").
  'frustration', 'anger', 'disappointment', 'patience', 'feelings', 'feeling', 'concern', 'concerns', 'worry', 'worries', 'complaint', 'complaints',
  'problem', 'problems', 'issue', 'issues', 'question', 'questions', 'experience', 'fault', 'mistake', 'point', 'thoughts',
]);
/** Their judgement or claim about a thing, left out when the thing is named ("my useless router" → "your router"). */
const JUDGEMENT = new Set([
  'useless', 'stupid', 'terrible', 'awful', 'horrible', 'broken', 'faulty', 'rubbish', 'crap', 'crappy', 'bloody', 'damn', 'poor', 'bad', 'lost', 'stolen',
  'missing', 'late', 'wrong', 'dodgy', 'shocking', 'pathetic', 'slow', 'dead', 'damaged', 'cracked', 'worst', 'fake', 'overpriced', 'expensive', 'cheap',
  // Their fondness for it is theirs to say ("my fav jeans" → "your jeans").
  'fav', 'fave', 'favourite', 'favorite', 'beloved',
]);
/** At most this many words in the thing named ("your top-up", "your home delivery service"). */
const MAX_TOPIC_WORDS = 4;

/**
 * What their message is about, when no clause of it can be said back: the first thing of theirs it
 * names ("my card", "our broadband"), as "there's a problem with your card" — for a message already
 * read as a problem, complaint or chase, said after "From what you've said," or "I'm sorry to hear
 * that", so it reports and never confirms. Null when it names nothing of theirs that could be at fault.
 */
export function restateTopic(text: string): string | null {
  const thing = topicOf(text);
  return thing ? finish(`there's a problem with ${thing}`) : null;
}

/** The first thing of theirs a message names, turned to the agent's side ("your router"), or null. */
export function topicOf(text: string): string | null {
  // Hashtags keep their word ("my #pizza"); handles and links go.
  const clean = text
    .replace(/https?:\/\/\S+|www\.\S+|@\w+/g, ' ')
    .replace(/(?:\s+#\w+)+[\s.!?]*$/, '')
    .replace(/#(?=\w)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return null;
  return cached(`t\u0000${clean}`, () => {
    const doc = nlp(clean);
    const matches = doc.match('(my|our) #Adjective? #Noun+').json() as Array<{ text: string; offset?: { start: number }; terms: Array<{ text: string; tags: string[] }> }>;
    for (const m of matches) {
      const [owner, ...rest] = m.terms;
      // "My Hero" in mid-sentence is a name, not their possession.
      if (!owner || (owner.text === 'My' || owner.text === 'Our') && !/^(?:My|Our)\b/.test(clean) && !/[.!?]\s*$/.test(clean.slice(0, clean.indexOf(m.text)))) continue;
      // The thing itself: its nouns, not their judgement of it ("my useless router" → "your router").
      const thing = rest
        .filter((t) => !JUDGEMENT.has(t.text.toLowerCase()) && ((t.tags.includes('Noun') && !t.tags.includes('Verb')) || t.tags.includes('Adjective')))
        .map((t) => t.text.replace(/[^\p{L}\p{N}'-]+$/u, ''))
        .filter(Boolean);
      const head = (thing[thing.length - 1] ?? '').toLowerCase();
      if (thing.length === 0 || thing.length > MAX_TOPIC_WORDS || !rest.every((t) => t.tags.includes('Noun') || t.tags.includes('Adjective'))) continue;
      // A describing word alone is not a thing ("my new").
      if (!rest.some((t) => t.tags.includes('Noun') && !t.tags.includes('Adjective'))) continue;
      if (thing.some((w) => NOT_A_THING.has(w.toLowerCase()) || /^\d|['’]s$/.test(w) || FIRST_PERSON.test(w))) continue;
      void head;
      // The match must end where the thing does: "my lost boots card" is not about boots.
      const at = clean.indexOf(m.text);
      // Nor where a model number goes on ("my Canon 5D" is not about "your Canon").
      if (at >= 0 && !/[^\w\s]$/.test(m.text) && /^\s*\d/.test(clean.slice(at + m.text.length))) continue;
      const next = at >= 0 ? /^\s+([A-Za-z][\w'-]*)/.exec(clean.slice(at + m.text.length))?.[1] : undefined;
      if (next) {
        const tags = (nlp(next).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
        if (tags.includes('Noun') && !tags.some((t) => t === 'Verb' || t === 'Preposition' || t === 'Conjunction' || t === 'Pronoun' || t === 'Determiner' || t === 'Adverb')) continue;
      }
      return `your ${turnAll(thing).join(' ')}`;
    }
    return null;
  });
}
