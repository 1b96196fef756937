/**
 * Lexicons of meaning: small word lists, kept as data, that the rules combine clause by clause
 * ("an agent of ours" + "a mishandling predicate", "a promise to pay" + "an open-ended amount").
 * Each entry says what its words mean and why they are there, so a reviewer can extend a list
 * without reading a regex. `alternation()` turns entries into regex source at module load.
 *
 * Term syntax: plain words and phrases. A space matches any run of whitespace, an apostrophe
 * matches ' or ’, and a trailing `*` allows any word ending ("misconfigur*"). Nothing else is
 * special: regex characters are escaped.
 */
export interface LexEntry {
  readonly terms: readonly string[];
  readonly note: string;
}

function termSource(term: string): string {
  const wildcard = term.endsWith('*');
  const body = (wildcard ? term.slice(0, -1) : term)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[- ]?')
    .replace(/ +/g, String.raw`\s+`);
  return wildcard ? body + String.raw`[\w-]*` : body;
}

/** Regex source matching any term of the entries (longest first, so phrases beat their prefixes). */
export function alternation(...lists: readonly (readonly LexEntry[])[]): string {
  const terms = [...new Set(lists.flatMap((list) => list.flatMap((e) => e.terms)))].sort((a, b) => b.length - a.length);
  return `(?:${terms.map(termSource).join('|')})`;
}

/** Every term of the entries, lower-cased, for Set lookups. */
export function termSet(...lists: readonly (readonly LexEntry[])[]): Set<string> {
  return new Set(lists.flatMap((list) => list.flatMap((e) => e.terms.map((t) => t.toLowerCase()))));
}

export * from './frames';
