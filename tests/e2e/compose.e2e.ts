/**
 * lib/compose against the real editor libraries in real Chromium. Each harness page
 * (tests/e2e/compose/<kind>) runs one editor; lib/compose is bundled on its own and loaded beside
 * it, and only touches the page through DOM APIs, as the content script does. What counts is the
 * editor's own view (its API, via the harness), not the DOM we wrote into.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, REPO_ROOT } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import type { EditorKind } from '../../lib/conversation/types';
import { restField, seedTicket } from './rt5/rt5';

const HARNESSES: { kind: EditorKind; file: string }[] = [
  { kind: 'textarea', file: 'textarea.tsx' },
  { kind: 'contenteditable', file: 'contenteditable.ts' },
  { kind: 'prosemirror', file: 'prosemirror.ts' },
  { kind: 'ckeditor5', file: 'ckeditor5.ts' },
  { kind: 'ckeditor4', file: 'ckeditor4.ts' },
  { kind: 'tinymce', file: 'tinymce.ts' },
  { kind: 'quill', file: 'quill.ts' },
  { kind: 'draftjs', file: 'draftjs.tsx' },
  { kind: 'lexical', file: 'lexical.ts' },
  { kind: 'slate', file: 'slate.tsx' },
  { kind: 'summernote', file: 'summernote.ts' },
  { kind: 'redactor', file: 'redactor.ts' },
];

/** Two paragraphs with a blank line between them, as an agent's reply has. */
const REPLY = 'Hello Anna,\n\nThanks for waiting.';
/** Editors group edits made in quick succession into one undo step (Quill: 1 s); agents pause. */
const UNDO_GROUPING_MS = 1100;

let browser: Browser;
let server: LoopbackServer;
let composeScript: string;

