import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { rt } from '../../lib/adapters/rt';
import type { Adapter } from '../../lib/adapters/types';
import { REPO_ROOT } from '../../lib/cli/browser/chromium';
import type { ConversationSnapshot } from '../../lib/conversation/types';

export function fixture(helpdesk: string, name: string): string {
  return readFileSync(path.join(REPO_ROOT, 'tests/fixtures/helpdesks', helpdesk, name), 'utf8');
}

/** What an adapter reads from a fixture outside the browser (jsdom), at the address the browser shows it. */
export function readFixtureInJsdom(adapter: Adapter, helpdesk: string, name: string, url: string): ConversationSnapshot | null {
  return adapter.read(new JSDOM(fixture(helpdesk, name), { url }).window.document, new URL(url));
}

/** The fields of a reading that say what the conversation is (not the zone-dependent times, the editor or the confidence). */
export function keyFields(snapshot: ConversationSnapshot | null | undefined) {
  if (!snapshot) return snapshot;
  const { helpdesk, conversationId, subject, customer, messages } = snapshot;
  return { helpdesk, conversationId, subject, customer, messages: messages.map(({ role, author, text, partial }) => ({ role, author, text, partial })) };
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
