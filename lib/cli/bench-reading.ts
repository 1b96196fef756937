/**
 * Reading benchmarks in Chromium, through the built e2e extension's content script:
 *
 * - per reader (every named adapter and the generic reader on each of its fixture layouts), the
 *   median time to read a page of 1,000 messages, built from the reader's own fixture by cloning its
 *   message elements in jsdom and served at the route the helpdesk uses; and the whole read the
 *   panel asks for on the same page (detection, read and health check);
 * - the cost of observing a page that appends 1,000 messages: the longest task during the appends,
 *   in a browser without Tactful and in one with it, and the longest task a Tactful read fell inside.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { median } from './stats';
import { chromium, type Page } from 'playwright-core';
import { NAMED_ADAPTERS } from '../adapters/registry';
import type { BenchFigure } from './bench';
import type { ReadResult } from '../messaging';
import { findChromium, launchTactful, readThroughExtension, REPO_ROOT, type TactfulBrowser } from './browser/chromium';
import { serveLoopback } from './browser/serve';
import { ensureE2eBuild } from './build';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/helpdesks');
const MESSAGES = 1000;
const RUNS = 21;
const GOAL_MS = 30;
const LONG_TASK_MS = 50;

interface ReadingCase {
  /** The figure's name: the adapter id, or generic/<layout>. */
  name: string;
  adapter: string;
  fixture: string;
  /** Where the page is served; route-dependent helpdesks need their real route. */
  route?: string;
  /** One element per message (a message's whole block, header included). */
  units: string;
  /** From each match, the block to repeat (when `units` finds a part of it). */
  block?: (el: Element) => Element | null;
  /** Changes to the fixture before it is repeated. */
  prepare?: (doc: Document) => void;
}

/** A selector from an adapter's own descriptor (so the benchmark repeats what the adapter reads). */
function selectorOf(id: string, name: string): string {
  const value = NAMED_ADAPTERS.find((adapter) => adapter.id === id)?.selectors[name];
  if (typeof value !== 'string') throw new Error(`No selector "${name}" in the ${id} adapter`);
  return value;
}

/**
 * Each reader's fixture and its repeated message blocks: the adapter's own selector where it has
 * one for a whole message; else a selector for the blocks its class lookups find.
 */
export const READING_CASES: ReadingCase[] = [
  { name: 'rt', adapter: 'rt', fixture: 'rt/ticket.html', route: '/Ticket/Display.html?id=5', units: '.history-container .transaction.message' },
  { name: 'zendesk', adapter: 'zendesk', fixture: 'zendesk/ticket.html', units: selectorOf('zendesk', 'item') },
  { name: 'freshdesk', adapter: 'freshdesk', fixture: 'freshdesk/ticket.html', units: '.ticket-details__item' },
  { name: 'intercom', adapter: 'intercom', fixture: 'intercom/conversation.html', units: selectorOf('intercom', 'group') },
  { name: 'helpscout', adapter: 'helpscout', fixture: 'helpscout/conversation.html', units: 'ol[aria-label="Thread Items"] > li' },
  { name: 'zohodesk', adapter: 'zohodesk', fixture: 'zohodesk/ticket.html', units: '.zd_v2-thread' },
  { name: 'salesforce', adapter: 'salesforce', fixture: 'salesforce/case.html', units: 'article.cuf-feedItem' },
  { name: 'gmail', adapter: 'gmail', fixture: 'gmail/thread.html', units: selectorOf('gmail', 'message') },
  { name: 'freescout', adapter: 'freescout', fixture: 'freescout/conversation.html', units: '#conv-layout-main .thread:not(.thread-type-draft)' },
  { name: 'osticket', adapter: 'osticket', fixture: 'osticket/ticket.html', units: selectorOf('osticket', 'items') },
  { name: 'zammad', adapter: 'zammad', fixture: 'zammad/ticket.html', units: '#taskbars .content.active .ticket-article-item' },
  { name: 'chatwoot', adapter: 'chatwoot', fixture: 'chatwoot/conversation.html', route: '/app/accounts/1/conversations/412', units: selectorOf('chatwoot', 'bubble') },
  { name: 'uvdesk', adapter: 'uvdesk', fixture: 'uvdesk/ticket.html', units: '.uv-ticket-main:not(.uv-ticket-reply)' },
  {
    name: 'frappe',
    adapter: 'frappe',
    fixture: 'frappe/ticket.html',
    route: '/helpdesk/tickets/1042',
    units: selectorOf('frappe', 'activities'),
    block: (el) => el.closest('.flex-row'),
    // A thousand e-mail frames each asking for the app's stylesheet would take the page seconds to
    // load (every request passes through the test browser's router); the frames' text is the same.
    prepare: (doc) => {
      for (const frame of Array.from(doc.querySelectorAll('iframe[srcdoc]'))) frame.setAttribute('srcdoc', frame.getAttribute('srcdoc')!.replace(/<link[^>]*>/g, ''));
    },
  },
  { name: 'front', adapter: 'front', fixture: 'front/conversation.html', units: '[data-testid="viewer-message-list"] > [data-id]' },
  { name: 'hubspot', adapter: 'hubspot', fixture: 'hubspot/ticket.html', units: '[role="log"] > [data-id]' },
  { name: 'gorgias', adapter: 'gorgias', fixture: 'gorgias/ticket.html', units: '.TicketMessage_message' },
  { name: 'generic/aria-feed', adapter: 'generic', fixture: 'generic/aria-feed.html', units: '[role="feed"] > article' },
  { name: 'generic/article-log', adapter: 'generic', fixture: 'generic/article-log.html', units: 'article.entry' },
  { name: 'generic/chat', adapter: 'generic', fixture: 'generic/chat.html', units: '.chat-log .bubble' },
  { name: 'generic/email-thread', adapter: 'generic', fixture: 'generic/email-thread.html', units: '.mail-message' },
  { name: 'generic/table-ticket', adapter: 'generic', fixture: 'generic/table-ticket.html', units: 'table.history tr:has(td)' },
];

