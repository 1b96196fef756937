/**
 * Test builds only (`wxt build --mode e2e`): lets a real-browser test open one of Tactful's own
 * pages in a tab. Firefox's WebDriver BiDi refuses to navigate a tab to a `moz-extension://` URL,
 * but an extension may open its own pages, so the test loads a loopback address that names the
 * page, and the background replaces it with the extension's page:
 *
 *   http://127.0.0.1:<port>/tactful-e2e/open?page=sidepanel.html&follow=<url of a tab>
 *
 * `follow` pins the panel to the tab showing that URL (`sidepanel.html?tabId=N`), as Chrome's
 * tests do by opening `chrome-extension://…/sidepanel.html?tabId=N` themselves. The background
 * only calls this when `import.meta.env.MODE === 'e2e'`, so production builds leave it out.
 */
export const OPEN_PATH = '/tactful-e2e/open';

/** The extension page (path and query) a request URL asks for, or undefined when it asks for none. */
export function requestedPage(url: string, tabIdOfUrl: (url: string) => number | undefined): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!['127.0.0.1', 'localhost'].includes(parsed.hostname) || parsed.pathname !== OPEN_PATH) return undefined;
  const page = parsed.searchParams.get('page');
  if (!page || !/^[a-z][a-z0-9-]*\.html$/.test(page)) return undefined;
  const follow = parsed.searchParams.get('follow');
  const query = new URLSearchParams();
  if (follow) {
    const tabId = tabIdOfUrl(follow);
    if (tabId === undefined) return undefined;
    query.set('tabId', String(tabId));
  }
  for (const [key, value] of parsed.searchParams) if (key !== 'page' && key !== 'follow') query.set(key, value);
  const search = query.toString();
  return `/${page}${search ? `?${search}` : ''}`;
}

/** Watch tabs for the request address and open the page it names in their place. */
export function openPagesOnRequest(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    void (async () => {
      const tabs = await browser.tabs.query({});
      const page = requestedPage(change.url!, (url) => tabs.find((tab) => tab.url === url)?.id);
      if (page) await browser.tabs.update(tabId, { url: browser.runtime.getURL(page as '/sidepanel.html') });
    })().catch((error: unknown) => console.error('Tactful (test build): could not open the page asked for', error));
  });
}
