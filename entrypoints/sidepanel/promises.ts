/**
 * The panel's effects for promises (lib/promises): storing the ones in sent messages when a
 * conversation is recorded, and the agent's "Remember this promise", "Done" and "Dismiss". Each
 * change tells the background to re-plan its reminders.
 */
import type { ConversationSnapshot } from '@/lib/conversation/types';
import type { TactfulDatabase } from '@/lib/db';
import { describeStorageError } from '@/lib/history';
import type { PanelActions, PanelInputs } from '@/lib/panel';
import { confirmPromise, homeOf, promisesInText, setPromiseStatus, trackConversation } from '@/lib/promises';
import { announcePromisesChanged } from '@/lib/promises/reminders';
import type { TimescaleSettings } from '@/lib/timescale';
import { i18n } from '#i18n';

/** Store and settle the promises of a conversation just recorded; failures are logged, not shown. */
export function trackPromises(db: TactfulDatabase, snapshot: ConversationSnapshot, recorded: { customerId: string; contactId: string }, now: Date, settings: TimescaleSettings): void {
  trackConversation(db, snapshot, homeOf(snapshot, recorded), now, { settings })
    .then(async ({ added, settled }) => {
      if (added > 0 || settled.length > 0) await announcePromisesChanged(now);
    })
    .catch((error: unknown) => console.warn('Tactful: could not track promises', error));
}

export function promiseActions({ db, clock, state }: { db: TactfulDatabase; clock: () => Date; state: () => PanelInputs }): Pick<PanelActions, 'rememberPromise' | 'settlePromise'> {
  return {
    async rememberPromise(promise) {
      const { page, history, timescale } = state();
      if (page.kind !== 'conversation' || !history.customerId || !history.contactId) {
        return { ok: false, reason: i18n.t('panel.tab.promiseNoHistory') };
      }
      const now = clock();
      try {
        // Read again at this moment: "by 3pm tomorrow" means the day after today, not after the last reading.
        const again = timescale ? promisesInText(promise.text, now, { settings: timescale })[0] : undefined;
        await confirmPromise(db, homeOf(page.snapshot, { customerId: history.customerId, contactId: history.contactId }), { text: promise.text, dueAt: again?.dueAt ?? promise.dueAt }, now);
        await announcePromisesChanged(now);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: describeStorageError(error, i18n.t('panel.tab.promiseNotSaved')) };
      }
    },
    async settlePromise(id, status) {
      const now = clock();
      try {
        await setPromiseStatus(db, id, status, now);
        await announcePromisesChanged(now);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: describeStorageError(error, i18n.t('panel.tab.promiseNotUpdated')) };
      }
    },
  };
}