/** Attributes that identify a message: renumbered in each copy so that ids stay unique and ordered. */
const ID_ATTRIBUTES = ['id', 'data-message-id', 'data-transaction-id', 'data-part-group-id', 'data-part-id', 'data-thread_id'];

function renumber(el: Element, serial: number): void {
  for (const node of [el, ...Array.from(el.querySelectorAll(ID_ATTRIBUTES.map((a) => `[${a}]`).join(',')))]) {
    for (const name of ID_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      // "8801" → serial, "message8801" → "message<serial>", "comment-k9x8y7" → "comment-k9x8y7-<serial>"
      node.setAttribute(name, /\d$/.test(value) ? value.replace(/\d+$/, String(serial)) : `${value}-${serial}`);
    }
  }
}

/** The fixture with its message blocks repeated to `count`, in the fixture's order, as HTML. */
export function largePage(testCase: ReadingCase, count = MESSAGES): string {
  const dom = new JSDOM(readFileSync(path.join(FIXTURES, testCase.fixture), 'utf8'));
  const doc = dom.window.document;
  testCase.prepare?.(doc);
  const found = Array.from(doc.querySelectorAll(testCase.units)).map((el) => (testCase.block ? testCase.block(el) : el));
  const last = found.at(-1);
  // The blocks of one list: the parent of the last one (a hidden tab's list is left alone).
  const templates = found.filter((el): el is Element => !!el && el.parentElement === last?.parentElement);
  const parent = last?.parentElement;
  if (!last || !parent) throw new Error(`${testCase.name}: no "${testCase.units}" in ${testCase.fixture}`);
  const after = last.nextSibling;
  for (const el of templates) el.remove();
  for (let i = 0; i < count; i++) {
    const copy = templates[i % templates.length]!.cloneNode(true) as Element;
    renumber(copy, 100_000 + i);
    parent.insertBefore(copy, after);
  }
  return dom.serialize();
}

