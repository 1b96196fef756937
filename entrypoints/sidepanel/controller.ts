/**
 * The panel's one place with effects. It follows the tab beside the panel and reads it, takes the
 * agent's draft from `draftChanged`, records the conversation in history when the conversation
 * changes (never because the agent typed), keeps the customer's contact count current, loads the
 * agent's settings and picks, pushes the guard's marks to the editor, and carries out what the
 * agent asks (insert, select, apply, copy). Everything it shows is derived by lib/panel's model
 * from the store's data; components render it and call `actions`.
 */
import { liveQuery, type Subscription } from 'dexie';
import { browser } from 'wxt/browser';
import type { DraftMark, DraftSpan, DraftState, InsertResult } from '@/lib/conversation/draft';
import { editOutcome } from '@/lib/conversation/words';
import { ConversationMemory } from '@/lib/conversation/remember';
import type { TactfulDatabase } from '@/lib/db';
import { describeStorageError, detailsFromInsight, earlierContacts, recordConversation } from '@/lib/history';
import { onPanelCommand, type PanelCommand } from '@/lib/commands';
import { sendMessage } from '@/lib/messaging';
import {
  conversationSignature,
  createPanelModel,
  customerText,
  fillSuggestion,
  isFailed,
  languageVerdict,
  moveSelection,
  samePerson,
  selectedSuggestion,
  shortcutLines,
  type Analyse,
  type BrowserCommand,
  type DetectedLanguages,
  type ExpandOutcome,
  type HistoryState,
  type PageState,
  type PanelActions,
  type PanelModel,
  type Part,
} from '@/lib/panel';
import type { Insight } from '@/lib/analysis';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { activePacks, watchActivePacks } from '@/lib/packs/store';
import { loadSettings, watchSettings } from '@/lib/settings';
import { settingsFromBusinessHours } from '@/lib/timescale/settings';
import { loadBusinessHours, watchBusinessHours, type BusinessHours } from '@/lib/welcome';
import { setDraft, setHistory, setPage, usePanelStore, type FocusTarget } from '@/components/sidepanel/store';
import { followTab, type FollowOptions, type Following } from './follow-tab';
import { trackPhraseUse } from './phrase-use';
import { loadPreferences, rememberPick } from './preferences';
import { promiseActions, trackPromises } from './promises';
import { i18n } from '#i18n';

/** What the panel asks of the followed tab's content script. */
export interface TabPort {
  insert(tabId: number, text: string): Promise<InsertResult>;
  /** Underline the guard's findings in the editor (an empty list clears them). */
  mark(tabId: number, marks: DraftMark[]): Promise<void>;
  select(tabId: number, span: DraftSpan): Promise<InsertResult>;
  replace(tabId: number, span: DraftSpan, text: string): Promise<InsertResult>;
  /** Open the messages the helpdesk folds; answers how many of its controls were pressed. */
  expand(tabId: number): Promise<{ pressed: number }>;
}

export const messagingTab: TabPort = {
  insert: (tabId, text) => sendMessage('insertText', { text }, tabId).then(editOutcome),
  mark: (tabId, marks) => sendMessage('showFindings', { marks }, tabId),
  select: (tabId, span) => sendMessage('selectInDraft', span, tabId).then(editOutcome),
  replace: (tabId, span, text) => sendMessage('replaceInDraft', { ...span, text }, tabId).then(editOutcome),
  expand: (tabId) => sendMessage('expandMessages', undefined, tabId),
};

/** The browser's keyboard shortcuts, as the panel uses them. */
export interface CommandsPort {
  /** Hear the shortcuts the background forwards to the panel of `windowId`'s window. */
  listen(windowId: () => number | undefined, act: (command: PanelCommand) => void): () => void;
  /** The window this panel serves: the pinned tab's window, else the panel's own. */
  windowId(pinnedTabId?: number): Promise<number | undefined>;
  /** Every command with the keys bound to it now (the agent may have changed them). */
  getAll(): Promise<BrowserCommand[]>;
  /** Open the browser's shortcut settings. */
  openSettings(): Promise<void>;
}

export const browserCommands: CommandsPort = {
  listen: (windowId, act) => onPanelCommand(windowId, act),
  windowId: async (pinnedTabId) => (pinnedTabId !== undefined ? (await browser.tabs.get(pinnedTabId)).windowId : (await browser.windows.getCurrent()).id),
  getAll: async () => (await browser.commands?.getAll()) ?? [],
  openSettings: async () => {
    // Firefox opens its own Manage Extension Shortcuts page; Chrome's page is an internal URL
    // only an extension can open.
    const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
    if (commands?.openShortcutSettings) await commands.openShortcutSettings();
    else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  },
};

