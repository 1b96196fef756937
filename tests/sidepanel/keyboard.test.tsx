import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/components/sidepanel/App';
import { PanelProvider } from '@/components/sidepanel/context';
import { initialPanelState, setDraft, setPage, usePanelStore } from '@/components/sidepanel/store';
import { createController, type CommandsPort, type PanelController, type TabPort } from '@/entrypoints/sidepanel/controller';
import type { PanelCommand } from '@/lib/commands';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import type { DetectedLanguages } from '@/lib/panel';

/** The panel's keyboard shortcuts and language notice, through the real controller and views. */

const upset = 'I ordered a lamp on Monday. My parcel still has not arrived and nobody has answered my emails. This is really frustrating. The tracking page is blank.';
const snapshot = (text: string): ConversationSnapshot => ({
  helpdesk: 'rt',
  url: 'https://help.example.com/Ticket/Display.html?id=7',
  conversationId: '7',
  subject: 'Parcel still not here',
  customer: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  messages: [{ id: '1', role: 'customer', author: 'Dana Whitfield', text }],
  composer: { found: true, kind: 'textarea' },
  channel: 'email',
  confidence: 0.95,
});

let db: TactfulDatabase;
let controller: PanelController;
let press: (command: PanelCommand, windowId?: number) => void;
let insert: ReturnType<typeof vi.fn<(tabId: number, text: string) => Promise<{ ok: true }>>>;
let detected: DetectedLanguages;
let openSettings: ReturnType<typeof vi.fn<() => Promise<void>>>;
let n = 0;

beforeEach(async () => {
  db = openDatabase(`keyboard-test-${++n}`);
  await db.open();
  usePanelStore.setState(initialPanelState(), true);
  insert = vi.fn(async () => ({ ok: true as const }));
  detected = { isReliable: true, languages: [{ language: 'en', percentage: 99 }] };
  openSettings = vi.fn(async () => undefined);
  const tab: TabPort = { insert, mark: async () => undefined, select: async () => ({ ok: true }), replace: async () => ({ ok: true }), expand: async () => ({ pressed: 0 }) };
  // The browser's side of the shortcuts, faked: the test presses keys as the background forwards them.
  const commands: CommandsPort = {
    listen: (windowId, act) => {
      press = (command, sentFrom) => {
        const mine = windowId();
        if (sentFrom === undefined || mine === undefined || sentFrom === mine) act(command);
      };
      return () => (press = () => undefined);
    },
    windowId: async () => 4,
    getAll: async () => [
      { name: '_execute_action', shortcut: 'Alt+Shift+Y' },
      { name: 'insert-top-suggestion', shortcut: 'Alt+Shift+U' },
      { name: 'next-suggestion', shortcut: 'Alt+Shift+J' },
      { name: 'previous-suggestion', shortcut: 'Alt+Shift+K' },
      { name: 'focus-draft-check', shortcut: '' },
    ],
    openSettings,
  };
  controller = createController({ db, tab, follow: null, commands, detectLanguage: async () => detected });
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

const items = () => within(screen.getByRole('region', { name: 'Say this' })).getAllByRole('listitem');
const selectedText = () => items().find((li) => li.getAttribute('aria-current') === 'true')?.querySelector('.suggestion-text')?.textContent;

describe('keyboard shortcuts in the panel', () => {
  it('selects the next and previous phrase and inserts the selected one into the reply', async () => {
    controller.showPage({ kind: 'conversation', tabId: 3, snapshot: snapshot(upset), adapter: 'rt', ms: 1, errors: [] });
    render(<Panel />);
    const list = items();
    expect(list.length).toBeGreaterThan(2);
    expect(list[0]).toHaveAttribute('aria-current', 'true');
    const texts = list.map((li) => li.querySelector('.suggestion-text')!.textContent);

    await act(async () => press('next-suggestion'));
    await act(async () => press('next-suggestion'));
    expect(selectedText()).toBe(texts[2]);
    await act(async () => press('previous-suggestion'));
    expect(selectedText()).toBe(texts[1]);
    // "Previous" from the top wraps to the last phrase and back.
    await act(async () => press('previous-suggestion'));
    await act(async () => press('previous-suggestion'));
    expect(selectedText()).toBe(texts.at(-1));
    await act(async () => press('next-suggestion'));
    await act(async () => press('next-suggestion'));

    await act(async () => press('insert-top-suggestion'));
    await vi.waitFor(() => expect(insert).toHaveBeenCalledTimes(1));
    expect(insert).toHaveBeenCalledWith(3, texts[1]);
    expect(await screen.findByTestId('shortcut-notice')).toHaveTextContent(`Inserted: “${texts[1]}”`);
    // The pick is remembered, as a click on Insert would.
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('phrasePreferences')).phrasePreferences).toMatchObject({ total: 1 }));
  });

  it('acts only on shortcuts pressed in its own window', async () => {
    controller.showPage({ kind: 'conversation', tabId: 3, snapshot: snapshot(upset), adapter: 'rt', ms: 1, errors: [] });
    render(<Panel />);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0))); // the window id arrives
    await act(async () => press('insert-top-suggestion', 9));
    expect(insert).not.toHaveBeenCalled();
    await act(async () => press('insert-top-suggestion', 4));
    await vi.waitFor(() => expect(insert).toHaveBeenCalledTimes(1));
    expect(insert.mock.calls[0]?.[1]).toBe(items()[0]!.querySelector('.suggestion-text')!.textContent);
  });

  it('goes back to the top phrase in another conversation', async () => {
    controller.showPage({ kind: 'conversation', tabId: 3, snapshot: snapshot(upset), adapter: 'rt', ms: 1, errors: [] });
    render(<Panel />);
    await act(async () => press('next-suggestion'));
    expect(items()[0]).not.toHaveAttribute('aria-current');
    act(() => controller.showPage({ kind: 'conversation', tabId: 3, snapshot: { ...snapshot(upset), url: 'https://help.example.com/Ticket/Display.html?id=8' }, adapter: 'rt', ms: 1, errors: [] }));
    expect(items()[0]).toHaveAttribute('aria-current', 'true');
  });

  it('makes a phrase the agent focuses with the keyboard the one the shortcut inserts', async () => {
    controller.showPage({ kind: 'conversation', tabId: 3, snapshot: snapshot(upset), adapter: 'rt', ms: 1, errors: [] });
    render(<Panel />);
    items()[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(items()[2]).toHaveAttribute('aria-current', 'true');
    const focused = items()[2]!.querySelector('.suggestion-text')!.textContent;
    await act(async () => press('insert-top-suggestion'));
    await vi.waitFor(() => expect(insert).toHaveBeenCalledWith(3, focused));
  });

  it('focuses the draft check', async () => {
    controller.showPage({ kind: 'conversation', tabId: 3, snapshot: snapshot(upset), adapter: 'rt', ms: 1, errors: [] });
    setDraft({ found: true, kind: 'textarea', text: 'It was our fault, sorry.' });
    render(<Panel />);
    await act(async () => press('focus-draft-check'));
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Your draft' }));
    // Tab goes on to the check's first action.
    await userEvent.tab();
    expect(document.activeElement).toHaveTextContent('our fault');
  });

  it('says so when there is no phrase to insert', async () => {
    setPage({ kind: 'no-conversation', tabId: 3, errors: [] });
    render(<Panel />);
    await act(async () => press('insert-top-suggestion'));
    expect(insert).not.toHaveBeenCalled();
    expect(usePanelStore.getState().notice).toMatchObject({ ok: false, text: 'No phrase to insert for this conversation.' });
  });

  it("lists the browser's bindings and opens the shortcut settings from the keyboard", async () => {
    setPage({ kind: 'no-conversation', tabId: 3, errors: [] });
    render(<Panel />);
    const summary = screen.getByText('Keyboard shortcuts');
    summary.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.getByText('Insert the selected phrase').nextElementSibling).toHaveTextContent('Alt+Shift+U'));
    expect(screen.getByText('Go to the draft check').nextElementSibling).toHaveTextContent('not set');
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeInTheDocument();
    screen.getByRole('button', { name: 'Change shortcuts' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(openSettings).toHaveBeenCalledTimes(1);
  });
});

