/**
 * `tactful read <file.html|url> [--adapter <id>] [--path <route>] [--explain]`: what Tactful reads from a
 * page, as JSON. The page is opened in headless Chromium with the built extension, and its own
 * content script reads it, exactly as in the agent's browser. Files are served on loopback, under
 * their own name or at `--path` (single-page helpdesks such as Chatwoot and Frappe name the
 * conversation only in their route: `--path /app/accounts/1/conversations/412`). Diagnostics go
 * to stderr; exit code 1 when no conversation is found. `--explain` adds, on stderr, which named
 * adapters recognised the page, how many elements each of their selectors matches, what they read
 * and why the generic reader stood in (lib/adapters/explain.ts): what a useful report needs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { explainRead, formatExplanation } from '../adapters/explain';
import { NAMED_ADAPTERS } from '../adapters/registry';
import type { ReadResult } from '../conversation/reading';
import { healthReason } from '../conversation/words';
import { launchTactful, readThroughExtension } from './browser/chromium';
import { serveLoopback } from './browser/serve';
import { ensureE2eBuild } from './build';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { adapter: { type: 'string' }, path: { type: 'string' }, explain: { type: 'boolean', default: false } },
  });
  const target = positionals[0];
  if (!target) {
    console.error('usage: npm run tactful -- read <file.html|url> [--adapter <id>] [--path <route>] [--explain]');
    return 2;
  }
  const route = values.path ? new URL(values.path, 'http://127.0.0.1') : undefined;
  ensureE2eBuild();
  const isUrl = /^https?:\/\//.test(target);
  const server = isUrl ? undefined : await serveFile(target, route?.pathname);
  const browser = await launchTactful({ allowNetwork: isUrl });
  try {
    const page = await browser.context.newPage();
    const url = server ? `${server.origin}${route ? `${route.pathname}${route.search}${route.hash}` : `/${encodeURIComponent(path.basename(target))}`}` : target;
    await page.goto(url, { waitUntil: 'load' });
    const result = await readThroughExtension(browser, page, values.adapter);
    for (const error of result.errors) console.error(`tactful: the ${error.adapter} adapter failed: ${error.message}`);
    if (result.degraded) console.error(`tactful: the ${result.degraded.adapter} adapter's page may have changed: ${healthReason(result.degraded)}`);
    if (values.explain) {
      // The page as the browser holds it now (scripts run, history loaded), explained in jsdom.
      for (const line of await explainPage(await page.content(), page.url(), result, values.adapter)) console.error(`tactful: explain: ${line}`);
    }
    if (!result.snapshot) {
      console.error(`tactful: no conversation found on ${target}${values.adapter ? ` with the ${values.adapter} adapter` : ''}`);
      return 1;
    }
    console.error(`tactful: read by the ${result.adapter} adapter in ${result.ms.toFixed(1)} ms`);
    console.log(JSON.stringify(result.snapshot, null, 2));
    return 0;
  } finally {
    await browser.close();
    await server?.close();
  }
}

/** `--explain`'s lines for a page's HTML and the extension's reading of it. */
export async function explainPage(html: string, url: string, result: ReadResult, adapter?: string): Promise<string[]> {
  const { JSDOM } = await import('jsdom');
  const doc = new JSDOM(html, { url }).window.document;
  return formatExplanation(explainRead(doc, new URL(url), result, NAMED_ADAPTERS, adapter ? { adapter } : {}));
}

async function serveFile(file: string, routePath?: string) {
  const absolute = path.resolve(file);
  const html = await readFile(absolute, 'utf8').catch(() => {
    throw new Error(`cannot read ${file}`);
  });
  // Serve the page under its own name (or its route) and its folder beside it, so relative assets load too.
  return serveLoopback({ [routePath ?? `/${path.basename(absolute)}`]: html }, { staticDir: path.dirname(absolute) });
}
