/**
 * The name to greet the customer by (docs/principles.md §5: use their name). The helpdesk's customer
 * name is trusted first, then a sign-off in their own message ("Thanks, Jane"), then an e-mail
 * address shaped like first.last@. Only a first name is offered: it is how an agent greets.
 */
import type { CustomerRef } from '../conversation/types';
import type { CustomerAddress } from './types';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'mister', 'dame', 'rev']);
/** How a sign-off line opens, tried in this order. */
const SIGN_OFF_WORDS = [
  'many thanks', 'thanks(?: again| so much| a lot)?', 'thank you(?: so much)?', 'thx', 'cheers',
  'regards', 'kind regards', 'best regards', 'warm regards', 'best wishes', 'best', 'all the best',
  'sincerely', 'yours sincerely', 'yours faithfully', 'yours', 'br', 'kr', 'ta', 'love',
];
const SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_WORDS.join('|')})\\b[\\s,.!-]*`, 'i');
/** Words that look like names in a sign-off position but are not. */
const NOT_NAMES = new Set(['sent', 'get', 'outlook', 'iphone', 'android', 'the', 'customer', 'team', 'regards', 'thanks', 'please', 'help', 'sir', 'madam', 'hello', 'hi']);
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$|^\p{Ll}[\p{L}'’-]*$/u;

function titleCase(word: string): string {
  if (word === word.toLowerCase() || word === word.toUpperCase()) {
    return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  }
  return word;
}

function looksLikeName(word: string | undefined): word is string {
  if (!word || word.length < 2 || word.length > 30) return false;
  return NAME_WORD.test(word) && !NOT_NAMES.has(word.toLowerCase());
}

/** "Dr. Jane Doe" → Jane; "Doe, Jane" → Jane; "jane.doe@x" and "user123" → nothing. */
export function firstNameOf(fullName: string | undefined): string | undefined {
  if (!fullName) return undefined;
  let name = fullName.replace(/[<([].*$/, '').trim();
  if (!name || name.includes('@') || /\d/.test(name)) return undefined;
  if (name.includes(',')) {
    const [last, first] = name.split(',', 2).map((s) => s.trim());
    if (first && last) name = first;
  }
  const words = name.split(/\s+/).map((w) => w.replace(/\.$/, ''));
  while (words.length > 1 && TITLES.has((words[0] ?? '').toLowerCase())) words.shift();
  const first = words[0];
  if (!looksLikeName(first) || TITLES.has(first.toLowerCase())) return undefined;
  return titleCase(first);
}

/** The first name in a message's sign-off, if it has one. */
export function signedName(text: string): string | undefined {
  let lines: string[];
  if (text.includes('\n')) lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  else {
    // One line (the usual chat message): the same as splitting it, without the arrays.
    const line = text.trim();
    lines = line ? [line] : [];
  }
  const tail = lines.slice(-4);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i] as string;
    const dashed = /^[-–—~]+\s*(\p{L}[\p{L}'’-]+)\s*$/u.exec(line);
    if (dashed?.[1]) return firstNameOf(dashed[1]);
    const signOff = SIGN_OFF.exec(line);
    if (!signOff) continue;
    const rest = line.slice(signOff[0].length).trim();
    const candidate = rest ? rest : tail[i + 1];
    if (!candidate || candidate.split(/\s+/).length > 3) return undefined;
    return firstNameOf(candidate);
  }
  return undefined;
}

/** "jane.doe@example.com" → Jane; "jdoe@…" or "info@…" → nothing (too unsure). */
export function nameFromEmail(email: string | undefined): string | undefined {
  const local = email?.split('@')[0];
  const parts = local?.split(/[._-]/);
  if (!parts || parts.length < 2) return undefined;
  const first = parts[0];
  if (!first || first.length < 2 || !/^\p{L}+$/u.test(first)) return undefined;
  return titleCase(first);
}

export function addressCustomer(customer: CustomerRef, signedNames: readonly (string | undefined)[]): CustomerAddress {
  const fromHelpdesk = firstNameOf(customer.name);
  if (fromHelpdesk) return { firstName: fromHelpdesk, fullName: customer.name?.trim(), source: 'helpdesk' };
  for (let i = signedNames.length - 1; i >= 0; i--) {
    const name = signedNames[i];
    if (name) return { firstName: name, source: 'signature' };
  }
  const fromEmail = nameFromEmail(customer.email);
  if (fromEmail) return { firstName: fromEmail, source: 'email' };
  return { source: 'none' };
}
