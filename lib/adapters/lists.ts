/**
 * Which named adapters travel together. Each page runs one content-script bundle, and a bundle
 * carries only the adapters for where it runs: the hosted helpdesks' own domains, or any site
 * (self-hosted helpdesks and in-house tools). The registry joins them for the panel and the CLI.
 */
import { chatwoot } from './chatwoot';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { frappe } from './frappe';
import { front } from './front';
import { gmail } from './gmail';
import { gorgias } from './gorgias';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { osticket } from './osticket';
import { rt } from './rt';
import { salesforce } from './salesforce';
import type { Adapter } from './types';
import { uvdesk } from './uvdesk';
import { zammad } from './zammad';
import { zendesk } from './zendesk';
import { zohodesk } from './zohodesk';

/** On their vendors' domains (lib/adapters/hosts.ts). Front, HubSpot and Gorgias, which lean on generic cues, last. */
export const HOSTED_ADAPTERS: readonly Adapter[] = [zendesk, freshdesk, intercom, helpscout, zohodesk, salesforce, gmail, front, hubspot, gorgias];

/** On company domains, wherever the agent turns Tactful on. */
export const SELF_HOSTED_ADAPTERS: readonly Adapter[] = [rt, freescout, osticket, zammad, chatwoot, uvdesk, frappe];

/** In the order they are tried: those built on well-known markup first. */
export const ALL_NAMED_ADAPTERS: Adapter[] = [
  rt,
  zendesk,
  freshdesk,
  intercom,
  helpscout,
  zohodesk,
  salesforce,
  gmail,
  freescout,
  osticket,
  zammad,
  chatwoot,
  uvdesk,
  frappe,
  front,
  hubspot,
  gorgias,
];
