import { forwardCommandsToPanel } from '@/lib/commands';
import { syncSiteScripts } from '@/lib/sites';
import { startPackRefresh } from '@/lib/packs/refresh';
import { database } from '@/lib/db';
import { markMissedPromises, RETENTION_ALARM, runRetention } from '@/lib/history';
import { openPagesOnRequest } from '@/lib/testing/open-on-request';
import { openWelcomeOnInstall } from '@/lib/welcome';
import { startPromiseReminders } from '@/lib/promises/reminders';

/**
 * The toolbar button opens Tactful beside the page: Chrome's side panel, Firefox's sidebar.
 * The service worker can be stopped at any moment, so it keeps no state of its own.
 */
export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    const action = browser.action ?? browser.browserAction;
    // sidebarAction.toggle() must run inside the click's user gesture: no await before it.
    action.onClicked.addListener(() => {
      void (browser as unknown as FirefoxSidebar).sidebarAction.toggle();
    });
  } else {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Tactful: could not make the toolbar button open the side panel', error);
    });
  }

  // Sites the agent enabled keep their content script; revoked ones are dropped.
  syncSiteScripts().catch((error: unknown) => console.error('Tactful: could not restore the sites you enabled', error));
  browser.permissions.onRemoved?.addListener(() => {
    void syncSiteScripts();
  });

  // History retention and promises that passed their time: checked once a day.
  startHistoryUpkeep();

  // Promises the agent made: a reminder (notification, badge) before each falls due, re-armed
  // from the database whenever the worker starts (lib/promises/reminders.ts).
  startPromiseReminders();

  // Pack subscriptions: checked by an alarm, and when the administrator's policy changes.
  startPackRefresh();

  // First run: the welcome page (what Tactful does, the agent's name, hours, packs, sites).
  // Not in test builds, whose tests and demo expect only the tabs they open.
  if (import.meta.env.MODE !== 'e2e') openWelcomeOnInstall();

  // Keyboard shortcuts for the panel (insert, next/previous suggestion, the draft check).
  forwardCommandsToPanel();

  // Test builds only: real-browser tests ask for Tactful's own pages (Firefox's driver can't open them).
  if (import.meta.env.MODE === 'e2e') openPagesOnRequest();
});

/** Firefox's sidebar API, which Chrome's types (used by WXT's `browser`) do not describe. */
interface FirefoxSidebar {
  sidebarAction: { toggle(): Promise<void> };
}

/** Delete contacts older than the agent's retention period and mark promises whose time passed. */
function startHistoryUpkeep(): void {
  void browser.alarms.get(RETENTION_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    const db = database();
    const now = new Date();
    void runRetention(db, now)
      .then(() => markMissedPromises(db, now))
      .catch((error: unknown) => console.warn('Tactful: history upkeep failed', error));
  });
}
