import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/components/sidepanel/App';
import { PanelProvider } from '@/components/sidepanel/context';
import { initialPanelState, setPage, usePanelStore } from '@/components/sidepanel/store';
import { createController, type PanelController } from '@/entrypoints/sidepanel/controller';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';

/** Suggestions can be made to throw, to see one view fail on its own. */
const failing = vi.hoisted(() => ({ suggest: false }));
vi.mock('@/lib/suggest', async (original) => {
  const real = await original<typeof import('@/lib/suggest')>();
  return {
    ...real,
    suggest: (...args: Parameters<typeof real.suggest>) => {
      if (failing.suggest) throw new Error('the phrase pack is unreadable');
      return real.suggest(...args);
    },
  };
});

const snapshot: ConversationSnapshot = {
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  conversationId: '7',
  subject: 'Parcel still not here',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  messages: [{ id: '9', role: 'customer', author: 'Dana Whitfield', text: 'My parcel still has not arrived and nobody has answered my emails. This is really frustrating.' }],
  composer: { found: false },
  channel: 'email',
  confidence: 0.95,
};

let db: TactfulDatabase;
let controller: PanelController | undefined;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`hardening-test-${++n}`);
  await db.open();
  usePanelStore.setState(initialPanelState(), true);
  failing.suggest = false;
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error too
});
afterEach(async () => {
  controller?.stop();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

function renderPanel() {
  controller = createController({ db, follow: null });
  setPage({ kind: 'conversation', tabId: 1, snapshot, adapter: 'rt', ms: 2, errors: [] });
  return render(
    <PanelProvider wiring={controller}>
      <App />
    </PanelProvider>,
  );
}

describe('the panel, against bad stored values and failing views', () => {
  it('still suggests phrases when the stored picks are damaged', async () => {
    await fakeBrowser.storage.local.set({ phrasePreferences: { version: 1, picks: null, kinds: {}, total: 3 } });
    renderPanel();
    // Loading the damaged picks replaces them with none, and the panel keeps rendering.
    await vi.waitFor(() => expect(usePanelStore.getState().preferences).toEqual({ version: 1, picks: {}, kinds: {}, total: 0 }));
    expect(within(screen.getByRole('region', { name: 'Say this' })).getAllByRole('listitem').length).toBeGreaterThan(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('still shows the conversation when the stored settings are damaged', async () => {
    await fakeBrowser.storage.local.set({ settings: { agentName: 42, company: null } });
    renderPanel();
    await vi.waitFor(() => expect(usePanelStore.getState().settings).toEqual({ agentName: '', company: '' }));
    expect(screen.getByRole('heading', { name: '#7 Parcel still not here' })).toBeInTheDocument();
  });

  it('names the view that failed, and the others still render', () => {
    failing.suggest = true;
    renderPanel();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('“Say this” couldn\'t be shown: the phrase pack is unreadable.');
    expect(screen.queryByRole('region', { name: 'Say this' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'How they feel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Draft a reply' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '#7 Parcel still not here' })).toBeInTheDocument();
    expect(screen.getByLabelText('Customer')).toHaveTextContent('Dana Whitfield');
  });
});
