import { generic } from '@/lib/adapters/generic';
import { ALL_NAMED_ADAPTERS, SELF_HOSTED_ADAPTERS } from '@/lib/adapters/lists';
import { runContentScript } from './run';

/**
 * The content script for any site: self-hosted helpdesks (Request Tracker, FreeScout, osTicket,
 * Zammad, Chatwoot, UVdesk, Frappe) and in-house tools, read by their adapter or the generic
 * reader. Not in the manifest: it is registered for the sites the agent turns Tactful on for
 * (lib/sites.ts) and injected by the panel into a tab the toolbar button was clicked on.
 * Test builds (`--mode e2e`) run it on loopback with every adapter, so fixtures of every helpdesk
 * can be read from 127.0.0.1.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  // No message to the page that Tactful started (WXT's default posts one to every frame with '*'):
  // the page would learn the extension's id, and could answer it to stop Tactful.
  noScriptStartedPostMessage: true,
  main() {
    runContentScript(import.meta.env.MODE === 'e2e' ? ALL_NAMED_ADAPTERS : SELF_HOSTED_ADAPTERS, generic);
  },
});
