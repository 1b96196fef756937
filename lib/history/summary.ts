import type { EmotionLabel, IssueCategory } from '../analysis/types';
import type { ContactRecord, CustomerRecord, NoteRecord, PromiseRecord, TactfulDatabase } from '../db';
import { resolveCustomerId } from './identity';
import { t, uiLanguage } from '../i18n';

/**
 * What the panel shows about the customer before the agent replies, so the customer does not have
 * to tell their story again (docs/principles.md §5): how often and where they have been in touch,
 * about what, how they felt each time, what was promised and whether it was kept, the agent's
 * notes, and whether this is another contact about the same issue. A pure function of the
 * records; `loadHistorySummary` reads them.
 */

export interface SummaryInput {
  customer: CustomerRecord;
  /** All of the customer's contacts, any order. */
  contacts: ContactRecord[];
  notes: NoteRecord[];
  promises: PromiseRecord[];
  /** The conversation open now; the newest contact when not given. */
  currentContactId?: string;
  now: Date;
}

export interface TrendPoint {
  contactId: string;
  at: string;
  emotion: EmotionLabel;
  intensity: number;
  /** -1 (very upset) … 1 (pleased): the emotion's direction times its strength. */
  valence: number;
  /** "frustrated, strongly": the point in words. */
  label: string;
  current: boolean;
}

/** `dismissed`: the agent stopped tracking it (not counted). */
export type PromiseStatus = 'open' | 'kept' | 'missed' | 'overdue' | 'dismissed';

export interface PromiseSummary {
  id: string;
  contactId: string;
  text: string;
  madeAt: string;
  dueAt?: string;
  /** `overdue`: still open after its due time. */
  status: PromiseStatus;
}

export interface HistorySummary {
  customerId: string;
  name?: string;
  email?: string;
  /** Every contact, this one included. */
  totalContacts: number;
  /** Contacts before this one. */
  earlierContacts: number;
  /** There is an earlier contact: "Hi again" is true. */
  hasEarlierContact: boolean;
  /** Contacts (this one included) in the last 30 and 90 days. */
  last30Days: number;
  last90Days: number;
  /** Where they were in touch, most contacts first. */
  helpdesks: { helpdesk: string; origin: string; contacts: number }[];
  /** What they were in touch about, most contacts first (known topics only). */
  topics: { category: IssueCategory; label: string; contacts: number; lastAt: string }[];
  /** How they felt each time, oldest first (contacts with a reading; at most the last 12). */
  trend: TrendPoint[];
  /** The trend in words, or undefined with fewer than two readings. */
  trendText?: string;
  promises: PromiseSummary[];
  promiseCounts: { kept: number; missed: number; open: number; overdue: number };
  /** Newest first. */
  notes: NoteRecord[];
  /** This is the nth contact about the same topic in 90 days (n ≥ 2). */
  repeat?: { count: number; category: IssueCategory; text: string };
  /** The contact before this one. */
  previous?: { contactId: string; at: string; subject?: string; helpdesk: string; origin: string; category?: IssueCategory; emotion?: EmotionLabel; resolved?: boolean };
  /** What suggestions may say: "Hi again" only after an earlier contact; "I've read back through your earlier messages" only when there are earlier messages about this issue. */
  greeting: { hiAgain: boolean; readBack: boolean };
}

const DAY = 86_400_000;
const TREND_POINTS = 12;
const REPEAT_WINDOW_DAYS = 90;

/** Which way each feeling points; its strength comes from the reading. */
const VALENCE: Record<EmotionLabel, number> = {
  anger: -1,
  frustration: -0.85,
  disappointment: -0.7,
  anxiety: -0.6,
  confusion: -0.35,
  neutral: 0,
  satisfaction: 0.8,
};

const FELT: Record<EmotionLabel, () => string> = {
  anger: () => t('lib.history.summary.felt.anger'),
  frustration: () => t('lib.history.summary.felt.frustration'),
  disappointment: () => t('lib.history.summary.felt.disappointment'),
  anxiety: () => t('lib.history.summary.felt.anxiety'),
  confusion: () => t('lib.history.summary.felt.confusion'),
  neutral: () => t('lib.history.summary.felt.calm'),
  satisfaction: () => t('lib.history.summary.felt.satisfaction'),
};

