/**
 * Hosted helpdesks where the content script runs without asking. Self-hosted helpdesks (Request
 * Tracker, FreeScout, Zammad, …) live on company domains and are enabled per site by the agent.
 */
export const HOSTED_HELPDESK_MATCHES = [
  '*://*.zendesk.com/*',
  '*://*.freshdesk.com/*',
  '*://app.intercom.com/*',
  '*://secure.helpscout.net/*',
  '*://app.frontapp.com/*',
  '*://*.gorgias.com/*',
  '*://app.hubspot.com/*',
  '*://desk.zoho.com/*',
  '*://desk.zoho.eu/*',
  '*://*.lightning.force.com/*',
  '*://mail.google.com/*',
];