describe('a conversation in a language Tactful does not analyse', () => {
  const spanish = 'Hola, mi pedido todavía no ha llegado y nadie contesta mis correos. Estoy muy enfadada.';

  it('says so plainly instead of advising, and still checks the draft and shows the conversation', async () => {
    detected = { isReliable: true, languages: [{ language: 'es', percentage: 98 }] };
    controller.showPage({ kind: 'conversation', tabId: 3, snapshot: snapshot(spanish), adapter: 'rt', ms: 1, errors: [] });
    render(<Panel />);
    expect(await screen.findByText(/This conversation looks like it's in Spanish/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Say this' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'How they feel' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Your draft' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Messages' })).toHaveTextContent('Hola, mi pedido');
    await act(async () => press('insert-top-suggestion'));
    expect(insert).not.toHaveBeenCalled();
  });

  it('advises again when the conversation turns to English', async () => {
    detected = { isReliable: true, languages: [{ language: 'es', percentage: 98 }] };
    controller.showPage({ kind: 'conversation', tabId: 3, snapshot: snapshot(spanish), adapter: 'rt', ms: 1, errors: [] });
    render(<Panel />);
    await screen.findByText(/looks like it's in Spanish/);
    detected = { isReliable: true, languages: [{ language: 'en', percentage: 99 }] };
    act(() => controller.showPage({ kind: 'conversation', tabId: 3, snapshot: snapshot(upset), adapter: 'rt', ms: 1, errors: [] }));
    expect(await screen.findByRole('region', { name: 'Say this' })).toBeInTheDocument();
    expect(screen.queryByText(/looks like it's in Spanish/)).toBeNull();
  });
});

describe("the customer's message, folded to the feeling", () => {
  it('shows the sentences that carry the feeling, the rest behind "Show the whole message"', async () => {
    controller.showPage({ kind: 'conversation', tabId: 3, snapshot: snapshot(upset), adapter: 'rt', ms: 1, errors: [] });
    render(<Panel />);
    const words = within(screen.getByRole('region', { name: 'How they feel' })).getByLabelText('Their words');
    expect(words).toHaveTextContent('This is really frustrating.');
    expect(words).not.toHaveTextContent('I ordered a lamp on Monday.');
    await userEvent.click(screen.getByRole('button', { name: 'Show the whole message' }));
    expect(words).toHaveTextContent(upset);
    expect(screen.getByRole('button', { name: 'Show only the sentences with feeling' })).toHaveAttribute('aria-expanded', 'true');
  });
});
