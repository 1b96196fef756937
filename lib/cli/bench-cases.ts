/**
 * The analysis speed cases, for `tactful bench`: one 1,000-character message, a
 * 200-message conversation analysed from scratch (200 customer messages, the worst case: agents'
 * messages are skipped), and the incremental update after one new customer message. Each case is a
 * function to time; `runAnalysisBench` times them here (median of warm runs) for callers that just
 * want the figures.
 */
import type { ConversationSnapshot, Message } from '../conversation/types';
import { analyzeConversation, createAnalysisCache } from '../analysis/analyze-conversation';
import { analyzeMessage } from '../analysis/analyze-message';
import type { Insight } from '../analysis/types';

const SENTENCES = [
  "Hi, I ordered a lamp two weeks ago and it still hasn't arrived.",
  'This is the third time I have contacted you and nobody has replied!!',
  'Could you tell me which address my order will be sent to? Thanks.',
  "I'm really worried, I need it before Saturday because my flight is tomorrow morning.",
  "The app keeps crashing when I try to log in and I don't understand the error.",
  'I was charged twice on my credit card, please refund the second payment ASAP.',
  'Thanks so much, that fixed it, really appreciate your help 😊',
  'Honestly this is ridiculous, I will cancel my subscription and leave a bad review.',
  'The mug arrived cracked and the handle is broken, what a waste of money.',
  "Not happy at all with the service, the agent on the phone was rude and hung up on me.",
];

/** A customer message of exactly `length` characters, built from varied support sentences. */
export function benchMessage(length = 1000, seed = 0): string {
  let text = '';
  for (let i = seed; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length] ?? ''} `;
  return text.slice(0, length);
}

/** A conversation of `count` messages; `customerShare` of them from the customer (1 = all). */
export function benchConversation(count = 200, customerShare = 1): ConversationSnapshot {
  const messages: Message[] = [];
  for (let i = 0; i < count; i++) {
    const customer = customerShare >= 1 || i % Math.round(1 / customerShare) === 0;
    // Every message distinct (the cache is keyed by text), 25–165 characters (about 95 on average, a chat reply).
    const text = `${benchMessage(20 + ((i * 37) % 140), i)} (#${i})`;
    messages.push({ role: customer ? 'customer' : 'agent', text });
  }
  return { helpdesk: 'generic', url: 'https://help.example.com/t/bench', customer: {}, messages, composer: { found: false }, confidence: 1 };
}

export interface AnalysisBenchCase {
  name: string;
  /** Milliseconds goal, when there is one. */
  goal?: number;
  /** Called once before timing (warm-up, state). */
  setup?: () => void;
  /** The work timed, one run. */
  run: () => unknown;
}

/** The cases `tactful bench` times. Each call builds fresh inputs. */
export function analysisBenchCases(): AnalysisBenchCase[] {
  const message = benchMessage(1000);
  const conversation = benchConversation(200, 1);
  const mixed = benchConversation(200, 0.5);
  const previousSnapshot: ConversationSnapshot = { ...conversation, messages: conversation.messages.slice(0, -1) };
  let previous: Insight | undefined;
  let cache = createAnalysisCache();
  let n = 0;
  return [
    { name: 'analysis: one 1,000-character message', run: () => analyzeMessage(`${message}${n++ % 2 ? '' : ' '}`) },
    {
      name: 'analysis: 200-message conversation from scratch (200 customer messages)',
      goal: 5,
      run: () => analyzeConversation(conversation, { cache: createAnalysisCache() }),
    },
    {
      name: 'analysis: 200-message conversation from scratch (100 customer, 100 agent)',
      goal: 5,
      run: () => analyzeConversation(mixed, { cache: createAnalysisCache() }),
    },
    {
      name: 'analysis: incremental update after one new message (200 customer messages)',
      goal: 0.5,
      setup: () => {
        cache = createAnalysisCache();
        previous = analyzeConversation(previousSnapshot, { cache });
      },
      run: () => {
        // The new message is analysed; the 199 before it come from the previous insight.
        const last = conversation.messages[conversation.messages.length - 1] as Message;
        const fresh: ConversationSnapshot = { ...conversation, messages: [...previousSnapshot.messages, { ...last, text: `${last.text} ${n++}` }] };
        return analyzeConversation(fresh, { cache: createAnalysisCache(), ...(previous ? { previous } : {}) });
      },
    },
  ];
}

export interface AnalysisBenchFigure {
  name: string;
  ms: number;
  goal?: number;
  min: number;
  max: number;
}

/** Times every case: `warmup` untimed runs, then the median of `runs` timed ones. */
export function runAnalysisBench(runs = 31, warmup = 10, now: () => number = () => performance.now()): AnalysisBenchFigure[] {
  return analysisBenchCases().map((c) => {
    c.setup?.();
    for (let i = 0; i < warmup; i++) c.run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = now();
      c.run();
      times.push(now() - t0);
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)] ?? 0;
    return { name: c.name, ms, ...(c.goal !== undefined ? { goal: c.goal } : {}), min: times[0] ?? 0, max: times[times.length - 1] ?? 0 };
  });
}

/**
 * A realistic 1,000-character agent draft (e-mail with a quoted customer message), for the
 * benchmark: `npm run bench` times `checkDraft(BENCHMARK_DRAFT)`.
 */
export const BENCHMARK_DRAFT = (() => {
  const body =
    'Hi Sarah,\n\nThanks for getting in touch, and I\'m so sorry your parcel still hasn\'t arrived. So the ' +
    'order you placed on Monday should have been with you by Thursday, and it sounds like the tracking ' +
    'hasn\'t moved since. I understand how frustrating that is, especially with the party this weekend.\n\n' +
    'I\'m looking after this myself. I\'ve asked the courier to trace it and I\'ll have an answer for you ' +
    'by 3pm on Wednesday. If it can\'t be found, I\'ll send a replacement by express delivery so it reaches ' +
    'you before Saturday. If anything changes before then, I\'ll let you know straight away.\n\nKind regards,\nAlex\n\n' +
    'On Mon, 3 Jun 2024 at 10:02, Sarah Jones <sarah@example.com> wrote:\n> Where is my order?? It was ' +
    'supposed to come on Thursday and nobody has told me anything. This is the second time this has happened.\n';
  const padded = body + '> '.padEnd(1000 - body.length, 'x');
  return padded.slice(0, 1000);
})();
