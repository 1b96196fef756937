/**
 * Word lists kept as data. A lexicon file is JSON: `{ "locale", "about", "lists": { name: { "about",
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
  /** The language its words are in (a BCP 47 tag: "en"); advice is given only in the languages the lexicons declare. */
  readonly locale: string;
  readonly about: string;
  readonly lists: Readonly<Record<string, LexiconList>>;
}

/** A BCP 47 language tag as lexicons and packs declare it: "en", "en-GB", "pt-BR". */
const LOCALE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The language (primary subtag) every lexicon is written in; throws at load on a missing or malformed tag. */
export function localesOf(files: Readonly<Record<string, { locale?: unknown }>>): Set<string> {
  const languages = new Set<string>();
  for (const [name, file] of Object.entries(files)) {
    const { locale } = file;
    if (typeof locale !== 'string' || !LOCALE_TAG.test(locale)) throw new Error(`lexicon ${name}: "locale" must be a language tag such as "en"`);
    languages.add(locale.split('-')[0]!);
  }
  return languages;
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
