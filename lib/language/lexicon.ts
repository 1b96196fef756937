/**
 * Word lists kept as data. A lexicon file is JSON: `{ "about", "lists": { name: { "about",
 * "entries": [{ "term", "note", "source" }] } } }`, each list sorted, unique and lower-case (the
 * tests hold every file to that). Rules turn a list into regex source once, at module load.
 *
 * Term syntax: plain words and phrases. A space matches any run of whitespace, an apostrophe
 * matches ' or ’, a hyphen matches a hyphen, a space or nothing, and a trailing `*` allows any
 * word ending ("misconfigur*"). Nothing else is special: regex characters are escaped.
 */
export interface LexiconEntry {
  readonly term: string;
  /** What the word means here and why it is on the list. */
  readonly note: string;
  /** Where the knowledge comes from (general usage, a principle, a legal source). */
  readonly source: string;
}

export interface LexiconList {
  readonly about: string;
  readonly entries: readonly LexiconEntry[];
}

export interface LexiconFile {
  readonly about: string;
  readonly lists: Readonly<Record<string, LexiconList>>;
}

/** Entries grouped under one note, as rules combine them. */
export interface LexEntry {
  readonly terms: readonly string[];
  readonly note: string;
}

/** One list of a lexicon file as `LexEntry`s (one per term); throws at load if the list is missing. */
export function lexiconList(file: LexiconFile, name: string): readonly LexEntry[] {
  const list = file.lists[name];
  if (!list) throw new Error(`lexicon list "${name}" is missing`);
  return list.entries.map((e) => ({ terms: [e.term], note: e.note }));
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

/** Regex source for a list of alternatives written one per line in code: `(?:a|b|c)`. */
export function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}
