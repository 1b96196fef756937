/**
 * Hosted helpdesks where the content script runs without asking. Self-hosted helpdesks (Request
 * Tracker, FreeScout, Zammad, …) live on company domains and are enabled per site by the agent.
 */
export const HOSTED_HELPDESK_MATCHES = [
  '*://*.zendesk.com/*',
  '*://*.freshdesk.com/*',
  '*://app.intercom.com/*',
  '*://app.eu.intercom.com/*',
  '*://app.au.intercom.com/*',
  '*://secure.helpscout.net/*',
  '*://app.frontapp.com/*',
  '*://*.gorgias.com/*',
  '*://app.hubspot.com/*',
  '*://app-eu1.hubspot.com/*',
  '*://desk.zoho.com/*',
  '*://desk.zoho.eu/*',
  '*://desk.zoho.in/*',
  '*://desk.zoho.com.au/*',
  '*://desk.zoho.jp/*',
  '*://*.lightning.force.com/*',
  '*://mail.google.com/*',
];