/** The browser's language detection (`i18n.detectLanguage`, Chrome and Firefox alike). */
export type DetectLanguage = (text: string) => Promise<DetectedLanguages>;
const browserDetectLanguage: DetectLanguage = async (text) => browser.i18n.detectLanguage(text);

export interface ControllerOptions {
  db: TactfulDatabase;
  tab?: TabPort;
  /** How the tab is followed (default: followTab); `null` follows nothing (tests set the page). */
  follow?: ((options: FollowOptions) => Following) | null;
  /** Follow this tab instead of the window's active one (`sidepanel.html?tabId=N`). */
  pinnedTabId?: number;
  model?: PanelModel;
  /**
   * Reads a long conversation off the main thread (lib/panel/off-thread.ts): asked whenever the
   * model leaves one waiting (a model made with `mainThreadChars`).
   */
  analyse?: Analyse;
  clock?: () => Date;
  clipboard?: () => Pick<Clipboard, 'writeText'>;
  /** Keyboard shortcuts (default: the browser's); `null` hears none. */
  commands?: CommandsPort | null;
  detectLanguage?: DetectLanguage;
}

export interface PanelController {
  db: TactfulDatabase;
  model: PanelModel;
  actions: PanelActions;
  /** A new state of the followed tab: shown, and recorded in history when the conversation changed. */
  showPage(page: PageState): void;
  /** The agent's draft in the followed tab changed. */
  showDraft(draft: DraftState | undefined): void;
  stop(): void;
}

const UNREACHABLE = (): InsertResult => ({ ok: false, reason: i18n.t('panel.tab.unreachable') });
const NOT_CONNECTED = (): InsertResult => ({ ok: false, reason: i18n.t('panel.tab.notConnected') });

