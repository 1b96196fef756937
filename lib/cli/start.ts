/**
 * `npm start`: build Tactful, serve a demo helpdesk page on loopback (a real Request Tracker page
 * with an upset customer), and open it in Chromium with Tactful loaded and its side panel open.
 *
 * `npm start -- --headless` (or no display): writes screenshots of the page and the panel to
 * .output/demo/ and prints what Tactful read.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchTactful, openPanelFor, readThroughExtension, REPO_ROOT, tabIdOf, type TactfulBrowser } from './browser/chromium';
import { serveLoopback } from './browser/serve';
import { ensureE2eBuild } from './build';
import { demoTicketPage, RT_TICKET_PATH } from './demo/pages';

const OUT = path.join(REPO_ROOT, '.output/demo');

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { headless: { type: 'boolean', default: false }, port: { type: 'string' } } });
  const headless = values.headless || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  ensureE2eBuild();
  const server = await serveLoopback({ [RT_TICKET_PATH]: demoTicketPage() });
  const demoUrl = `${server.origin}${RT_TICKET_PATH}?id=5`;
  const browser = await launchTactful({ headless });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(demoUrl);
    const result = await readThroughExtension(browser, page);
    if (!result.snapshot) throw new Error('Tactful read no conversation from the demo page.');
    console.log(`Tactful read the demo helpdesk page ${demoUrl}`);
    console.log(`  adapter:  ${result.adapter} (${result.ms.toFixed(1)} ms)`);
    console.log(`  customer: ${result.snapshot.customer.name ?? '?'} <${result.snapshot.customer.email ?? '?'}>`);
    console.log(`  subject:  #${result.snapshot.conversationId} ${result.snapshot.subject}`);
    for (const m of result.snapshot.messages) {
      console.log(`  - ${m.role.padEnd(8)} ${(m.author ?? '').padEnd(16)} ${m.text.replace(/\s+/g, ' ').slice(0, 70)}`);
    }
    if (headless) {
      await screenshots(browser, page);
      return 0;
    }
    const opened = await openSidePanel(browser, page);
    console.log(
      opened
        ? '\nChromium is open with Tactful beside the demo ticket. Close the browser window to stop.'
        : "\nChromium is open on the demo ticket. Click Tactful's toolbar button (puzzle piece → Tactful) to open the side panel. Close the browser window to stop.",
    );
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

async function screenshots(browser: TactfulBrowser, page: import('playwright-core').Page) {
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 1000, height: 900 });
  const panel = await openPanelFor(browser, page);
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.getByTestId('contact-count').waitFor();
  const pageShot = path.join(OUT, 'helpdesk.png');
  const panelShot = path.join(OUT, 'panel.png');
  await page.screenshot({ path: pageShot });
  await panel.screenshot({ path: panelShot });
  // Both side by side, as the agent sees them.
  const together = await browser.context.newPage();
  await together.setViewportSize({ width: 1400, height: 900 });
  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  await together.setContent(
    `<body style="margin:0;display:flex;background:#ccc">` +
      `<img src="data:image/png;base64,${left.toString('base64')}" style="width:1000px">` +
      `<img src="data:image/png;base64,${right.toString('base64')}" style="width:400px;border-left:1px solid #999">` +
      `</body>`,
  );
  const both = path.join(OUT, 'tactful.png');
  await together.screenshot({ path: both });
  console.log(`\nScreenshots: ${path.relative(process.cwd(), pageShot)}, ${path.relative(process.cwd(), panelShot)}, ${path.relative(process.cwd(), both)}`);
}

/** Chrome opens a side panel only from a user gesture: make one on an extension page. */
async function openSidePanel(browser: TactfulBrowser, page: import('playwright-core').Page): Promise<boolean> {
  const tabId = await tabIdOf(browser, page);
  const opener = await browser.context.newPage();
  await opener.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await opener.evaluate((tabId) => {
    document.addEventListener('click', () => void chrome.sidePanel.open({ tabId }), { once: true });
  }, tabId);
  await opener.mouse.click(10, 10);
  await opener.waitForTimeout(300);
  await opener.close();
  await page.bringToFront();
  const panels = await browser.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] })).length);
  return panels > 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`tactful start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
