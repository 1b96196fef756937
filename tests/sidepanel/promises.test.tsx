import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/components/sidepanel/App';
import { PanelProvider } from '@/components/sidepanel/context';
import { initialPanelState, setDraft, usePanelStore } from '@/components/sidepanel/store';
import { createController, type PanelController } from '@/entrypoints/sidepanel/controller';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import { DEFAULT_TIMESCALE_SETTINGS } from '@/lib/timescale';

// Monday 23 November 2026, 11:00 in the team's zone (UTC, weekdays 9:00–17:30).
const NOW = new Date('2026-11-23T11:00:00Z');

const snapshot: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  conversationId: '7',
  subject: "Order hasn't arrived",
  customer: { name: 'Jane Doe', email: 'jane@example.com' },
  messages: [
    { id: '1', role: 'customer', at: '2026-11-23T09:00:00Z', text: 'My order has not arrived and I need it for Friday.' },
    { id: '2', role: 'agent', at: '2026-11-23T10:00:00Z', text: 'Sorry about this, Jane. I will update you by 3pm tomorrow.' },
  ],
  composer: { found: true },
  channel: 'email',
  confidence: 0.95,
};

let db: TactfulDatabase;
let controller: PanelController;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`panel-promises-${++n}`);
  await db.open();
  usePanelStore.setState({ ...initialPanelState(), timescale: DEFAULT_TIMESCALE_SETTINGS }, true);
  controller = createController({
    db,
    follow: null,
    clock: () => NOW,
    tab: { insert: async () => ({ ok: true }), mark: async () => {}, select: async () => ({ ok: true }), replace: async () => ({ ok: true }), expand: async () => ({ pressed: 0 }) },
  });
  usePanelStore.setState({ timescale: DEFAULT_TIMESCALE_SETTINGS });
});
afterEach(async () => {
  controller.stop();
  db.close();
  await db.delete();
});

function Panel() {
  return (
    <PanelProvider wiring={controller}>
      <App />
    </PanelProvider>
  );
}

const section = () => screen.getByRole('region', { name: 'Promises' });

describe('the Promises section', () => {
  it('lists a promise from a sent message, with its due time in words and its status, and marks it done', async () => {
    render(<Panel />);
    controller.showPage({ kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 1, errors: [] });
    const item = await screen.findByTestId('promise', {}, { timeout: 5000 });
    expect(item).toHaveTextContent('Open I will update you by 3pm tomorrow. — due 3pm tomorrow (Tue 24 Nov)');
    const changed = await fakeBrowser.storage.local.get('promisesChangedAt');
    expect(changed.promisesChangedAt).toBeTruthy();

    await userEvent.click(within(section()).getByRole('button', { name: 'Done: I will update you by 3pm tomorrow.' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Promises' })).not.toBeInTheDocument(), { timeout: 5000 });
    expect((await db.promises.toArray()).map((p) => [p.state, p.settledAt])).toEqual([['kept', NOW.toISOString()]]);
  });

  it('offers to remember a promise typed in the draft, then lists it to keep; dismissing it stops tracking it', async () => {
    render(<Panel />);
    controller.showPage({ kind: 'conversation', tabId: 1, snapshot: { ...snapshot, messages: snapshot.messages.slice(0, 1) }, adapter: 'rt', ms: 1, errors: [] });
    await waitFor(() => expect(usePanelStore.getState().history.contactId).toBeTruthy(), { timeout: 5000 });
    setDraft({ found: true, text: 'Hi Jane, I am sorry. We will call you by noon on Wednesday.' });

    const drafted = await screen.findByRole('list', { name: 'Promises in your draft' }, { timeout: 5000 });
    expect(drafted).toHaveTextContent('“We will call you by noon on Wednesday.” due noon on Wednesday (25 Nov)');
    await userEvent.click(within(drafted).getByRole('button', { name: 'Remember this promise: We will call you by noon on Wednesday.' }));

    expect(await within(section()).findByRole('status', {}, { timeout: 5000 })).toHaveTextContent('Remembered.');
    const toKeep = await screen.findByRole('list', { name: 'Promises to keep' }, { timeout: 5000 });
    expect(toKeep).toHaveTextContent('Open We will call you by noon on Wednesday.');
    expect(screen.queryByRole('list', { name: 'Promises in your draft' })).not.toBeInTheDocument();
    const [stored] = await db.promises.toArray();
    expect(stored).toMatchObject({ source: 'confirmed', state: 'open', dueAt: '2026-11-25T12:00:00.000Z', madeAt: NOW.toISOString(), url: snapshot.url, helpdesk: 'rt@https://help.example.com' });

    await userEvent.click(within(toKeep).getByRole('button', { name: 'Dismiss: We will call you by noon on Wednesday.' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Promises to keep' })).not.toBeInTheDocument(), { timeout: 5000 });
    expect((await db.promises.toArray())[0]!.state).toBe('dismissed');
  });

  it('shows an overdue promise as overdue in words, not only by colour', async () => {
    render(<Panel />);
    usePanelStore.setState({ timescale: DEFAULT_TIMESCALE_SETTINGS });
    const late = { ...snapshot, messages: [snapshot.messages[0]!, { ...snapshot.messages[1]!, at: '2026-11-20T10:00:00Z', text: 'I will update you by 10am on Monday.' }] };
    controller.showPage({ kind: 'conversation', tabId: 1, snapshot: late, adapter: 'rt', ms: 1, errors: [] });
    const item = await screen.findByTestId('promise', {}, { timeout: 5000 });
    expect(item).toHaveTextContent('Missed I will update you by 10am on Monday. — was due 10am today');
    expect(within(item).queryByRole('button', { name: /^Done/ })).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Dismiss: I will update you by 10am on Monday.' })).toBeInTheDocument();
  });
});
