/**
 * `tactful draft`: what an agent would get for each conversation. Reads one JSON line per
 * conversation — `{"id", "messages": [{"role", "text"}], "customer"?, "channel"?}` — and prints one
 * JSON line with the insight summary, the drafted reply and the top suggestions (the kinds the panel
 * shows), so anyone can read and rate them. Agent and company come from `--agent` and `--company`.
 * As in the panel, `{{timescale}}` is the timescale engine's estimate for the message's category on
 * its channel, counted from `--now` (an ISO time; default: now) on the default team calendar.
 *
 * `--dev-sample <dir>` instead drafts the fixed, documented sample of real customer messages from the
 * development data (see `devSample` below), reading the data at run time: nothing is copied here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { analyzeConversation, createAnalysisCache, type Insight } from '../analysis';
import type { Channel, ConversationSnapshot, Message, Role } from '../conversation/types';
import { builtinPacks } from '../packs/builtin';
import { DEFAULT_TIMESCALE_SETTINGS, estimate, type TimescaleSettings } from '../timescale';
import { draftReply, suggest } from '../suggest';
import { conversationStage } from '../suggest/stage';
import type { SuggestContext } from '../suggest/types';
import { parseCsvRows } from './csv';

const ROLES: readonly Role[] = ['customer', 'agent', 'note', 'system', 'bot'];
const CHANNELS: readonly Channel[] = ['email', 'chat', 'social', 'phone', 'unknown'];
/** What the panel shows under "Say this". */
const SHOWN_KINDS = ['acknowledge', 'empathy', 'apology', 'deescalate'] as const;

export interface DraftInput {
  id: string | number;
  messages: Array<{ role: Role; text: string }>;
  customer?: { name?: string; email?: string };
  channel?: Channel;
  /** Earlier conversations with this customer in the history database. */
  earlierContacts?: number;
}

export interface DraftOptions {
  agent?: string;
  company?: string;
  /** When the reply is written: the timescale is counted from here (default: now). */
  now?: Date;
  /** The team's calendar (default: the built-in one, 09:00–17:00 Monday to Friday, UTC). */
  timescale?: TimescaleSettings;
}

export function readDraftInput(line: string): DraftInput | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected an object {"id","messages"}' };
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' && typeof v.id !== 'number') return { error: '"id" must be a string or a number' };
  if (!Array.isArray(v.messages) || v.messages.length === 0) return { error: '"messages" must be a non-empty list of {"role","text"}' };
  const messages: DraftInput['messages'] = [];
  for (const [i, m] of v.messages.entries()) {
    const { role, text } = (m ?? {}) as { role?: unknown; text?: unknown };
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) return { error: `messages[${i}].role must be one of ${ROLES.join(', ')}` };
    if (typeof text !== 'string') return { error: `messages[${i}].text must be a string` };
    messages.push({ role: role as Role, text });
  }
  const out: DraftInput = { id: v.id, messages };
  if (v.customer !== undefined) {
    if (typeof v.customer === 'string') out.customer = { name: v.customer };
    else if (typeof v.customer === 'object' && v.customer !== null) {
      const c = v.customer as { name?: unknown; email?: unknown };
      out.customer = { ...(typeof c.name === 'string' ? { name: c.name } : {}), ...(typeof c.email === 'string' ? { email: c.email } : {}) };
    } else return { error: '"customer" must be a name or {"name","email"}' };
  }
  if (v.channel !== undefined) {
    if (typeof v.channel !== 'string' || !CHANNELS.includes(v.channel as Channel)) return { error: `"channel" must be one of ${CHANNELS.join(', ')}` };
    out.channel = v.channel as Channel;
  }
  if (v.earlierContacts !== undefined) {
    if (typeof v.earlierContacts !== 'number' || v.earlierContacts < 0) return { error: '"earlierContacts" must be a number ≥ 0' };
    out.earlierContacts = v.earlierContacts;
  }
  return out;
}

function summary(insight: Insight) {
  return {
    kind: insight.kind,
    emotion: { label: insight.emotion.label, intensity: insight.emotion.intensity },
    complaint: insight.complaint,
    severity: insight.severity,
    category: insight.category.label,
    urgency: insight.urgency.score,
    repeatContact: insight.repeatContact.map((s) => s.text),
    mirror: insight.mirror.map((m) => m.text),
    ...(insight.question ? { question: insight.question.text } : {}),
    resolved: insight.resolved,
  };
}

export function draftLine(input: DraftInput, options: DraftOptions = {}) {
  const snapshot: ConversationSnapshot = {
    helpdesk: 'cli',
    url: 'about:blank',
    customer: input.customer ?? {},
    messages: input.messages.map((m): Message => ({ role: m.role, text: m.text })),
    composer: { found: false },
    channel: input.channel ?? 'email',
    confidence: 1,
  };
  const insight = analyzeConversation(snapshot, { cache: createAnalysisCache() });
  const agent = options.agent?.trim();
  // The same estimate the panel shows and puts in `{{timescale}}`: the message's category on its channel.
  const timescale = estimate({
    category: insight.category.label,
    channel: snapshot.channel ?? 'unknown',
    now: options.now ?? new Date(),
    settings: options.timescale ?? DEFAULT_TIMESCALE_SETTINGS,
  });
  const ctx: SuggestContext = {
    timescale: timescale.phrase,
    packs: builtinPacks(),
    channel: snapshot.channel,
    stage: conversationStage(snapshot.messages, insight),
    agentReplied: snapshot.messages.some((m) => m.role === 'agent'),
    ...(input.earlierContacts !== undefined ? { earlierContacts: input.earlierContacts } : {}),
    ...(input.customer?.name ? { customer: { name: input.customer.name } } : {}),
    ...(agent ? { agent: { name: agent } } : {}),
    ...(options.company?.trim() ? { company: options.company.trim() } : {}),
  };
  const draft = draftReply(insight, ctx);
  const suggestions = suggest(insight, { ...ctx, kinds: SHOWN_KINDS, perKind: 2, limit: 8 });
  return {
    id: input.id,
    messages: input.messages,
    insight: summary(insight),
    draft: { shape: draft.shape, text: draft.text, missing: draft.missing, points: draft.parts.map((p) => p.point), timescale: timescale.phrase },
    suggestions: suggestions.map((s) => ({ kind: s.kind, text: s.text, why: s.why })),
  };
}

