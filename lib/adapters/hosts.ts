/**
 * Hosted helpdesks where the content script runs without asking: every hosted adapter's `hosts`
 * (lib/adapters/types.ts), in the order of HOSTED_ADAPTERS. Self-hosted helpdesks (Request
 * Tracker, FreeScout, Zammad, …) live on company domains and are enabled per site by the agent.
 */
import { HOSTED_ADAPTERS } from './lists';

export const HOSTED_HELPDESK_MATCHES: string[] = HOSTED_ADAPTERS.flatMap((adapter) => adapter.hosts);