export function createController({
  db,
  tab = messagingTab,
  follow = followTab,
  pinnedTabId,
  model = createPanelModel(),
  analyse,
  clock = () => new Date(),
  clipboard = () => navigator.clipboard,
  commands = browserCommands,
  detectLanguage = browserDetectLanguage,
}: ControllerOptions): PanelController {
  const store = usePanelStore;
  const memory = new ConversationMemory();
  /** The last conversation recorded, and where it was recorded (once known). */
  let recorded: { signature: string; contact?: HistoryState } | undefined;
  let stopped = false;
  /** A conversation to record once its off-thread reading arrives. */
  let awaitingRecord: Extract<PageState, { kind: 'conversation' }> | undefined;
  /** The snapshot last sent to be read off the main thread. */
  let reading: ConversationSnapshot | undefined;

  /** Read a long conversation elsewhere; its insight joins the store if it is still the page's. */
  const readElsewhere = (snapshot: ConversationSnapshot) => {
    if (!analyse || reading === snapshot) return;
    reading = snapshot;
    const arrived = (insight: Part<Insight>) => {
      if (stopped) return;
      const { page } = store.getState();
      if (page.kind !== 'conversation' || page.snapshot !== snapshot) return; // the page moved on
      store.setState({ analysed: { snapshot, insight } });
      if (awaitingRecord?.snapshot === snapshot) record(awaitingRecord);
    };
    analyse(snapshot).then(arrived, (error: unknown) => arrived({ failed: true, error: error instanceof Error ? error.message : String(error) }));
  };

  // Which pack phrases the agent inserts and how much they edit them (counts only).
  const phraseUse = trackPhraseUse(db, clock);
  const draftChanged = (draft: DraftState | undefined) => {
    setDraft(draft);
    phraseUse.draft(store.getState().page, draft);
  };

  const showPage = (state: PageState) => {
    let page = state;
    if (page.kind === 'conversation') {
      const { snapshot, fromEarlierView } = memory.fill(page.snapshot);
      page = { ...page, snapshot, fromEarlierView };
    }
    // Another conversation: the shortcuts act on its top phrase again.
    store.setState({ now: clock().getTime(), ...(page.kind === 'loading' || samePerson(store.getState().page, page) ? {} : { selected: undefined }) });
    setPage(page);
    phraseUse.read(page);
    if (page.kind === 'conversation') {
      record(page);
      detect(page.snapshot);
    }
  };

  /** Ask the browser which language the customer writes in, once per text (the model ignores an answer about older text). */
  let detecting: string | undefined;
  const detect = (snapshot: Extract<PageState, { kind: 'conversation' }>['snapshot']) => {
    const text = customerText(snapshot);
    if (text === detecting || text === store.getState().language?.text) return;
    detecting = text;
    detectLanguage(text).then(
      (detected) => !stopped && store.setState({ language: { text, verdict: languageVerdict(text, detected) } }),
      () => !stopped && store.setState({ language: { text, verdict: languageVerdict(text, undefined) } }), // no detector: advise as usual
    );
  };

  /** Record the conversation when its content changed since the last recording. */
  const record = (page: Extract<PageState, { kind: 'conversation' }>) => {
    // A long conversation still being read: record it when its reading arrives, with what it found.
    if (model(store.getState()).conversation?.analysing) {
      awaitingRecord = page;
      return;
    }
    awaitingRecord = undefined;
    const signature = conversationSignature(page.snapshot);
    if (signature === recorded?.signature) {
      // The same conversation again (the tab reloaded, passing through "loading"): it is already
      // recorded; show where, without writing again.
      if (recorded.contact && !store.getState().history.customerId) setHistory(recorded.contact);
      return;
    }
    const current: { signature: string; contact?: HistoryState } = { signature };
    recorded = current;
    // What the analysis found (topic, feeling) goes with the contact; never the message text.
    const insight = model(store.getState()).conversation?.insight;
    const details = insight && !isFailed(insight) ? detailsFromInsight(insight) : {};
    recordConversation(db, page.snapshot, clock(), details).then(
      (contact) => {
        current.contact = contact ?? {};
        if (!stopped && samePerson(store.getState().page, page)) setHistory(current.contact);
        // Promises in the agent's sent messages: stored once, then kept or missed (lib/promises).
        if (contact) trackPromises(db, page.snapshot, contact, clock(), store.getState().timescale);
      },
      (error: unknown) => {
        recorded = undefined; // try again with the next reading
        if (!stopped) setHistory({ error: describeStorageError(error) });
      },
    );
  };

  /** Ask the followed tab's content script; a tab that can't be reached gets a plain reason. */
  async function askTab<T>(ask: (tabId: number) => Promise<T>, unreachable: T, notConnected: T = unreachable): Promise<T> {
    const { page } = store.getState();
    if (page.kind !== 'conversation') return notConnected;
    try {
      return await ask(page.tabId);
    } catch {
      return unreachable;
    }
  }

  // Derived effects: the editor's underlines and the customer's contact count follow the store.
  let marked: { tabId: number; marks: DraftMark[] } | undefined;
  let watching: { key: string; subscription?: Subscription } | undefined;
  const follows = (state: ReturnType<typeof store.getState>) => {
    const view = model(state);
    const { page } = view;
    if (page.kind === 'conversation' && view.conversation?.analysing) readElsewhere(page.snapshot);
    const marks = view.conversation?.marks;
    if (page.kind === 'conversation' && marks && (marked?.marks !== marks || marked.tabId !== page.tabId)) {
      marked = { tabId: page.tabId, marks };
      void askTab((tabId) => tab.mark(tabId, marks), undefined);
    }
    const { customerId, contactId } = state.history;
    const key = customerId ? `${customerId}\u0000${contactId ?? ''}` : '';
    if (key !== (watching?.key ?? '')) {
      watching?.subscription?.unsubscribe();
      watching = { key };
      if (customerId) {
        watching.subscription = liveQuery(async () => (await earlierContacts(db, customerId, contactId)).length).subscribe({
          next: (earlier) => {
            const { history } = store.getState();
            if (history.customerId === customerId && history.contactId === contactId && history.earlier !== earlier) setHistory({ ...history, earlier });
          },
          error: () => undefined, // the count stays "Checking history…"; recording errors are shown
        });
      }
    }
  };
  const unsubscribe = store.subscribe(follows);
  follows(store.getState());

  void loadSettings().then((settings) => !stopped && store.setState({ settings }));
  void loadPreferences().then((preferences) => !stopped && store.setState({ preferences }));
  const unwatchSettings = watchSettings((settings) => store.setState({ settings }));
  const setHours = (hours: BusinessHours) => !stopped && store.setState({ timescale: settingsFromBusinessHours(hours) });
  void loadBusinessHours().then(setHours, () => undefined);
  const unwatchHours = watchBusinessHours(setHours);
  // The packs in effect (built-in and the team's, in the agent's order): a change applies at once.
  void activePacks().then((packs) => !stopped && store.setState({ packs }), () => undefined);
  const unwatchPacks = watchActivePacks((packs) => !stopped && store.setState({ packs }));

  const following = follow?.({ pinnedTabId, onState: showPage, onDraft: draftChanged });

  // Keyboard shortcuts: pressed anywhere in the browser (even while typing in the helpdesk),
  // forwarded by the background, carried out here on the same model the views show.
  let windowId: number | undefined;
  let seq = 0;
  const tell = (ok: boolean, text: string) => store.setState({ notice: { ok, text, seq: ++seq } });
  const focus = (target: FocusTarget) => store.setState({ focusRequest: { target, seq: ++seq } });
  const suggestionList = () => {
    const suggestions = model(store.getState()).conversation?.suggestions;
    return suggestions && !isFailed(suggestions) ? suggestions : undefined;
  };
  const insertSelected = async () => {
    const view = model(store.getState());
    const suggestions = suggestionList();
    const chosen = suggestions && selectedSuggestion(suggestions.list, store.getState().selected);
    if (!view.conversation || view.conversation.language.analysed === false || !suggestions || !chosen) return tell(false, i18n.t('panel.tab.noPhraseToInsert'));
    if (chosen.missing.length > 0) {
      focus('selected-suggestion');
      return tell(false, i18n.t('panel.tab.gapsToFill'));
    }
    const text = fillSuggestion(chosen, suggestions.values, {});
    const result = await actions.insert(text);
    if (stopped) return;
    if (!result.ok) return tell(false, result.reason);
    tell(true, i18n.t('panel.tab.inserted', { text }));
    await actions.picked({ key: chosen.key, kind: chosen.kind });
  };
  const act = (command: PanelCommand) => {
    if (stopped) return;
    switch (command) {
      case 'next-suggestion':
      case 'previous-suggestion': {
        const list = suggestionList()?.list ?? [];
        const selected = moveSelection(list, store.getState().selected, command === 'next-suggestion' ? 1 : -1);
        if (!selected) return tell(false, i18n.t('panel.tab.noPhraseToSelect'));
        store.setState({ selected, notice: undefined });
        return focus('selected-suggestion');
      }
      case 'insert-top-suggestion':
        return void insertSelected();
      case 'focus-draft-check':
        return focus('draft-check');
    }
  };
  const unlisten = commands?.listen(() => windowId, act);
  void commands?.windowId(pinnedTabId).then(
    (id) => (windowId = id),
    () => undefined, // unknown window: act on every forwarded shortcut
  );
  void commands?.getAll().then(
    (all) => !stopped && store.setState({ shortcuts: shortcutLines(all) }),
    () => undefined,
  );

  const actions: PanelActions = {
    insert: async (text, phrase) => {
      const { page } = store.getState();
      const result = await askTab((tabId) => tab.insert(tabId, text), UNREACHABLE(), NOT_CONNECTED());
      if (result.ok && phrase && !stopped) phraseUse.inserted(phrase, text, page);
      return result;
    },
    select: (span) => askTab((tabId) => tab.select(tabId, span), UNREACHABLE(), NOT_CONNECTED()),
    replace: (span, text) => askTab((tabId) => tab.replace(tabId, span, text), UNREACHABLE(), NOT_CONNECTED()),
    copy: (text) =>
      clipboard()
        .writeText(text)
        .then(
          () => true,
          () => false,
        ),
    picked: async (pick) => {
      const preferences = await rememberPick(pick);
      if (!stopped) store.setState({ preferences });
    },
    dismiss: (key) => {
      const { page, dismissed } = store.getState();
      if (page.kind !== 'conversation') return;
      const url = page.snapshot.url;
      const keys = dismissed?.url === url ? dismissed.keys : [];
      if (!keys.includes(key)) store.setState({ dismissed: { url, keys: [...keys, key] } });
    },
    expandMessages: () =>
      askTab<ExpandOutcome>(
        async (tabId) => ({ ok: true, pressed: (await tab.expand(tabId)).pressed }),
        { ok: false, reason: i18n.t('panel.tab.unreachable') },
        { ok: false, reason: i18n.t('panel.tab.notConnected') },
      ),
    refresh: () => following?.refresh(),
    reloadTab: async (tabId) => {
      await browser.tabs.reload(tabId);
    },
    ...promiseActions({ db, clock, state: () => store.getState() }),
    selectSuggestion: (key) => store.setState({ selected: key }),
    openShortcutSettings: async () => {
      await commands?.openSettings();
    },
  };

  return {
    db,
    model,
    actions,
    showPage,
    showDraft: draftChanged,
    stop() {
      stopped = true;
      phraseUse.stop();
      following?.stop();
      unsubscribe();
      unwatchSettings();
      unwatchHours();
      unwatchPacks();
      unlisten?.();
      watching?.subscription?.unsubscribe();
    },
  };
}