/** The topic as it reads after "contact about …". */
export const TOPIC_LABEL: Readonly<Record<IssueCategory, string>> = {
  get delivery() {
    return t('lib.history.summary.topic.delivery');
  },
  get order() {
    return t('lib.history.summary.topic.order');
  },
  get refund() {
    return t('lib.history.summary.topic.refund');
  },
  get billing() {
    return t('lib.history.summary.topic.billing');
  },
  get damaged() {
    return t('lib.history.summary.topic.damaged');
  },
  get technical() {
    return t('lib.history.summary.topic.technical');
  },
  get account() {
    return t('lib.history.summary.topic.account');
  },
  get cancellation() {
    return t('lib.history.summary.topic.cancellation');
  },
  get service() {
    return t('lib.history.summary.topic.service');
  },
  get feedback() {
    return t('lib.history.summary.topic.feedback');
  },
  get other() {
    return t('lib.history.summary.topic.other');
  },
};

export function ordinal(n: number): string {
  // The browser's ordinal rules pick the form ("1st", "2nd", "3rd", "11th" in English); en.yml words it.
  const form = new Intl.PluralRules(uiLanguage(), { type: 'ordinal' }).select(n);
  if (form === 'one') return t('lib.history.summary.ordinal.one', { n });
  if (form === 'two') return t('lib.history.summary.ordinal.two', { n });
  if (form === 'few') return t('lib.history.summary.ordinal.few', { n });
  return t('lib.history.summary.ordinal.other', { n });
}

function strength(intensity: number): string {
  if (intensity >= 0.7) return t('lib.history.summary.strength.strong');
  if (intensity >= 0.4) return t('lib.history.summary.strength.clear');
  return t('lib.history.summary.strength.slight');
}

