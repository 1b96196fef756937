import { analyzeConversation, createAnalysisCache, type Insight } from '../analysis';
import type { ConversationSnapshot } from '../conversation/types';
import { t } from '../i18n';

/**
 * Reading a long conversation off the panel's main thread.
 *
 * The analysis is linear and capped (lib/language/limits.ts), but at the caps — 200,000
 * characters, read from scratch when a long conversation first opens — it still takes a few
 * hundred milliseconds, long enough to freeze the panel while the agent clicks or scrolls. So a
 * conversation longer than MAIN_THREAD_CHARS is read in a Worker, and the panel shows the
 * conversation at once with a line saying it is still reading. Shorter ones (almost all) are read
 * on the main thread: a round trip would only add a flash of "reading…".
 */
export const MAIN_THREAD_CHARS = 30_000;

/** Characters of message text in a conversation, counted up to `limit` (it stops there). */
export function conversationChars(snapshot: ConversationSnapshot, limit = Number.POSITIVE_INFINITY): number {
  let total = 0;
  for (const message of snapshot.messages) {
    total += message.text.length;
    if (total > limit) break;
  }
  return total;
}

/** Reads a conversation, somewhere: the Worker, or here when the Worker can't. */
export type Analyse = (snapshot: ConversationSnapshot) => Promise<Insight>;

export interface AnalysisRequest {
  id: number;
  snapshot: ConversationSnapshot;
}

/** The Worker's answer, sent as JSON text (see serveAnalysis). */
export type AnalysisReply = { id: number; insight: Insight } | { id: number; error: string };

/** The side of a Worker (or a MessagePort) each end talks through. */
export interface Endpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}

export interface Analyser {
  analyse: Analyse;
  stop(): void;
}

/**
 * The panel's side: sends each conversation to the Worker and matches replies by id. When the
 * Worker cannot start or dies, every waiting and later reading runs on the main thread instead
 * (slower for the panel, never missing): `here` is that reading.
 */
export function analyserOver(start: () => Endpoint & { terminate?(): void }, here: Analyse): Analyser {
  const waiting = new Map<number, { snapshot: ConversationSnapshot; resolve(insight: Insight): void; reject(error: unknown): void }>();
  let nextId = 1;
  let worker: (Endpoint & { terminate?(): void }) | undefined;
  let broken = false;

  const fallBack = () => {
    broken = true;
    worker?.terminate?.();
    worker = undefined;
    for (const [id, job] of waiting) {
      waiting.delete(id);
      here(job.snapshot).then(job.resolve, job.reject);
    }
  };

  const connect = () => {
    try {
      const started = start();
      started.addEventListener('message', ({ data }) => {
        const reply = JSON.parse(data as string) as AnalysisReply;
        const job = waiting.get(reply.id);
        if (!job) return;
        waiting.delete(reply.id);
        if ('insight' in reply) job.resolve(reply.insight);
        else job.reject(new Error(reply.error));
      });
      started.addEventListener('error', fallBack);
      return started;
    } catch {
      broken = true;
      return undefined;
    }
  };

  return {
    analyse(snapshot) {
      if (!broken && !worker) worker = connect();
      if (broken || !worker) return here(snapshot);
      const id = nextId++;
      const request: AnalysisRequest = { id, snapshot };
      return new Promise<Insight>((resolve, reject) => {
        waiting.set(id, { snapshot, resolve, reject });
        try {
          worker!.postMessage(request);
        } catch {
          fallBack(); // a snapshot the Worker can't be sent: read it here
        }
      });
    },
    stop() {
      worker?.terminate?.();
      worker = undefined;
      for (const job of waiting.values()) job.reject(new Error(t('lib.panel.closed')));
      waiting.clear();
    },
  };
}

/**
 * The Worker's side: reads each conversation it is sent, keeping messages it has read before (a
 * conversation that grows costs only its new messages), and answers with the insight or why not.
 */
export function serveAnalysis(scope: Endpoint, read: (snapshot: ConversationSnapshot) => Insight = cachedReader()): void {
  scope.addEventListener('message', ({ data }) => {
    const { id, snapshot } = data as AnalysisRequest;
    let reply: AnalysisReply;
    try {
      reply = { id, insight: read(snapshot) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    // As JSON text: the insight of a long conversation is a large tree of small objects, which the
    // structured clone rebuilds on the panel's thread far more slowly than JSON.parse does.
    scope.postMessage(JSON.stringify(reply));
  });
}

function cachedReader(): (snapshot: ConversationSnapshot) => Insight {
  const cache = createAnalysisCache();
  return (snapshot) => forPanel(analyzeConversation(snapshot, { cache }));
}

/** How many of the newest customer messages keep their own reading when sent to the panel. */
export const SENT_MESSAGE_READINGS = 5;
/** How many "still", "again", "third time" spans are sent (the panel names the distinct words). */
export const SENT_REPEAT_SPANS = 20;

/**
 * The insight as the panel needs it. Every conversation-level finding is kept; of the per-message
 * readings only the newest few (the panel and the suggestions read the latest message, and count
 * them): a 200-message conversation's full reading is megabytes of cue spans, and rebuilding that
 * on the panel's thread would cost what the Worker saved.
 */
export function forPanel(insight: Insight): Insight {
  return {
    ...insight,
    repeatContact: insight.repeatContact.slice(-SENT_REPEAT_SPANS),
    messages: insight.messages.slice(-SENT_MESSAGE_READINGS),
  };
}
