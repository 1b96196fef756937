import { describe, expect, it } from 'vitest';
import { requestedPage } from '@/lib/testing/open-on-request';

const tabs: Record<string, number> = { 'http://127.0.0.1:4000/Ticket/Display.html?id=5': 7 };
const tabOf = (url: string) => tabs[url];

describe('requestedPage (test builds open their own pages on request)', () => {
  it('names the page, pinned to the tab showing the followed address', () => {
    const follow = encodeURIComponent('http://127.0.0.1:4000/Ticket/Display.html?id=5');
    expect(requestedPage(`http://127.0.0.1:5000/tactful-e2e/open?page=sidepanel.html&follow=${follow}`, tabOf)).toBe('/sidepanel.html?tabId=7');
    expect(requestedPage('http://localhost:5000/tactful-e2e/open?page=options.html&theme=dark', tabOf)).toBe('/options.html?theme=dark');
  });

  it('ignores other addresses, other hosts, odd page names and tabs that are not open', () => {
    expect(requestedPage('http://127.0.0.1:5000/Ticket/Display.html', tabOf)).toBeUndefined();
    expect(requestedPage('https://example.com/tactful-e2e/open?page=sidepanel.html', tabOf)).toBeUndefined();
    expect(requestedPage('http://127.0.0.1:5000/tactful-e2e/open?page=../evil.html', tabOf)).toBeUndefined();
    expect(requestedPage('http://127.0.0.1:5000/tactful-e2e/open?page=https://x.test/a.html', tabOf)).toBeUndefined();
    expect(requestedPage('http://127.0.0.1:5000/tactful-e2e/open?page=sidepanel.html&follow=http://127.0.0.1:1/none', tabOf)).toBeUndefined();
    expect(requestedPage('not a url', tabOf)).toBeUndefined();
  });
});