const byTime = (a: { at: string }, b: { at: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
/** When a contact happened: its newest message when known, else when Tactful last saw it. */
const contactTime = (c: ContactRecord) => c.lastMessageAt ?? c.lastSeenAt;

export function summarizeHistory({ customer, contacts, notes, promises, currentContactId, now }: SummaryInput): HistorySummary {
  const ordered = contacts.map((c) => ({ c, at: contactTime(c) })).sort(byTime);
  const current = (currentContactId ? ordered.find((o) => o.c.id === currentContactId) : undefined) ?? ordered[ordered.length - 1];
  const earlier = ordered.filter((o) => o !== current);
  const nowMs = now.getTime();
  const within = (days: number) => ordered.filter((o) => nowMs - Date.parse(o.c.lastSeenAt) <= days * DAY).length;

  const helpdeskCounts = new Map<string, { helpdesk: string; origin: string; contacts: number }>();
  for (const { c } of ordered) {
    const key = `${c.helpdesk}@${c.origin}`;
    const entry = helpdeskCounts.get(key) ?? { helpdesk: c.helpdesk, origin: c.origin, contacts: 0 };
    entry.contacts++;
    helpdeskCounts.set(key, entry);
  }

  const topicCounts = new Map<IssueCategory, { category: IssueCategory; label: string; contacts: number; lastAt: string }>();
  for (const { c, at } of ordered) {
    if (!c.category || c.category === 'other') continue;
    const entry = topicCounts.get(c.category) ?? { category: c.category, label: TOPIC_LABEL[c.category], contacts: 0, lastAt: at };
    entry.contacts++;
    entry.lastAt = at > entry.lastAt ? at : entry.lastAt;
    topicCounts.set(c.category, entry);
  }

  const trend: TrendPoint[] = ordered
    .filter((o) => o.c.emotion)
    .slice(-TREND_POINTS)
    .map(({ c, at }) => {
      const emotion = c.emotion!;
      const intensity = emotion === 'neutral' ? 0 : Math.min(1, Math.max(0, c.intensity ?? 0.5));
      return {
        contactId: c.id,
        at,
        emotion,
        intensity,
        valence: Math.round(VALENCE[emotion] * (emotion === 'neutral' ? 0 : 0.4 + 0.6 * intensity) * 100) / 100,
        label: emotion === 'neutral' ? FELT.neutral() : t('lib.history.summary.feeling', { felt: FELT[emotion](), strength: strength(intensity) }),
        current: c.id === current?.c.id,
      };
    });

  let repeat: HistorySummary['repeat'];
  const topic = current?.c.category;
  if (current && topic && topic !== 'other') {
    const since = Date.parse(current.at) - REPEAT_WINDOW_DAYS * DAY;
    const same = earlier.filter((o) => o.c.category === topic && o.at <= current.at && Date.parse(o.at) >= since).length;
    if (same > 0) repeat = { count: same + 1, category: topic, text: t('lib.history.summary.repeat', { ordinal: ordinal(same + 1), topic: TOPIC_LABEL[topic] }) };
  }

  const nowIso = now.toISOString();
  const promiseList: PromiseSummary[] = [...promises]
    .sort((a, b) => (a.madeAt < b.madeAt ? 1 : a.madeAt > b.madeAt ? -1 : 0))
    .map((p) => ({
      id: p.id,
      contactId: p.contactId,
      text: p.text,
      madeAt: p.madeAt,
      ...(p.dueAt ? { dueAt: p.dueAt } : {}),
      status: p.state === 'open' && p.dueAt && p.dueAt < nowIso ? 'overdue' : p.state,
    }));
  const promiseCounts = { kept: 0, missed: 0, open: 0, overdue: 0 };
  for (const p of promiseList) if (p.status !== 'dismissed') promiseCounts[p.status]++;

  const previousContact = earlier.filter((o) => !current || o.at <= current.at).pop() ?? earlier[earlier.length - 1];
  const earlierAboutThis = !!topic && topic !== 'other' && earlier.some((o) => o.c.category === topic);

  return {
    customerId: customer.id,
    ...(customer.name ? { name: customer.name } : {}),
    ...(customer.email ? { email: customer.email } : {}),
    totalContacts: ordered.length,
    earlierContacts: earlier.length,
    hasEarlierContact: earlier.length > 0,
    last30Days: within(30),
    last90Days: within(90),
    helpdesks: [...helpdeskCounts.values()].sort((a, b) => b.contacts - a.contacts),
    topics: [...topicCounts.values()].sort((a, b) => b.contacts - a.contacts || (a.lastAt < b.lastAt ? 1 : -1)),
    trend,
    ...(trend.length >= 2 ? { trendText: describeTrend(trend) } : {}),
    promises: promiseList,
    promiseCounts,
    notes: [...notes].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
    ...(repeat ? { repeat } : {}),
    ...(previousContact
      ? {
          previous: withoutEmpty({
            contactId: previousContact.c.id,
            at: previousContact.at,
            subject: previousContact.c.subject,
            helpdesk: previousContact.c.helpdesk,
            origin: previousContact.c.origin,
            category: previousContact.c.category,
            emotion: previousContact.c.emotion,
            resolved: previousContact.c.resolved,
          }),
        }
      : {}),
    greeting: { hiAgain: earlier.length > 0, readBack: earlierAboutThis },
  };
}

/** The latest reading against the ones before it, in words. */
function describeTrend(trend: TrendPoint[]): string {
  const last = trend[trend.length - 1];
  const before = trend.slice(0, -1);
  if (!last || before.length === 0) return '';
  const mean = before.reduce((sum, p) => sum + p.valence, 0) / before.length;
  const delta = last.valence - mean;
  const label = last.label;
  if (delta <= -0.25) return t('lib.history.summary.trend.worse', { label });
  if (delta >= 0.25) return t('lib.history.summary.trend.better', { label });
  const upset = before.filter((p) => p.valence < -0.3).length;
  if (last.valence < -0.3 && upset === before.length) return t('lib.history.summary.trend.alwaysUpset', { label });
  return t('lib.history.summary.trend.same', { label });
}

function withoutEmpty<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Read a customer's records and summarise them. Undefined when the customer is not in history. */
export async function loadHistorySummary(db: TactfulDatabase, customerId: string, currentContactId: string | undefined, now: Date): Promise<HistorySummary | undefined> {
  return db.transaction('r', [db.customers, db.contacts, db.notes, db.promises], async () => {
    const id = await resolveCustomerId(db, customerId);
    if (!id) return undefined;
    const [customer, contacts, notes, promises] = await Promise.all([
      db.customers.get(id),
      db.contacts.where('customerId').equals(id).toArray(),
      db.notes.where('customerId').equals(id).toArray(),
      db.promises.where('customerId').equals(id).toArray(),
    ]);
    if (!customer) return undefined;
    return summarizeHistory({ customer, contacts, notes, promises, currentContactId, now });
  });
}
