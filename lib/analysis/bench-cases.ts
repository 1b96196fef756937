/**
 * The analysis speed cases, for `tactful bench`: one 1,000-character message, a
 * 200-message conversation analysed from scratch (200 customer messages, the worst case: agents'
 * messages are skipped), and the incremental update after one new customer message. Each case is a
 * function to time; `runAnalysisBench` times them here (median of warm runs) for callers that just
 * want the figures.
 */
import type { ConversationSnapshot, Message } from '../conversation/types';
import { analyzeConversation, createAnalysisCache } from './analyze-conversation';
import { analyzeMessage } from './analyze-message';
import type { Insight } from './types';

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
