import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { rt } from '../../lib/adapters/rt';
import { REPO_ROOT } from '../../lib/cli/browser/chromium';
import type { ConversationSnapshot } from '../../lib/conversation/types';

export function fixture(helpdesk: string, name: string): string {
  return readFileSync(path.join(REPO_ROOT, 'tests/fixtures/helpdesks', helpdesk, name), 'utf8');
}

/** What the RT adapter reads from a fixture outside the browser (jsdom), for comparison. */
export function readRtFixtureInJsdom(name: string, url: string): ConversationSnapshot | null {
  const dom = new JSDOM(fixture('rt', name), { url });
  return rt.read(dom.window.document, new URL(url));
}

/** The roles of every message the panel lists, oldest first (earlier messages unfolded). */
export async function panelRoles(panel: Page): Promise<string[]> {
  const more = panel.getByRole('button', { name: /earlier message/ });
  if (await more.isVisible()) await more.click();
  return panel.locator('.messages > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.role ?? ''));
}

/** Count rows in the extension's IndexedDB, from one of its pages. */
export async function countRows(extensionPage: Page, table: string): Promise<number> {
  return extensionPage.evaluate(
    (table) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tactful');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(table).objectStore(table).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}
