/**
 * The panel's speed in Chromium, through the built e2e extension (its real panel page, following a
 * real tab):
 *
 * - snapshot to rendered: a Request Tracker page of 200 messages changes its newest message; from
 *   the moment the content script's `pageChanged` reaches the panel page to the frame that shows
 *   the new text (the analysis, the history write and React's render all fall inside);
 * - keystroke to underline: the agent types the letter that completes a finding in a real editor
 *   (TipTap's ProseMirror, CKEditor 5); from the keystroke to the frame that paints the underline,
 *   less the content script's debounce (the pause it waits for before reading the draft).
 *
 * The panel page is timed from inside: an init script registers a message listener before the
 * panel's own code runs, so the arrival time is taken before the panel does any work.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import type { BenchFigure } from './bench';
import { largePage, READING_CASES } from './bench-reading';
import { launchTactful, openPanelFor, readThroughExtension, REPO_ROOT, type TactfulBrowser } from './browser/chromium';
import { serveLoopback, type Route } from './browser/serve';
import { ensureE2eBuild } from './build';
import { median } from './stats';

const MESSAGES = 200;
const RUNS = 21;
const UNDERLINE_RUNS = 15;
/** lib/highlight's watchDraft waits this long after the last keystroke before reading the draft. */
const DRAFT_DEBOUNCE_MS = 120;
const UNDERLINE_GOAL_MS = 50;

/** Runs in every page before its own scripts: in the panel, note when each message arrives. */
const PANEL_CLOCK = `
  if (location.protocol === 'chrome-extension:' && globalThis.chrome?.runtime?.onMessage) {
    globalThis.__arrivals = [];
    chrome.runtime.onMessage.addListener((message) => {
      if (message && message.type === 'pageChanged') globalThis.__arrivals.push(performance.now());
      return undefined;
    });
  }
`;

/** In a page: resolves with the time of the first frame after `ready()` holds (checked on each DOM change). */
const FRAME_AFTER = `
  globalThis.__frameAfter = (ready) => new Promise((resolve) => {
    const painted = () => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
    if (ready()) return painted();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      painted();
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  });
`;

async function addClocks(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: `${PANEL_CLOCK}\n${FRAME_AFTER}` });
}

const range = (times: number[]) => `min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}`;

