import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../lib/cli/browser/chromium';
import { readRtFixtureInJsdom } from './helpers';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx');

async function tactful(...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ['lib/cli/index.ts', ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run tactful -- read', () => {
  it('prints the snapshot the built extension reads from a fixture file', async () => {
    const { code, stdout, stderr } = await tactful('read', 'tests/fixtures/helpdesks/rt/ticket.html');
    expect(code, stderr).toBe(0);
    const snapshot = JSON.parse(stdout) as { url: string };
    expect(snapshot).toEqual(readRtFixtureInJsdom('ticket.html', snapshot.url));
    expect(stderr).toMatch(/read by the rt adapter/);
  });

  it('explains the reading on stderr with --explain: the adapter, its selectors and what they matched', async () => {
    const { code, stdout, stderr } = await tactful('read', 'tests/fixtures/helpdesks/rt/ticket.html', '--explain');
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ helpdesk: 'rt' });
    expect(stderr).toMatch(/explain: rt \(Request Tracker\): URL matches no, recognised the page yes/);
    expect(stderr).toMatch(/explain: {3}transaction: 8 matched/);
    expect(stderr).toMatch(/explain: {3}read: 6 messages of 8 shown, customer found/);
  });

  it('exits 1 with a message on stderr when the page holds no conversation', async () => {
    const { code, stdout, stderr } = await tactful('read', 'tests/fixtures/helpdesks/rt/search.html');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no conversation found/);
  });

  it('reads with the adapter it is told to use, and says when there is no such adapter', async () => {
    const { code, stderr } = await tactful('read', 'tests/fixtures/helpdesks/rt/ticket.html', '--adapter', 'nosuch');
    expect(code).toBe(1);
    expect(stderr).toMatch(/No adapter called "nosuch"/);
  });
});

describe('npm run tactful -- read, with every adapter', () => {
  // One conversation fixture per reader; route-dependent helpdesks are served at their route.
  const CASES: [string, string, string?][] = [
    ['zendesk', 'ticket.html'],
    ['freshdesk', 'ticket.html'],
    ['intercom', 'conversation.html'],
    ['helpscout', 'conversation.html'],
    ['zohodesk', 'ticket.html'],
    ['salesforce', 'case.html'],
    ['gmail', 'thread.html'],
    ['freescout', 'conversation.html'],
    ['osticket', 'ticket.html'],
    ['zammad', 'ticket.html'],
    ['chatwoot', 'conversation.html', '/app/accounts/1/conversations/412'],
    ['uvdesk', 'ticket.html'],
    ['frappe', 'ticket.html', '/helpdesk/tickets/1042'],
    ['front', 'conversation.html'],
    ['hubspot', 'ticket.html'],
    ['gorgias', 'ticket.html'],
    ['generic', 'chat.html'],
  ];
  it.each(CASES)('%s reads %s in the browser', async (adapter, file, route) => {
    const { code, stdout, stderr } = await tactful('read', `tests/fixtures/helpdesks/${adapter}/${file}`, '--adapter', adapter, ...(route ? ['--path', route] : []));
    expect(code, stderr).toBe(0);
    const snapshot = JSON.parse(stdout) as { helpdesk: string; messages: unknown[] };
    expect(snapshot.helpdesk).toBe(adapter);
    expect(snapshot.messages.length).toBeGreaterThan(0);
  });
});
