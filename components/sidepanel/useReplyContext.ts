import { useEffect, useState } from 'react';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { builtinPacks } from '@/lib/packs/builtin';
import { DEFAULT_SETTINGS, loadPreferences, loadSettings, watchSettings, type Settings } from '@/lib/settings';
import { emptyPreferences } from '@/lib/suggest/preferences';
import type { PhrasePreferences, SuggestContext } from '@/lib/suggest/types';

/** The agent's settings and picks, loaded once and kept current. */
export function useAgentState(): { settings: Settings; preferences: PhrasePreferences; setPreferences: (p: PhrasePreferences) => void } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [preferences, setPreferences] = useState<PhrasePreferences>(emptyPreferences);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadPreferences().then(setPreferences);
    return watchSettings(setSettings);
  }, []);
  return { settings, preferences, setPreferences };
}

/** Everything a suggestion needs besides the insight. */
export function replyContext(snapshot: ConversationSnapshot, settings: Settings, preferences: PhrasePreferences): SuggestContext {
  const agentName = settings.agentName.trim();
  return {
    packs: builtinPacks(),
    channel: snapshot.channel,
    customer: snapshot.customer.name ? { name: snapshot.customer.name, firstName: snapshot.customer.name.split(/\s+/)[0] } : undefined,
    agent: agentName ? { name: agentName, firstName: agentName.split(/\s+/)[0] } : undefined,
    company: settings.company.trim() || undefined,
    ticketId: snapshot.conversationId,
    preferences,
  };
}

/** How a missing template value is asked for. */
export const GAP_LABELS: Record<string, string> = {
  'customer.firstName': "Customer's first name",
  'customer.name': "Customer's name",
  'agent.firstName': 'Your first name',
  'agent.name': 'Your name',
  company: 'Company',
  issue: 'Their problem, in a few words',
  'ticket.id': 'Ticket number',
  timescale: 'When (e.g. “by 3pm on Wednesday”)',
};