async function benchSnapshotToRendered(browser: TactfulBrowser): Promise<BenchFigure> {
  const rt = READING_CASES.find((c) => c.name === 'rt')!;
  const server = await serveLoopback({ '/Ticket/Display.html': largePage(rt, MESSAGES) });
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}${rt.route}`, { waitUntil: 'load' });
    // The fixture has messages outside its repeated blocks: repeat fewer, to read exactly MESSAGES.
    const extra = ((await readThroughExtension(browser, page)).snapshot?.messages.length ?? 0) - MESSAGES;
    server.route('/Ticket/Display.html', largePage(rt, MESSAGES - extra));
    await page.goto(`${server.origin}${rt.route}`, { waitUntil: 'load' });
    const first = await readThroughExtension(browser, page);
    if (first.snapshot?.messages.length !== MESSAGES) throw new Error(`panel bench: read ${first.snapshot?.messages.length} messages, not ${MESSAGES}`);
    const panel = await openPanelFor(browser, page);
    await panel.locator('.messages > li').first().waitFor({ timeout: 30_000 });
    const times: number[] = [];
    for (let run = 0; run < RUNS + 2; run++) {
      const marker = `Marker ${run} for the panel benchmark.`;
      const rendered = panel.evaluate(
        (marker) =>
          (globalThis as unknown as { __frameAfter(ready: () => boolean): Promise<number> }).__frameAfter(
            () => document.querySelector('.messages')?.textContent?.includes(marker) ?? false,
          ),
        marker,
      );
      const before = await panel.evaluate(() => (globalThis as unknown as { __arrivals: number[] }).__arrivals.length);
      await page.evaluate((marker) => {
        const stanzas = document.querySelectorAll('.history-container .transaction.message .message-stanza');
        stanzas[stanzas.length - 1]!.textContent = marker;
      }, marker);
      const end = await rendered;
      const arrivals = await panel.evaluate(() => (globalThis as unknown as { __arrivals: number[] }).__arrivals);
      const arrived = arrivals.slice(before).at(-1);
      if (arrived === undefined) throw new Error('panel bench: the panel rendered without a pageChanged');
      // The first two warm the panel up (code paths, caches), as an agent's first minutes do.
      if (run >= 2) times.push(end - arrived);
      await panel.waitForTimeout(100);
    }
    await panel.close();
    return { name: `panel: snapshot to rendered, ${MESSAGES} messages (median)`, value: median(times), unit: 'ms', note: `${RUNS} runs; ${range(times)}` };
  } finally {
    await page.close();
    await server.close();
  }
}

/** The prose a long conversation is made of: plain complaint sentences, varied per run so nothing is cached. */
const LONG_SENTENCES = [
  'The replacement part I was promised has still not arrived, and I have now waited well over two weeks for it.',
  'Every time I call I am told someone will get back to me, and nobody ever does, which is really frustrating.',
  'I need this fixed before the end of the month because my team cannot work without the device.',
  'Could you please tell me exactly where the order is and when I can realistically expect it?',
];

/**
 * Opening a long conversation: the tab beside an open panel changes to a conversation of
 * LONG_CHARS characters (200 messages of about 1,000), which the panel reads in its Worker
 * (lib/panel/off-thread.ts). Measures the longest task on the panel's main thread from the change
 * to the advice being shown, and how long until it is shown.
 */
const LONG_CHARS = 200_000;
const LONG_RUNS = 5;

async function benchLongConversation(browser: TactfulBrowser): Promise<BenchFigure[]> {
  const rt = READING_CASES.find((c) => c.name === 'rt')!;
  const server = await serveLoopback({ '/Ticket/Display.html': largePage(rt, MESSAGES) });
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}${rt.route}`, { waitUntil: 'load' });
    const panel = await openPanelFor(browser, page);
    await panel.locator('.feel').waitFor({ timeout: 30_000 });
    await panel.evaluate(() => {
      const seen: number[] = [];
      (globalThis as unknown as { __longTasks: number[] }).__longTasks = seen;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: 'longtask' });
    });
    const longest: number[] = [];
    const ready: number[] = [];
    for (let run = 0; run < LONG_RUNS; run++) {
      const marker = `Long conversation ${run}.`;
      await panel.evaluate(() => ((globalThis as unknown as { __longTasks: number[] }).__longTasks.length = 0));
      const shown = panel.evaluate(
        (marker) =>
          (globalThis as unknown as { __frameAfter(ready: () => boolean): Promise<number> }).__frameAfter(
            () => (document.querySelector('.messages')?.textContent?.includes(marker) ?? false) && document.querySelector('.feel') !== null,
          ),
        marker,
      );
      const started = await panel.evaluate(() => performance.now());
      await page.evaluate(
        ({ marker, sentences, chars }) => {
          const stanzas = [...document.querySelectorAll('.history-container .transaction.message .message-stanza')];
          const each = Math.ceil(chars / stanzas.length);
          stanzas.forEach((stanza, i) => {
            let text = `${marker} Message ${i}. `;
            for (let k = i; text.length < each; k++) text += `${sentences[k % sentences.length]} `;
            stanza.textContent = text.slice(0, each);
          });
        },
        { marker, sentences: LONG_SENTENCES, chars: LONG_CHARS },
      );
      const end = await shown;
      await panel.waitForTimeout(200); // a long task ending with the frame is reported just after it
      longest.push(Math.max(0, ...(await panel.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks))));
      ready.push(end - started);
    }
    await panel.close();
    const chars = `${(LONG_CHARS / 1000).toFixed(0)},000-character conversation`;
    return [
      {
        name: `panel: longest main-thread task opening a ${chars} (median)`,
        value: median(longest),
        unit: 'ms',
        note: `${LONG_RUNS} runs; ${range(longest)}; read in the panel's Worker; 0 = no task over 50 ms`,
      },
      { name: `panel: advice shown for a ${chars} (median)`, value: median(ready), unit: 'ms', note: `${LONG_RUNS} runs; ${range(ready)}; from the change in the tab` },
    ];
  } finally {
    await page.close();
    await server.close();
  }
}