/**
 * The fixed development samples, read from the data directory at run time (handles and links removed).
 *
 * - `rated` (the default): every 12th row of the X-CI tweets to brands (1,332 real customer messages,
 *   complaints and not) from the first, and every 62nd row of Banking77 (real customer questions to a
 *   bank) from the first — 131 messages.
 * - `fresh`: a second sample sharing no row with the first, for rating a new version: the X-CI rows
 *   6 after each of those (row index ≡ 6 mod 12, the first 100) and the Banking77 rows 31 after
 *   (index ≡ 31 mod 62) — 120 messages.
 * - `third`: a third, sharing no row with either, for rating the version after that: X-CI rows ≡ 3
 *   mod 12 (the first 100) and Banking77 rows ≡ 15 mod 62 — 120 messages.
 * - `fourth`: a fourth, sharing no row with any of them, for rating the version after the third
 *   was rated: X-CI rows ≡ 9 mod 12 (the first 100) and Banking77 rows ≡ 46 mod 62 — 120 messages.
 */
export type DevSample = 'rated' | 'fresh' | 'third' | 'fourth';
const SAMPLE_OFFSETS: Record<DevSample, { xci: number; banking: number; cap?: number }> = {
  rated: { xci: 0, banking: 0 },
  fresh: { xci: 6, banking: 31, cap: 100 },
  third: { xci: 3, banking: 15, cap: 100 },
  fourth: { xci: 9, banking: 46, cap: 100 },
};

export function devSample(dataDir: string, which: DevSample = 'rated'): DraftInput[] {
  const offsets = SAMPLE_OFFSETS[which];
  const out: DraftInput[] = [];
  const tidy = (text: string) => text.replace(/(^|\s)@\w+/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ').trim();
  const xci = parseCsvRows(readFileSync(path.join(dataDir, 'complaints/xci_complaint_tweets_emotion_severity.csv'), 'utf8'));
  const xh = xci[0] ?? [];
  const tweet = xh.indexOf('tweet');
  const xid = xh.indexOf('id');
  let xciTaken = 0;
  xci.slice(1).forEach((row, i) => {
    if (i % 12 !== offsets.xci || (offsets.cap !== undefined && xciTaken >= offsets.cap)) return;
    const text = tidy(row[tweet] ?? '');
    if (text) xciTaken++;
    if (text) out.push({ id: `xci-${row[xid] ?? i}`, messages: [{ role: 'customer', text }], customer: { name: 'Jordan Lee' }, channel: 'email' });
  });
  const banking = parseCsvRows(readFileSync(path.join(dataDir, 'customer_intent/banking77_test.csv'), 'utf8'));
  const bh = banking[0] ?? [];
  const btext = bh.indexOf('text');
  banking.slice(1).forEach((row, i) => {
    if (i % 62 !== offsets.banking) return;
    const text = tidy(row[btext] ?? '');
    if (text) out.push({ id: `banking77-${i + 1}`, messages: [{ role: 'customer', text }], customer: { name: 'Jordan Lee' }, channel: 'email' });
  });
  return out;
}

function sampleNamed(args: string[]): DevSample {
  for (const which of ['fresh', 'third', 'fourth'] as const) if (args.includes(`--${which}`)) return which;
  return 'rated';
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      [
        'usage: tactful draft [--agent "Sam Rivera"] [--company Acme] [--now 2026-12-07T10:00:00Z] < conversations.jsonl',
        '       tactful draft --dev-sample [<data dir>] [--fresh | --third | --fourth] [--agent …] [--company …] [--now …]',
        '  --dev-sample: 131 development messages (--fresh, --third, --fourth: samples of 120 sharing no row with it or each other)',
        '  --now: when the reply is written; the timescale is counted from it (default: now)',
        '  each line {"id","messages":[{"role","text"}],"customer"?,"channel"?,"earlierContacts"?};',
        '  prints the insight summary, the drafted reply and the top suggestions as one JSON line each',
      ].join('\n'),
    );
    return 0;
  }
  const nowText = option(args, '--now');
  const now = nowText ? new Date(nowText) : undefined;
  if (now && Number.isNaN(now.getTime())) {
    process.stderr.write(`draft: --now must be an ISO date and time, not ${JSON.stringify(nowText)}\n`);
    return 2;
  }
  const options: DraftOptions = { agent: option(args, '--agent'), company: option(args, '--company'), ...(now ? { now } : {}) };
  const sampleAt = args.indexOf('--dev-sample');
  if (sampleAt >= 0) {
    const next = args[sampleAt + 1];
    const dir = next && !next.startsWith('--') ? next : path.resolve(process.cwd(), '../shared/data/dev');
    for (const input of devSample(dir, sampleNamed(args))) process.stdout.write(`${JSON.stringify(draftLine(input, options))}\n`);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const input = readDraftInput(line);
    if ('error' in input) {
      bad++;
      process.stderr.write(`draft: line ${lineNumber}: ${input.error}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(draftLine(input, options))}\n`);
  }
  if (bad > 0) process.stderr.write(`draft: ${bad} bad line${bad === 1 ? '' : 's'} skipped\n`);
  return bad > 0 ? 1 : 0;
}
