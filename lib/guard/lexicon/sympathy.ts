/** Sympathy and false identification instead of empathy (PRINCIPLES.md §3, seed article 004). */
import type { LexEntry } from './index';

export const AGENT_FEELINGS: readonly LexEntry[] = [
  { terms: ['angry', 'furious', 'mad', 'outraged', 'livid', 'annoyed', 'irritated', 'frustrated', 'upset', 'enraged', 'infuriated', 'fuming', 'cross', 'raging', 'seething', 'incensed'], note: 'anger the agent claims for themselves ("I feel angry to hear your problem" — the principle\'s own example)' },
  { terms: ['devastated', 'heartbroken', 'gutted', 'disgusted', 'appalled', 'sickened', 'let down', 'fed up', 'distraught'], note: 'distress the agent claims' },
];
export const ON_YOUR_BEHALF: readonly LexEntry[] = [
  { terms: ['on your behalf', 'for you', 'with you', 'as you are', 'as you', 'too', 'as well', 'here too', 'about it too', 'about this too', 'about it here too', 'reading your message', 'reading this', 'reading that', 'hearing this', 'hearing that', 'to hear this', 'to hear that', 'to read this', 'reading your email'], note: 'what ties the agent\'s feeling to the customer\'s' },
];
export const OWN_EXPERIENCE: readonly LexEntry[] = [
  { terms: ['same here', 'same with me', 'me too', 'same thing happens to me', 'same happens to me', 'happens to me all the time', 'happened to me too', 'we have the same problem', 'i have the same problem', "i've had the same problem", 'i had the same problem', "i've had the same issue", 'i had the same issue', 'i went through exactly this', 'i went through the same', "i've been through the same", "i've been through exactly this", 'i can totally relate', 'i can completely relate', 'i can so relate', 'i totally relate', 'i can relate'], note: 'the agent\'s own story in place of the customer\'s' },
];
export const KNOW_WHAT: readonly LexEntry[] = [
  { terms: ['going through', 'dealing with', 'up against', 'facing', 'experiencing', 'feeling', 'feel'], note: '"I know (exactly) what you\'re …": claiming to know their experience' },
];