/** The editors of the real-browser tests' harness pages (tests/e2e/compose), bundled for the browser. */
async function harnessRoutes(files: string[]): Promise<Record<string, Route>> {
  const dir = path.join(REPO_ROOT, 'tests/e2e/compose');
  const bundles = await build({
    entryPoints: files.map((file) => path.join(dir, file)),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir: '/harness',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.svg': 'text' },
    logLevel: 'error',
  });
  const routes: Record<string, Route> = {};
  for (const output of bundles.outputFiles) {
    routes[`/harness/${path.basename(output.path)}`] = { body: output.text, type: output.path.endsWith('.css') ? 'text/css' : 'text/javascript' };
  }
  // The editor on a Request Tracker ticket page, so the panel has a conversation and checks the draft.
  const ticket = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/helpdesks/rt/ticket.html'), 'utf8');
  routes['/Ticket/Display.html'] = (req, res) => {
    const name = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('editor') ?? '';
    const style = routes[`/harness/${name}.css`] ? `<link rel="stylesheet" href="/harness/${name}.css">` : '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(ticket.replace('</head>', `${style}<script type="module" src="/harness/${name}.js"></script></head>`));
  };
  return routes;
}

const EDITORS = [
  { label: 'TipTap', file: 'prosemirror.ts', editable: '.ProseMirror' },
  { label: 'CKEditor 5', file: 'ckeditor5.ts', editable: '.ck-editor__editable' },
];
const TYPED = 'Thanks for writing. It was our faul';
const FINDING = 'our fault';

/**
 * In the editor's page: a log of keystrokes and of what the error highlight covers, checked every
 * frame (highlights change no DOM, so only a frame-by-frame look sees them arrive).
 */
const UNDERLINE_LOG = `
  globalThis.__underlines = [];
  document.addEventListener('keydown', (event) => __underlines.push([performance.now(), 'key ' + event.key]), true);
  let shown = '';
  const look = () => {
    const now = [...(CSS.highlights.get('tactful-error') ?? [])].map((range) => range.toString()).join('|');
    if (now !== shown) __underlines.push([performance.now(), 'hl ' + now]);
    shown = now;
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
`;

async function benchUnderline(browser: TactfulBrowser, origin: string, editor: (typeof EDITORS)[number]): Promise<BenchFigure> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${origin}/Ticket/Display.html?id=5&editor=${editor.file.replace(/\.tsx?$/, '')}`);
    await page.waitForFunction(() => (window as unknown as { harness?: unknown }).harness, undefined, { timeout: 20_000 });
    await readThroughExtension(browser, page); // the content script is running
    const panel = await openPanelFor(browser, page);
    await panel.locator('.check').waitFor({ timeout: 30_000 });
    await page.bringToFront();
    await page.evaluate(UNDERLINE_LOG);
    await page.locator(editor.editable).click();
    await page.keyboard.type(TYPED, { delay: 5 });
    await page.waitForTimeout(500);
    const totals: number[] = [];
    for (let run = 0; run < UNDERLINE_RUNS + 2; run++) {
      const from = await page.evaluate('__underlines.length');
      await page.keyboard.press('t');
      let log: [number, string][] = [];
      await waitUntil(async () => (log = ((await page.evaluate('__underlines')) as [number, string][]).slice(from as number)).some(([, what]) => what === `hl ${FINDING}`), 'the underline');
      const keydown = log.find(([, what]) => what === 'key t')![0];
      const painted = log.find(([, what]) => what === `hl ${FINDING}`)![0];
      if (run >= 2) totals.push(painted - keydown);
      await page.waitForTimeout(150);
      await page.keyboard.press('Backspace');
      await waitUntil(async () => (await page.evaluate('__underlines.at(-1)[1]')) === 'hl ', 'the underline to go');
      await page.waitForTimeout(150);
    }
    await panel.close();
    const after = totals.map((t) => t - DRAFT_DEBOUNCE_MS);
    return {
      name: `keystroke to underline: ${editor.label} (median)`,
      value: median(after),
      unit: 'ms',
      goal: UNDERLINE_GOAL_MS,
      note: `after the ${DRAFT_DEBOUNCE_MS} ms debounce; ${UNDERLINE_RUNS} runs, ${range(after)}; with the debounce ${median(totals).toFixed(1)}`,
    };
  } finally {
    await page.close();
  }
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await check()); ) {
    if (Date.now() > deadline) throw new Error(`panel bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function benchPanel(): Promise<BenchFigure[]> {
  ensureE2eBuild();
  const server = await serveLoopback(await harnessRoutes(EDITORS.map((e) => e.file)));
  const browser = await launchTactful();
  try {
    await addClocks(browser.context);
    const figures = [await benchSnapshotToRendered(browser), ...(await benchLongConversation(browser))];
    for (const editor of EDITORS) figures.push(await benchUnderline(browser, server.origin, editor));
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