beforeAll(async () => {
  const dir = path.join(REPO_ROOT, 'tests/e2e/compose');
  const [compose, harnesses] = await Promise.all([
    build({ entryPoints: [path.join(REPO_ROOT, 'lib/compose/index.ts')], bundle: true, format: 'iife', globalName: 'TactfulCompose', write: false }),
    build({
      entryPoints: HARNESSES.map(({ file }) => path.join(dir, file)),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      outdir: '/harness',
      write: false,
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      loader: { '.svg': 'text' },
      logLevel: 'error',
    }),
  ]);
  composeScript = compose.outputFiles[0]!.text;
  const routes: Record<string, { body: string; type: string }> = {
    '/compose.js': { body: composeScript, type: 'text/javascript' },
  };
  for (const output of harnesses.outputFiles) {
    routes[`/harness/${path.basename(output.path)}`] = { body: output.text, type: output.path.endsWith('.css') ? 'text/css' : 'text/javascript' };
  }
  for (const { file } of HARNESSES) {
    const name = file.replace(/\.tsx?$/, '');
    const style = routes[`/harness/${name}.css`] ? `<link rel="stylesheet" href="/harness/${name}.css">` : '';
    routes[`/${name}.html`] = {
      body:
        `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title>${style}` +
        `<script src="/compose.js"></script><script type="module" src="/harness/${name}.js"></script></head><body></body></html>`,
      type: 'text/html; charset=utf-8',
    };
  }
  // The libraries that load their own files (CKEditor 4, TinyMCE, Summernote) are served from node_modules.
  server = await serveLoopback(routes, { staticDir: REPO_ROOT });
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openHarness(kind: EditorKind): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/${HARNESSES.find((h) => h.kind === kind)!.file.replace(/\.tsx?$/, '')}.html`);
  await page.waitForFunction(() => window.harness && window.TactfulCompose, undefined, { timeout: 20_000 }).catch(() => {
    throw new Error(`The ${kind} harness did not start: ${errors.join('; ') || 'no page error'}`);
  });
  return page;
}

const editorText = (page: Page) => page.evaluate(() => window.harness!.text());
const editorCaret = (page: Page) => page.evaluate(() => window.harness!.caret());
const draft = (page: Page) => page.evaluate(() => window.TactfulCompose!.readDraft(window.TactfulCompose!.findComposer(document)!));
const insert = (page: Page, text: string) => page.evaluate((text) => window.TactfulCompose!.insertText(window.TactfulCompose!.findComposer(document)!, text), text);

describe.each(HARNESSES)('compose into $kind', ({ kind }) => {
  let page: Page;
  beforeAll(async () => {
    page = await openHarness(kind);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('finds the composer and knows its kind', async () => {
    expect(await page.evaluate(() => window.TactfulCompose!.detectEditor(window.TactfulCompose!.findComposer(document)!))).toBe(kind);
  });

  it('inserts paragraphs that the editor holds, leaves the caret after them, and one undo removes them', async () => {
    expect(await insert(page, REPLY)).toBe(true);
    expect(await editorText(page)).toBe(REPLY);
    expect(await draft(page)).toBe(REPLY);
    expect(await editorCaret(page)).toBe(REPLY.length);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe('');
  });

  it('reads what the agent typed, inserts at the caret mid-text, and replaces a selection as one undo step', async () => {
    // The undo above re-renders some editors (Slate) asynchronously, and a keystroke sent while the
    // editor is re-rendering is dropped. An agent clicks into the box and starts typing once the
    // caret shows: do the same — click, wait until the selection sits inside the settled editor.
    await page.evaluate(() => {
      const composer = window.TactfulCompose!.findComposer(document)!;
      composer.click();
      composer.focus();
    });
    await expect
      .poll(() =>
        page.evaluate(async () => {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const el = window.TactfulCompose!.findComposer(document)!;
          // Editors in a frame (CKEditor 4, TinyMCE) keep focus and selection in the frame's document.
          const selection = el.ownerDocument.getSelection();
          const active = el.ownerDocument.activeElement;
          return Boolean(active && (el === active || el.contains(active)) && (el instanceof HTMLTextAreaElement || (selection?.anchorNode && el.contains(selection.anchorNode))));
        }),
      )
      .toBe(true);
    await page.keyboard.type('Thanks for waiting');
    await expect.poll(() => draft(page)).toBe('Thanks for waiting');

    const atCaret = await page.evaluate(async () => {
      const compose = window.TactfulCompose!;
      const composer = compose.findComposer(document)!;
      await compose.selectRange(composer, { start: 6, end: 6 });
      return compose.insertText(composer, ' so much');
    });
    expect(atCaret).toBe(true);
    expect(await editorText(page)).toBe('Thanks so much for waiting');
    expect(await editorCaret(page)).toBe('Thanks so much'.length);

    await page.waitForTimeout(UNDO_GROUPING_MS);
    const replaced = await page.evaluate(() => {
      const compose = window.TactfulCompose!;
      return compose.replaceRange(compose.findComposer(document)!, { start: 0, end: 6 }, 'Many thanks');
    });
    expect(replaced).toBe(true);
    expect(await editorText(page)).toBe('Many thanks so much for waiting');
    expect(await draft(page)).toBe('Many thanks so much for waiting');
    expect(await editorCaret(page)).toBe('Many thanks'.length);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe('Thanks so much for waiting');
  });
});

describe('compose into a live Request Tracker 5 reply (CKEditor 4)', () => {
  const rt5 = inject('rt5');
  // Paragraphs separated by blank lines: RT's plain-text rendering of the HTML it sends puts a
  // blank line between paragraphs, so a single line break (also a paragraph) would come back doubled.
  const reply = 'Hello Grace,\n\nThe replacement ships today; tracking follows by e-mail.\n\nSam';

  it('inserts the reply, RT sends it, and its REST API shows exactly that text', async () => {
    const ticket = seedTicket(rt5);
    const page = await browser.newPage();
    await page.goto(`${rt5.baseUrl}/NoAuth/Login.html`);
    await page.fill('input[name=user]', 'root');
    await page.fill('input[name=pass]', 'password');
    await Promise.all([page.waitForNavigation(), page.press('input[name=pass]', 'Enter')]);
    await page.goto(`${rt5.baseUrl}/Ticket/Update.html?id=${ticket.id}&Action=Respond`);
    await page.frameLocator('iframe.cke_wysiwyg_frame').locator('body.cke_editable').waitFor();
    // Loaded beside RT's own scripts, as the content script is; it uses only DOM APIs.
    await page.addScriptTag({ content: composeScript });

    const inserted = await page.evaluate(async (reply) => {
      const compose = window.TactfulCompose!;
      const composer = compose.findComposer(document)!;
      return { kind: compose.detectEditor(composer), ok: await compose.insertText(composer, reply), draft: compose.readDraft(composer) };
    }, reply);
    expect(inserted).toEqual({ kind: 'ckeditor4', ok: true, draft: reply });

    await Promise.all([page.waitForNavigation(), page.locator('input[name=SubmitTicket]').click()]);
    const history = await fetch(`${rt5.baseUrl}/REST/1.0/ticket/${ticket.id}/history?format=l&user=root&pass=password`).then((r) => r.text());
    const correspondences = history.split(/\n--\n/).filter((entry) => /^Type: Correspond$/m.test(entry));
    const content = restField(correspondences.at(-1) ?? '', 'Content');
    expect(content).toBe(reply);
    await page.close();
  });
});
