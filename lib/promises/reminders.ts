/**
 * The background's part: reminders before promises fall due. The schedule lives in the database;
 * `syncReminders` re-derives it (`planReminders`) and makes `browser.alarms` match, so it is safe
 * to run at any time — when the service worker starts, when the browser starts, on install, when
 * an alarm fires, and when the panel says the promises changed. A reminder is a notification
 * ("Update Jane Doe before 3pm today — Order hasn't arrived"; clicking it shows the conversation)
 * and the toolbar badge counts the promises due soon or just missed.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { database, type PromiseRecord, type TactfulDatabase } from '../db';
import { loadBusinessHours } from '../welcome';
import { DEFAULT_LEAD_MINUTES, OVERDUE_WINDOW_MS, planReminders, promiseOfAlarm, REMIND_PREFIX, isPromiseAlarm, type ReminderPlan } from './schedule';
import { markMissed, markReminded, promisesToSchedule } from './store';
import { reminderText } from './words';
import { t } from '../i18n';

/** Written by the panel whenever it stores or settles a promise; the background re-plans on it. */
const changedItem = storage.defineItem<string | null>('local:promisesChangedAt', { fallback: null });
/** Minutes before a promise falls due that its reminder shows (Options → Reminders). */
export const reminderLeadMinutes = storage.defineItem<number>('local:promiseLeadMinutes', { fallback: DEFAULT_LEAD_MINUTES });

export const MAX_LEAD_MINUTES = 24 * 60;

/** A lead time the agent typed, in whole minutes (0 … one day), or a reason it is not one. */
export function parseLeadMinutes(text: string): { minutes: number } | { problem: string } {
  const minutes = Number(text.trim());
  if (!text.trim() || !Number.isInteger(minutes) || minutes < 0 || minutes > MAX_LEAD_MINUTES) {
    return { problem: t('lib.promises.leadMinutes', { max: MAX_LEAD_MINUTES }) };
  }
  return { minutes };
}

/** Tell the background that promises changed (from the panel or the options page). */
export async function announcePromisesChanged(now: Date): Promise<void> {
  await changedItem.setValue(`${now.toISOString()} ${Math.random().toString(36).slice(2, 8)}`);
}

const NOTIFICATION_PREFIX = 'tactful-promise:';

type Badge = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

function toolbarButton(): Badge | undefined {
  // Chrome MV3 and Firefox MV3: `action`; Firefox MV2: `browserAction`.
  return (browser.action ?? (browser as unknown as { browserAction?: Badge }).browserAction) as Badge | undefined;
}

async function showBadge(count: number): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await button.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await button.setBadgeBackgroundColor({ color: '#b45309' });
  // The count in words too, for a screen reader and a tooltip (the badge is not enough alone).
  await button.setTitle({ title: count > 0 ? t('lib.promises.badge', count) : t('manifest.actionTitle') });
}

async function notify(db: TactfulDatabase, promise: PromiseRecord, now: Date): Promise<void> {
  if (!promise.dueAt) return;
  const [customer, contact, hours] = await Promise.all([db.customers.get(promise.customerId), db.contacts.get(promise.contactId), loadBusinessHours()]);
  const { title, message } = reminderText({ customerName: customer?.name, subject: contact?.subject, promiseText: promise.text, dueAt: promise.dueAt, now, zone: hours.timeZone });
  await browser.notifications.create(NOTIFICATION_PREFIX + promise.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    // Firefox shows no context line (and warns about it).
    ...(import.meta.env.FIREFOX ? {} : { contextMessage: promise.text.slice(0, 120) }),
  });
}

/**
 * Make the alarms, notifications and badge match the database at `now`: mark promises whose time
 * passed as missed, show reminders that are due (once each), arm one alarm per coming reminder
 * and due time, drop alarms of promises no longer open. Returns the plan it applied.
 */
export async function syncReminders(db: TactfulDatabase, now: Date): Promise<ReminderPlan> {
  await markMissed(db, now);
  const [promises, lead] = await Promise.all([promisesToSchedule(db, new Date(now.getTime() - OVERDUE_WINDOW_MS)), reminderLeadMinutes.getValue()]);
  const plan = planReminders(promises, now, lead);

  const armed = (await browser.alarms.getAll()).filter((a) => isPromiseAlarm(a.name));
  const wanted = new Map(plan.alarms.map((a) => [a.name, a.when]));
  for (const alarm of armed) if (!wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  for (const { name, when } of plan.alarms) {
    const there = armed.find((a) => a.name === name);
    if (!there || Math.abs(there.scheduledTime - when) > 1000) await browser.alarms.create(name, { when });
  }

  for (const id of plan.remindNow) {
    const promise = promises.find((p) => p.id === id);
    if (!promise) continue;
    // Marked first: a reminder that could not be shown is not retried in a loop.
    await markReminded(db, id, now);
    await notify(db, promise, now).catch((error: unknown) => console.warn('Tactful: could not show a reminder', error));
  }
  await showBadge(plan.badge);
  return plan;
}

/** Show the conversation a reminder is about: its tab if open (focused), else a new tab. */
async function openConversation(db: TactfulDatabase, notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const promise = await db.promises.get(notificationId.slice(NOTIFICATION_PREFIX.length));
  await browser.notifications.clear(notificationId);
  if (!promise?.url) return;
  const url = promise.url;
  // Tabs Tactful may read show their address; another tab at this address is not found, and a new one opens.
  const tab = (await browser.tabs.query({})).find((t) => t.url === url);
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}

/** Register the listeners (synchronously, as a service worker must) and re-arm from the database. */
export function startPromiseReminders({ db = database, clock = () => new Date() }: { db?: () => TactfulDatabase; clock?: () => Date } = {}): void {
  let queue: Promise<unknown> = Promise.resolve();
  /** One sync at a time: alarms created by one are seen by the next. */
  const sync = (why: string) => {
    queue = queue.then(() => syncReminders(db(), clock())).catch((error: unknown) => console.warn(`Tactful: could not schedule promise reminders (${why})`, error));
    return queue;
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!promiseOfAlarm(alarm.name)) return;
    void sync(alarm.name.startsWith(REMIND_PREFIX) ? 'reminder' : 'due time');
  });
  browser.notifications.onClicked.addListener((id) => {
    openConversation(db(), id).catch((error: unknown) => console.warn('Tactful: could not open the conversation', error));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if ('promisesChangedAt' in changes || 'promiseLeadMinutes' in changes || 'businessHours' in changes) void sync('promises changed');
  });
  browser.runtime.onStartup.addListener(() => void sync('browser started'));
  browser.runtime.onInstalled.addListener(() => void sync('installed'));
  // Every time the service worker (or Firefox's background page) starts: alarms survive it
  // stopping, but a cleared or lost alarm is made again from the database.
  void sync('worker started');
}
