/**
 * The live draft check in real Chromium with the built extension (e2e build: its content script
 * runs on 127.0.0.1 pages), on the real editors: ProseMirror (TipTap), CKEditor 5 and a React
 * <textarea> on harness pages (tests/e2e/compose), and the live Request Tracker 5 reply page
 * (CKEditor 4 in an iframe). The test plays the panel: it hears `draftChanged` in the service
 * worker and sends `showFindings`/`selectInDraft`/`replaceInDraft` to the tab from there, in
 * lib/messaging's wire format. What counts is the editor's own API, not the DOM.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchTactful, REPO_ROOT, tabIdOf, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import type { DraftMark, DraftState, ProtocolMap } from '../../lib/messaging';
import { seedTicket } from './rt5/rt5';

const HARNESSES = ['prosemirror.ts', 'ckeditor5.ts', 'textarea.tsx'];
const GREETING = 'Hi Dana,';
const DRAFT = 'Thanks for writing. It was our fault your order was late.';
const FAULT = 'It was our fault';
const SENTENCE = 'It was our fault your order was late';
const REWRITE = "I'm sorry your order arrived late";
/** Editors group edits made in quick succession into one undo step; agents pause before Apply. */
const UNDO_GROUPING_MS = 1100;

let browser: TactfulBrowser;
let server: LoopbackServer;

