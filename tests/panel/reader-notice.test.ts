import { describe, expect, it } from 'vitest';
import { pageStateFrom, readerNotice } from '@/lib/panel';
import type { ConversationSnapshot } from '@/lib/conversation/types';

const labels: Record<string, string> = { zendesk: 'Zendesk', rt: 'Request Tracker' };
const labelOf = (id: string) => labels[id] ?? id;
const snapshot: ConversationSnapshot = { helpdesk: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/5', customer: {}, messages: [], composer: { found: false }, confidence: 0.9 };

describe('the reader notice', () => {
  it('says the page may have changed, with the reason, when a reading is degraded', () => {
    expect(readerNotice({ degraded: { adapter: 'zendesk', problem: 'readFewer', read: 2, visible: 9 } }, labelOf)).toBe(
      "Zendesk's page may have changed: read 2 of about 9 messages.",
    );
    expect(readerNotice({ degraded: { adapter: 'rt', problem: 'noCustomer' } }, labelOf)).toBe("Request Tracker's page may have changed: found no customer.");
  });

  it('says the generic reader is reading when it stood in, degraded or not', () => {
    const line = "Zendesk's page changed: reading with the generic reader.";
    expect(readerNotice({ fallbackFrom: 'zendesk' }, labelOf)).toBe(line);
    expect(readerNotice({ fallbackFrom: 'zendesk', degraded: { adapter: 'zendesk', problem: 'readFewer', read: 1, visible: 6 } }, labelOf)).toBe(line);
  });

  it('says nothing about a whole reading', () => {
    expect(readerNotice({}, labelOf)).toBeUndefined();
  });

  it('carries the degraded reading from the content script into the page state', () => {
    const degraded = { adapter: 'zendesk', problem: 'noCustomer' as const };
    const page = pageStateFrom(3, { snapshot, adapter: 'zendesk', ms: 1, errors: [], degraded });
    expect(page).toMatchObject({ kind: 'conversation', adapter: 'zendesk', degraded });
    expect(pageStateFrom(3, { snapshot, adapter: 'zendesk', ms: 1, errors: [] })).not.toHaveProperty('degraded');
  });
});
