import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../lib/adapters/salesforce';
import type { ConversationSnapshot } from '../../lib/conversation/types';

// Built from what is known of the Lightning case feed; see tests/fixtures/helpdesks/salesforce/README.md.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/helpdesks/salesforce');
const CASE_URL = 'https://example.lightning.force.com/lightning/r/Case/500Hp00001XyZaBIAV/view';
const HOME_URL = 'https://example.lightning.force.com/lightning/o/Case/list?filterName=MyOpenCases';

function load(name: string, url: string): Document {
  return new JSDOM(readFileSync(resolve(FIXTURES, name), 'utf8'), { url }).window.document;
}

const CASE: ConversationSnapshot = {
  helpdesk: 'salesforce',
  url: CASE_URL,
  conversationId: '00001187',
  subject: 'Invoice shows VAT twice',
  customer: { name: 'Oliver Grant', email: 'oliver.grant@example.com' },
  messages: [
    {
      id: '0D5Hp00000Eml11',
      role: 'customer',
      author: 'Oliver Grant',
      at: '2026-11-22T16:18:00.000Z',
      text: 'Hi,\n\nOur November invoice INV-30912 charges VAT twice. Our accounts team cannot pay it like this. Please send a corrected one.\n\nOliver Grant\nGrant & Webb Ltd',
    },
    { id: '0D5Hp00000Pst31', role: 'note', author: 'Sam Rivera', at: '2026-11-23T09:40:00.000Z', text: '@Billing Team is the double VAT a template bug? Third case this week.' },
    { id: '0D7Hp00000Cmt08', role: 'note', author: 'Nadia Haddad', at: '2026-11-23T09:51:00.000Z', text: "Yes, fixed in today's release. Credit the difference." },
    {
      id: '0D5Hp00000Eml52',
      role: 'agent',
      author: 'Sam Rivera',
      at: '2026-11-23T10:01:00.000Z',
      text: "Hello Oliver,\n\nYou're right, VAT was added twice on invoice INV-30912. I've issued a corrected invoice and a credit of £42.60.\n\nBest regards,\nSam Rivera",
    },
    { id: '0D5Hp00000Trk77', role: 'system', author: 'Sam Rivera', at: '2026-11-23T10:02:00.000Z', text: 'changed Status from New to Working.' },
  ],
  composer: { found: true, kind: 'quill' },
  channel: 'email',
  confidence: 0.75,
};

describe('salesforce adapter', () => {
  it('reads the active console tab’s case feed, oldest first, with chatter as notes', () => {
    expect(salesforce.read(load('case.html', CASE_URL), new URL(CASE_URL))).toEqual(CASE);
  });

  it('returns null on a list view', () => {
    const doc = load('home.html', HOME_URL);
    expect(salesforce.read(doc, new URL(HOME_URL))).toBeNull();
    expect(salesforce.composer(doc)).toEqual({ found: false });
  });

  it('detects the case feed, also on a local copy, and matches Lightning URLs', () => {
    const local = 'http://127.0.0.1:8080/salesforce/case.html';
    expect(salesforce.detect(load('case.html', local), new URL(local))).toBe(true);
    expect(salesforce.detect(load('home.html', HOME_URL), new URL(HOME_URL))).toBe(false);
    expect(salesforce.matches(new URL(CASE_URL))).toBe(true);
    expect(salesforce.matches(new URL('https://example.lightning.force.com/lightning/page/home'))).toBe(true);
    expect(salesforce.matches(new URL('https://www.salesforce.com/service/'))).toBe(false);
  });
});