beforeAll(async () => {
  const dir = path.join(REPO_ROOT, 'tests/e2e/compose');
  const harnesses = await build({
    entryPoints: HARNESSES.map((file) => path.join(dir, file)),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    outdir: '/harness',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.svg': 'text' },
    logLevel: 'error',
  });
  const routes: Record<string, { body: string; type: string }> = {};
  for (const output of harnesses.outputFiles) {
    routes[`/harness/${path.basename(output.path)}`] = { body: output.text, type: output.path.endsWith('.css') ? 'text/css' : 'text/javascript' };
  }
  for (const file of HARNESSES) {
    const name = file.replace(/\.tsx?$/, '');
    const style = routes[`/harness/${name}.css`] ? `<link rel="stylesheet" href="/harness/${name}.css">` : '';
    routes[`/${name}.html`] = {
      body: `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title>${style}<script type="module" src="/harness/${name}.js"></script></head><body></body></html>`,
      type: 'text/html; charset=utf-8',
    };
  }
  server = await serveLoopback(routes);
  browser = await launchTactful();
  // Play the panel: record every draftChanged, answering in the wire format of lib/wire.ts.
  await browser.worker.evaluate(() => {
    const log: { tabId?: number; data: unknown }[] = [];
    const panel = globalThis as unknown as { drafts: typeof log; closed?: boolean };
    panel.drafts = log;
    chrome.runtime.onMessage.addListener((message: { type?: string; data?: unknown }, sender, respond) => {
      if (message?.type !== 'draftChanged' || panel.closed) return false;
      log.push({ tabId: sender.tab?.id, data: message.data });
      respond({ res: null });
      return false;
    });
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Send a message to the tab's content script, as the panel does; resolves to its answer. */
async function ask<K extends keyof ProtocolMap>(tabId: number, type: K, data: Parameters<ProtocolMap[K]>[0]): Promise<ReturnType<ProtocolMap[K]>> {
  return browser.worker.evaluate(
    async ({ tabId, type, data }) => {
      const response = (await chrome.tabs.sendMessage(tabId, { id: Date.now(), type, data, timestamp: Date.now() })) as { res?: unknown; err?: { message?: string } } | undefined;
      if (!response) throw new Error('The content script did not answer');
      if (response.err) throw new Error(response.err.message ?? 'The content script failed');
      return response.res as never;
    },
    { tabId, type, data },
  );
}

const drafts = (tabId: number) =>
  browser.worker.evaluate((tabId) => (globalThis as unknown as { drafts: { tabId?: number; data: DraftState }[] }).drafts.filter((d) => d.tabId === tabId).map((d) => d.data), tabId);

/** Wait for the content script (it starts when the page is idle). */
async function contentScriptReady(tabId: number) {
  for (const deadline = Date.now() + 10_000; !(await ask(tabId, 'readPage', {}).then(() => true, () => false)); ) {
    if (Date.now() > deadline) throw new Error('The content script did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Target {
  name: string;
  kind: string;
  /** The page, and the frame the editor's document is in. */
  open(): Promise<{ page: Page; frame: Frame }>;
  /** The editor's own view of the text (its API), as lines joined by "\n". */
  editorText(page: Page): Promise<string>;
  /** Where the agent clicks to type. */
  editable(page: Page): Locator;
  /** After the click, put the caret where an agent's would be (RT: in the empty paragraph). */
  caret?(frame: Frame): Promise<void>;
}

const harness = (file: string, kind: string, editable: string): Target => ({
  name: `${kind} (harness)`,
  kind,
  editable: (page) => page.locator(editable),
  async open() {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${file.replace(/\.tsx?$/, '')}.html`);
    await page.waitForFunction(() => window.harness, undefined, { timeout: 20_000 });
    return { page, frame: page.mainFrame() };
  },
  editorText: (page) => page.evaluate(() => window.harness!.text()),
});

const rt5Target: Target = {
  name: 'ckeditor4 (live Request Tracker 5 reply)',
  kind: 'ckeditor4',
  editable: (page) => page.frameLocator('iframe.cke_wysiwyg_frame').locator('body'),
  // RT's reply starts as one empty, zero-height <p>: a click in the body lands beside it, where
  // typing makes bare text outside any paragraph. An agent's caret (keyboard, or a click on the
  // first line) is in the paragraph.
  caret: (frame) =>
    frame.evaluate(() => {
      const p = document.querySelector('p');
      if (p) getSelection()!.collapse(p, 0);
    }),
  async open() {
    const rt5 = inject('rt5');
    const ticket = seedTicket(rt5);
    const page = await browser.context.newPage();
    await page.goto(`${rt5.baseUrl}/NoAuth/Login.html`);
    await page.fill('input[name=user]', 'root');
    await page.fill('input[name=pass]', 'password');
    await Promise.all([page.waitForNavigation(), page.press('input[name=pass]', 'Enter')]);
    await page.goto(`${rt5.baseUrl}/Ticket/Update.html?id=${ticket.id}&Action=Respond`);
    await page.frameLocator('iframe.cke_wysiwyg_frame').locator('body.cke_editable').waitFor();
    const frame = await (await page.$('iframe.cke_wysiwyg_frame'))!.contentFrame();
    return { page, frame: frame! };
  },
  editorText: (page) =>
    page.evaluate(() => {
      const ck = (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR;
      const html = Object.values(ck.instances)[0]!.getData();
      const body = new DOMParser().parseFromString(html, 'text/html').body;
      return [...body.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\u00a0/g, ' ').replace(/^ $/, '')).join('\n');
    }),
};

const TARGETS: Target[] = [
  harness('prosemirror.ts', 'prosemirror', '.ProseMirror'),
  harness('ckeditor5.ts', 'ckeditor5', '.ck-editor__editable'),
  harness('textarea.tsx', 'textarea', 'textarea'),
  rt5Target,
];

/** What the page shows as underlined: highlight ranges in the editor's document, or overlay spans. */
function underlined(frame: Frame, kind: string): Promise<string[]> {
  if (kind === 'textarea') {
    return frame.evaluate(() =>
      [...(document.querySelector('tactful-marks')?.shadowRoot?.querySelectorAll('span') ?? [])]
        .filter((span) => span.style.textDecoration.includes('wavy'))
        .map((span) => span.textContent ?? ''),
    );
  }
  return frame.evaluate(() => [...(CSS.highlights.get('tactful-error') ?? [])].map((range) => (range as Range).toString()));
}

/** The editor's DOM (or the textarea's value and markup), to show that highlighting left it alone. */
const editorDom = (frame: Frame, kind: string) =>
  frame.evaluate((kind) => {
    const el = kind === 'textarea' ? document.querySelector('textarea')! : kind === 'ckeditor4' ? document.body : document.querySelector('[contenteditable=true]')!;
    return { html: el.outerHTML, value: (el as HTMLTextAreaElement).value ?? null, rect: JSON.stringify(el.getBoundingClientRect()) };
  }, kind);

const selected = (frame: Frame, kind: string) =>
  frame.evaluate((kind) => {
    if (kind !== 'textarea') return getSelection()?.toString() ?? '';
    const area = document.querySelector('textarea')!;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  }, kind);

describe.each(TARGETS)('the live draft check in $name', (target) => {
  let page: Page;
  let frame: Frame;
  let tabId: number;
  let text: string;
  const mark = (start: number, end: number): DraftMark => ({ start, end, category: 'fault', severity: 'error' });

  beforeAll(async () => {
    ({ page, frame } = await target.open());
    tabId = await tabIdOf(browser, page);
    await contentScriptReady(tabId);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('sends the draft as the agent types, once typing pauses', async () => {
    await target.editable(page).click();
    await page.keyboard.press('Control+End');
    await target.caret?.(frame);
    const before = (await drafts(tabId)).length;
    // A greeting, Enter, then the sentence. (In RT's fresh reply a line typed without an Enter
    // stays outside any paragraph, and CKEditor 4 wraps a paste there in a new one: see the README.)
    await page.keyboard.type(GREETING, { delay: 15 });
    await page.keyboard.press('Enter');
    await page.keyboard.type(DRAFT, { delay: 15 });
    await expect.poll(async () => (await drafts(tabId)).at(-1)?.text ?? '', { timeout: 5000 }).toContain(DRAFT);
    const sent = (await drafts(tabId)).slice(before);
    const last = sent.at(-1)!;
    expect(last).toMatchObject({ found: true, kind: target.kind });
    expect(last.text.startsWith(`${GREETING}\n${DRAFT}`)).toBe(true);
    // RT's editor keeps an empty last paragraph; the harness editors hold exactly what was typed.
    if (target.kind !== 'ckeditor4') expect(last.text).toBe(`${GREETING}\n${DRAFT}`);
    // Debounced: a few messages for 66 keystrokes, not one each (a busy machine can pause longer
    // than the debounce between two keys, so not exactly one).
    expect(sent.length).toBeLessThan((GREETING.length + DRAFT.length) / 4);
    text = last.text;
    expect(await target.editorText(page)).toBe(text);
    // Nothing more once the agent stops: the text did not change.
    await page.waitForTimeout(400);
    expect((await drafts(tabId)).length).toBe(before + sent.length);
  });

  it('underlines a finding in the editor without changing the editor', async () => {
    const start = text.indexOf(FAULT);
    const domBefore = await editorDom(frame, target.kind);
    const apiBefore = await target.editorText(page);
    await ask(tabId, 'showFindings', { marks: [mark(start, start + FAULT.length)] });
    await expect.poll(() => underlined(frame, target.kind)).toEqual([FAULT]);
    expect(await editorDom(frame, target.kind)).toEqual(domBefore);
    expect(await target.editorText(page)).toBe(apiBefore);
    if (target.kind === 'textarea') {
      // The overlay sits exactly over the textarea and lets clicks through.
      const placed = await frame.evaluate(() => {
        const box = document.querySelector('tactful-marks')!.shadowRoot!.querySelector('div')!;
        const a = document.querySelector('textarea')!.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return { same: [a.left - b.left, a.top - b.top, a.width - b.width, a.height - b.height].every((d) => Math.abs(d) < 0.5), events: getComputedStyle(box).pointerEvents };
      });
      expect(placed).toEqual({ same: true, events: 'none' });
    } else {
      const styled = await frame.evaluate(() => document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(tactful-error)'))));
      expect(styled).toBe(true);
    }
  });

  it('keeps the underline on the same words while the agent types before them', async () => {
    await page.waitForTimeout(UNDO_GROUPING_MS);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi. ', { delay: 15 });
    await expect.poll(async () => (await drafts(tabId)).at(-1)?.text ?? '').toBe(`Hi. ${text}`);
    await expect.poll(() => underlined(frame, target.kind)).toEqual([FAULT]);
    for (let i = 0; i < 'Hi. '.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(async () => (await drafts(tabId)).at(-1)?.text ?? '').toBe(text);
    await expect.poll(() => underlined(frame, target.kind)).toEqual([FAULT]);
  });

  it('selects a finding, and refuses a stale one', async () => {
    const start = text.indexOf(FAULT);
    expect(await ask(tabId, 'selectInDraft', { start, end: start + FAULT.length, expected: FAULT })).toEqual({ ok: true });
    expect(await selected(frame, target.kind)).toBe(FAULT);
    const stale = { start, end: start + FAULT.length, expected: 'It was your fault' };
    expect(await ask(tabId, 'selectInDraft', stale)).toEqual({ ok: false, why: 'stale' });
    expect(await ask(tabId, 'replaceInDraft', { ...stale, text: REWRITE })).toEqual({ ok: false, why: 'stale' });
    expect(await target.editorText(page)).toBe(text);
  });

  it('applies a rewrite through the editor, as one undoable edit', async () => {
    const start = text.indexOf(SENTENCE);
    await page.waitForTimeout(UNDO_GROUPING_MS);
    expect(await ask(tabId, 'replaceInDraft', { start, end: start + SENTENCE.length, expected: SENTENCE, text: REWRITE })).toEqual({ ok: true });
    const rewritten = text.replace(SENTENCE, REWRITE);
    expect(await target.editorText(page)).toBe(rewritten);
    await expect.poll(async () => (await drafts(tabId)).at(-1)?.text ?? '').toBe(rewritten);
    // The edit went through the marked words: their underline goes until the panel marks again.
    await expect.poll(() => underlined(frame, target.kind)).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => target.editorText(page)).toBe(text);
    await ask(tabId, 'showFindings', { marks: [] });
    if (target.kind === 'textarea') expect(await frame.evaluate(() => document.querySelector('tactful-marks'))).toBeNull();
  });

  it('takes the marks away when nobody hears the draft any more (the panel closed)', async () => {
    // The panel marks the draft it was sent last.
    await expect.poll(async () => (await drafts(tabId)).at(-1)?.text).toBe(text);
    const start = text.indexOf(FAULT);
    await ask(tabId, 'showFindings', { marks: [mark(start, start + FAULT.length)] });
    await expect.poll(() => underlined(frame, target.kind)).toEqual([FAULT]);
    const closed = (value: boolean) => browser.worker.evaluate((value) => void ((globalThis as unknown as { closed: boolean }).closed = value), value);
    await closed(true);
    await page.keyboard.type(' Thanks!');
    await expect.poll(() => underlined(frame, target.kind)).toEqual([]);
    await closed(false);
  });
});

// Last in this browser's life: Chromium does not bring back a command-line-loaded extension.
describe('after Tactful is updated while marks are showing', () => {
  it('the orphaned content script takes its marks away at the next keystroke, and the page keeps working', async () => {
    const opened: { page: Page; frame: Frame; kind: string }[] = [];
    for (const target of [TARGETS[0]!, TARGETS[2]!]) {
      const { page, frame } = await target.open();
      const tabId = await tabIdOf(browser, page);
      await contentScriptReady(tabId);
      await target.editable(page).click();
      await page.keyboard.type(DRAFT);
      await expect.poll(async () => (await drafts(tabId)).at(-1)?.text).toBe(DRAFT);
      await ask(tabId, 'showFindings', { marks: [{ start: 20, end: 36, category: 'fault', severity: 'error' }] });
      await expect.poll(() => underlined(frame, target.kind)).toEqual([FAULT]);
      opened.push({ page, frame, kind: target.kind });
    }
    await browser.reloadExtension();
    for (const { page, frame, kind } of opened) {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.bringToFront();
      await page.keyboard.type(' Sorry.');
      await expect.poll(() => underlined(frame, kind)).toEqual([]);
      expect(await frame.evaluate(() => ({ highlights: CSS.highlights.size, overlay: document.querySelector('tactful-marks') !== null }))).toEqual({ highlights: 0, overlay: false });
      expect(await frame.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      expect(errors).toEqual([]);
    }
  });
});
