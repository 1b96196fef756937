/**
 * The background's part: an alarm that checks subscriptions (the administrator's interval, else
 * every 6 hours), a check soon after the browser starts, and again when the policy changes.
 */
import { browser } from 'wxt/browser';
import { readManagedPolicy } from './managed';
import { refreshAll } from './subscribe';

export const REFRESH_ALARM = 'tactful-packs-refresh';

export async function scheduleRefresh(): Promise<void> {
  const { refreshMinutes } = await readManagedPolicy();
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === refreshMinutes) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: refreshMinutes });
}

/** Register the listeners (synchronously, as a service worker must) and the alarm. */
export function startPackRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REFRESH_ALARM) return;
    refreshAll().catch((error: unknown) => console.error('Tactful: could not check pack subscriptions', error));
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    void scheduleRefresh();
    refreshAll().catch((error: unknown) => console.error('Tactful: could not apply the pack policy', error));
  });
  scheduleRefresh().catch((error: unknown) => console.error('Tactful: could not schedule pack updates', error));
}