/** The median of RUNS reads of the open page, with the first read's result and time. */
async function timedReads(browser: TactfulBrowser, page: Page, testCase: ReadingCase, adapter?: string): Promise<{ first: ReadResult; times: number[] }> {
  const first = await readThroughExtension(browser, page, adapter);
  if (first.errors.length) throw new Error(`${testCase.name}: ${first.errors.map((e) => e.message).join('; ')}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await readThroughExtension(browser, page, adapter)).ms);
  return { first, times };
}

function spread(times: number[], first: ReadResult): string {
  return `min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, first ${first.ms.toFixed(1)}`;
}

/**
 * Two figures per reader: its own read (the reader forced, as `tactful read --adapter` does), and
 * the whole read the panel asks for: named adapters' detection until one reads the page, the read, and the health
 * check (lib/adapters/health.ts), which for adapters without their own message selector counts the
 * page's messages with the generic reader.
 */
async function measureReader(browser: TactfulBrowser, origin: string, testCase: ReadingCase): Promise<BenchFigure[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${origin}${testCase.route ?? `/${testCase.fixture}`}`, { waitUntil: 'load', timeout: 120_000 });
    const own = await timedReads(browser, page, testCase, testCase.adapter);
    const read = own.first.snapshot?.messages.length ?? 0;
    const whole = await timedReads(browser, page, testCase);
    const by = whole.first.fallbackFrom ? `${whole.first.adapter} for ${whole.first.fallbackFrom}` : whole.first.adapter;
    return [
      {
        name: `${testCase.name}: read ${MESSAGES} messages (median of ${RUNS})`,
        value: median(own.times),
        unit: 'ms',
        goal: GOAL_MS,
        note: `${spread(own.times, own.first)}${read === MESSAGES ? '' : `; read ${read} messages`}`,
      },
      {
        name: `${testCase.name}: whole read with health check (median of ${RUNS})`,
        value: median(whole.times),
        unit: 'ms',
        goal: GOAL_MS,
        note: `${spread(whole.times, whole.first)}; read by ${by ?? 'none'}${whole.first.degraded ? `, degraded: ${whole.first.degraded.problem}` : ''}`,
      },
    ];
  } finally {
    await page.close();
  }
}

