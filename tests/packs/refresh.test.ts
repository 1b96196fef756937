import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REFRESH_ALARM, scheduleRefresh } from '../../lib/packs/refresh';

describe('the subscription alarm', { timeout: 30_000 }, () => {
  beforeEach(() => fakeBrowser.reset());

  it('checks every 6 hours, or at the interval the administrator set', async () => {
    await scheduleRefresh();
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 360 });
    await fakeBrowser.storage.managed.set({ refreshMinutes: 60 });
    await scheduleRefresh();
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: REFRESH_ALARM, periodInMinutes: 60 })]);
    await fakeBrowser.storage.managed.set({ refreshMinutes: 1 });
    await scheduleRefresh();
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 360 });
  });
});
