import { generic } from '@/lib/adapters/generic';
import { HOSTED_HELPDESK_MATCHES } from '@/lib/adapters/hosts';
import { HOSTED_ADAPTERS } from '@/lib/adapters/lists';
import { runContentScript } from './content/run';

/**
 * The content script for the hosted helpdesks (Zendesk, Freshdesk, Intercom, Help Scout, Zoho
 * Desk, Salesforce, Gmail, Front, HubSpot, Gorgias): it carries only their adapters, so each page
 * runs one small bundle.
 */
export default defineContentScript({
  matches: HOSTED_HELPDESK_MATCHES,
  runAt: 'document_idle',
  // No message to the page that Tactful started (see entrypoints/content/index.ts).
  noScriptStartedPostMessage: true,
  main() {
    runContentScript(HOSTED_ADAPTERS, generic);
  },
});