/** Median times per reader to read a 1,000-message page: its own read, and the whole read with the health check. */
export async function benchReaders(cases: ReadingCase[] = READING_CASES): Promise<BenchFigure[]> {
  ensureE2eBuild();
  const routes: Record<string, string> = {};
  for (const testCase of cases) routes[(testCase.route ?? `/${testCase.fixture}`).replace(/\?.*$/, '')] = largePage(testCase);
  const server = await serveLoopback(routes);
  const browser = await launchTactful();
  try {
    const figures: BenchFigure[] = [];
    for (const testCase of cases) figures.push(...(await measureReader(browser, server.origin, testCase)));
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/*
 * Observing: a chat-like page (the generic chat fixture, read by the generic reader, the costliest
 * path) that appends 1,000 messages, 20 every 50 ms (2.5 s). A PerformanceObserver in the page
 * records long tasks; Tactful's own reads are timed in the content script (`ms`) and reported to
 * the extension's worker with each change, which records when each read ended. A long task is
 * Tactful's when a read ended inside it.
 */
const OBSERVED_PATH = '/observed/chat.html';
const APPEND_BATCH = 20;
const APPEND_EVERY_MS = 50;

function observedPage(): string {
  const testCase = READING_CASES.find((c) => c.name === 'generic/chat')!;
  const dom = new JSDOM(readFileSync(path.join(FIXTURES, testCase.fixture), 'utf8'));
  const doc = dom.window.document;
  const script = doc.createElement('script');
  script.textContent = `
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    window.__append = (total, batch, every) => new Promise((resolve) => {
      const log = document.querySelector('.chat-log');
      const templates = [...log.querySelectorAll('.bubble')];
      let n = 0;
      const started = Date.now();
      const tick = () => {
        for (let i = 0; i < batch && n < total; i++, n++) {
          const copy = templates[n % templates.length].cloneNode(true);
          copy.querySelector('p').textContent += ' (' + n + ')';
          log.appendChild(copy);
        }
        if (n < total) setTimeout(tick, every);
        else resolve({ start: started, end: Date.now() });
      };
      tick();
    });
  `;
  doc.head.appendChild(script);
  return dom.serialize();
}

interface ObservedRun {
  longest: number;
  tasks: { start: number; duration: number }[];
  window: { start: number; end: number };
}

async function appendAndObserve(page: Page): Promise<ObservedRun> {
  // Let load-time work (and the first read) settle, then watch the appends and 1.5 s after them.
  await page.waitForTimeout(1500);
  // The observer must see long tasks in this browser: a deliberate 80 ms one, before the appends.
  await page.evaluate('setTimeout(() => { const s = performance.now(); while (performance.now() - s < 80); })');
  await page.waitForTimeout(300);
  const seen = await page.evaluate('window.__longTasks.length');
  if (!seen) throw new Error('No long task observed: this Chromium does not report longtask entries');
  const window = await page.evaluate(
    ({ total, batch, every }) => (globalThis as unknown as { __append: (t: number, b: number, e: number) => Promise<{ start: number; end: number }> }).__append(total, batch, every),
    { total: MESSAGES, batch: APPEND_BATCH, every: APPEND_EVERY_MS },
  );
  await page.waitForTimeout(1500);
  const all = await page.evaluate(() => (globalThis as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  const tasks = all.filter((t) => t.start + t.duration >= window.start);
  return { longest: Math.max(0, ...tasks.map((t) => t.duration)), tasks, window };
}

/** The cost of watching a page that appends 1,000 messages, with and without Tactful. */
export async function benchObserving(): Promise<BenchFigure[]> {
  ensureE2eBuild();
  const server = await serveLoopback({ [OBSERVED_PATH]: observedPage() });
  try {
    // Without Tactful: the same Chromium, no extension.
    const plain = await chromium.launch({ executablePath: findChromium(), args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    let without: ObservedRun;
    try {
      const page = await plain.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.origin}${OBSERVED_PATH}`);
      without = await appendAndObserve(page);
    } finally {
      await plain.close();
    }

    const browser = await launchTactful();
    try {
      await browser.worker.evaluate(() => {
        const reads: { end: number; ms: number; messages: number }[] = [];
        (globalThis as unknown as { __reads: typeof reads }).__reads = reads;
        chrome.runtime.onMessage.addListener((message: { type?: string; data?: { ms?: number; snapshot?: { messages?: unknown[] } | null } }) => {
          if (message?.type === 'pageChanged') reads.push({ end: Date.now(), ms: message.data?.ms ?? 0, messages: message.data?.snapshot?.messages?.length ?? 0 });
          return undefined;
        });
      });
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}${OBSERVED_PATH}`);
      await readThroughExtension(browser, page); // the content script is running
      const withTactful = await appendAndObserve(page);
      const reads = (await browser.worker.evaluate(() => (globalThis as unknown as { __reads: { end: number; ms: number; messages: number }[] }).__reads)).filter(
        (r) => r.end >= withTactful.window.start,
      );
      // A read reported (a few ms after it ended) within a long task, or just after it.
      const ours = withTactful.tasks.filter((t) => reads.some((r) => r.end >= t.start && r.end <= t.start + t.duration + 20));
      const longestOurs = Math.max(0, ...ours.map((t) => t.duration));
      const longestRead = Math.max(0, ...reads.map((r) => r.ms));
      const lastCount = reads.at(-1)?.messages ?? 0;
      return [
        {
          name: `observing ${MESSAGES} appended messages: longest task, no Tactful`,
          value: without.longest,
          unit: 'ms',
          note: `${without.tasks.length} long tasks`,
        },
        {
          name: `observing ${MESSAGES} appended messages: longest task, with Tactful`,
          value: withTactful.longest,
          unit: 'ms',
          note: `${withTactful.tasks.length} long tasks`,
        },
        {
          name: `observing ${MESSAGES} appended messages: longest task Tactful caused`,
          value: longestOurs,
          unit: 'ms',
          goal: LONG_TASK_MS,
          note: `${ours.length} long tasks with a read; ${reads.length} changed reads, longest read ${longestRead.toFixed(1)} ms, last read ${lastCount} messages`,
        },
      ];
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/*
 * Typing: the agent types 100 characters into a real editor (CKEditor 5, bundled from the editor
 * test harness) on a page of 10,000 messages (the generic chat layout), in bursts of 20 keys 60 ms
 * apart with a pause between words. The longest task on the page during the typing (and 1.5 s
 * after), without Tactful and with it; a task is Tactful's when one of its messages to the
 * extension (a page change, a draft) was sent inside it.
 */
const TYPING_PATH = '/typing/chat.html';
const TYPING_MESSAGES = 10_000;
const TYPED = 'Hi Dana, I am sorry the blender arrived cracked. A replacement ships today; you will have it by Friday.'.slice(0, 100);

async function typingPage(): Promise<Record<string, { body: string; type: string }>> {
  const { build } = await import('esbuild');
  const editor = await build({
    entryPoints: [path.join(REPO_ROOT, 'tests/e2e/compose/ckeditor5.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir: '/typing',
    write: false,
    loader: { '.svg': 'text' },
    logLevel: 'error',
  });
  const routes: Record<string, { body: string; type: string }> = {};
  for (const output of editor.outputFiles) {
    routes[`/typing/editor${path.extname(output.path)}`] = { body: output.text, type: output.path.endsWith('.css') ? 'text/css' : 'text/javascript' };
  }
  const testCase = READING_CASES.find((c) => c.name === 'generic/chat')!;
  const html = largePage(testCase, TYPING_MESSAGES).replace(
    '</head>',
    `<link rel="stylesheet" href="/typing/editor.css"><script>
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    </script><script type="module" src="/typing/editor.js"></script></head>`,
  );
  routes[TYPING_PATH] = { body: html, type: 'text/html; charset=utf-8' };
  return routes;
}

async function typeAndObserve(page: Page): Promise<ObservedRun> {
  await page.waitForSelector('.ck-editor__editable', { timeout: 60_000 });
  await page.waitForTimeout(3000); // load-time work and the first read settle
  await page.click('.ck-editor__editable');
  await page.waitForTimeout(500);
  const start = Date.now();
  for (let i = 0; i < TYPED.length; i += 20) {
    await page.keyboard.type(TYPED.slice(i, i + 20), { delay: 60 });
    await page.waitForTimeout(400);
  }
  const end = Date.now();
  await page.waitForTimeout(1500);
  const all = await page.evaluate(() => (globalThis as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  const tasks = all.filter((t) => t.start + t.duration >= start);
  return { longest: Math.max(0, ...tasks.map((t) => t.duration)), tasks, window: { start, end } };
}

/** The cost of typing on a 10,000-message page, with and without Tactful. */
export async function benchTyping(): Promise<BenchFigure[]> {
  ensureE2eBuild();
  const server = await serveLoopback(await typingPage());
  try {
    const plain = await chromium.launch({ executablePath: findChromium(), args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    let without: ObservedRun;
    try {
      const page = await plain.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.origin}${TYPING_PATH}`, { timeout: 120_000 });
      without = await typeAndObserve(page);
    } finally {
      await plain.close();
    }

    const browser = await launchTactful();
    try {
      await browser.worker.evaluate(() => {
        const sent: { end: number; type: string; ms: number }[] = [];
        (globalThis as unknown as { __sent: typeof sent }).__sent = sent;
        chrome.runtime.onMessage.addListener((message: { type?: string; data?: { ms?: number } }) => {
          if (message?.type === 'pageChanged' || message?.type === 'draftChanged') sent.push({ end: Date.now(), type: message.type, ms: message.data?.ms ?? 0 });
          return undefined;
        });
      });
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}${TYPING_PATH}`, { timeout: 120_000 });
      const first = await readThroughExtension(browser, page, undefined, 60_000);
      const withTactful = await typeAndObserve(page);
      const sent = (await browser.worker.evaluate(() => (globalThis as unknown as { __sent: { end: number; type: string; ms: number }[] }).__sent)).filter(
        (m) => m.end >= withTactful.window.start,
      );
      const ours = withTactful.tasks.filter((t) => sent.some((m) => m.end >= t.start && m.end <= t.start + t.duration + 20));
      const pageChanges = sent.filter((m) => m.type === 'pageChanged').length;
      return [
        { name: `typing on a ${TYPING_MESSAGES.toLocaleString('en')}-message page: longest task, no Tactful`, value: without.longest, unit: 'ms', note: `${without.tasks.length} long tasks` },
        {
          name: `typing on a ${TYPING_MESSAGES.toLocaleString('en')}-message page: longest task, with Tactful`,
          value: withTactful.longest,
          unit: 'ms',
          note: `${withTactful.tasks.length} long tasks`,
        },
        {
          name: `typing on a ${TYPING_MESSAGES.toLocaleString('en')}-message page: longest task Tactful caused`,
          value: Math.max(0, ...ours.map((t) => t.duration)),
          unit: 'ms',
          goal: LONG_TASK_MS,
          note:
            `${TYPED.length} characters into CKEditor 5; ${ours.length} long tasks with a message of Tactful's; ` +
            `${pageChanges} page changes sent, ${sent.length - pageChanges} drafts; one read of the page ${first.ms.toFixed(0)} ms`,
        },
      ];
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/** Reading, observing and typing in Chromium. */
export async function benchReading(): Promise<BenchFigure[]> {
  const named = new Set(NAMED_ADAPTERS.map((a) => a.id));
  const missing = [...named].filter((id) => !READING_CASES.some((c) => c.adapter === id));
  if (missing.length) throw new Error(`No reading benchmark for: ${missing.join(', ')}`);
  return [...(await benchReaders()), ...(await benchObserving()), ...(await benchTyping())];
}
