/**
 * Finds lexicon terms in a token list. All lexicons share one trie built when the module loads, so a
 * message is walked once whatever the number of lexicons; each consumer then picks its own matches.
 */
import type { Token } from './tokenize';

export interface TermPattern {
  term: string;
}

interface TrieNode<P> {
  exact: Map<string, TrieNode<P>>;
  /** `word*` children, keyed by the prefix. */
  prefixes: Map<string, TrieNode<P>> | undefined;
  /** Lengths of the prefixes above, so lookups try only lengths that exist. */
  prefixLengths: number[] | undefined;
  /** `<class>` children. */
  classes: Map<string, TrieNode<P>> | undefined;
  payloads: P[];
}

export interface PhraseMatch<P> {
  payload: P;
  /** Token index of the first token. */
  from: number;
  /** Token index after the last token. */
  to: number;
}

function newNode<P>(): TrieNode<P> {
  return { exact: new Map(), prefixes: undefined, prefixLengths: undefined, classes: undefined, payloads: [] };
}

export class PhraseMatcher<P> {
  private readonly root: TrieNode<P> = newNode();

  add(term: string, payload: P): void {
    let node = this.root;
    for (const part of term.split(' ')) {
      node = this.child(node, part);
    }
    node.payloads.push(payload);
  }

  private child(node: TrieNode<P>, part: string): TrieNode<P> {
    if (part.length > 2 && part.startsWith('<') && part.endsWith('>')) {
      node.classes ??= new Map();
      const name = part.slice(1, -1);
      let next = node.classes.get(name);
      if (!next) node.classes.set(name, (next = newNode()));
      return next;
    }
    if (part.length > 1 && part.endsWith('*')) {
      const prefix = part.slice(0, -1);
      node.prefixes ??= new Map();
      node.prefixLengths ??= [];
      let next = node.prefixes.get(prefix);
      if (!next) {
        node.prefixes.set(prefix, (next = newNode()));
        if (!node.prefixLengths.includes(prefix.length)) node.prefixLengths.push(prefix.length);
      }
      return next;
    }
    let next = node.exact.get(part);
    if (!next) node.exact.set(part, (next = newNode()));
    return next;
  }

  /** Every match of every term, in order of start then length. Overlaps are left to the caller. */
  findAll(tokens: readonly Token[]): PhraseMatch<P>[] {
    const out: PhraseMatch<P>[] = [];
    for (let i = 0; i < tokens.length; i++) this.walk(this.root, tokens, i, i, out);
    return out;
  }

  private walk(node: TrieNode<P>, tokens: readonly Token[], from: number, at: number, out: PhraseMatch<P>[]): void {
    const token = tokens[at];
    if (!token) return;
    const text = token.text;
    const exact = node.exact.get(text);
    if (exact) this.reach(exact, tokens, from, at, out);
    if (node.prefixes && node.prefixLengths && token.kind === 'word') {
      for (const length of node.prefixLengths) {
        if (length > text.length) continue;
        const next = node.prefixes.get(text.slice(0, length));
        if (next) this.reach(next, tokens, from, at, out);
      }
    }
    if (node.classes && token.classes) {
      for (const name of token.classes) {
        const next = node.classes.get(name);
        if (next) this.reach(next, tokens, from, at, out);
      }
    }
  }

  private reach(node: TrieNode<P>, tokens: readonly Token[], from: number, at: number, out: PhraseMatch<P>[]): void {
    for (const payload of node.payloads) out.push({ payload, from, to: at + 1 });
    if (node.exact.size > 0 || node.prefixes || node.classes) this.walk(node, tokens, from, at + 1, out);
  }
}

/**
 * Leftmost-longest selection: a longer term replaces the shorter ones inside it ("not happy" wins over
 * "happy"), so a word is counted once per lexicon.
 */
export function longestMatches<P>(matches: readonly PhraseMatch<P>[]): PhraseMatch<P>[] {
  const sorted = [...matches].sort((a, b) => a.from - b.from || b.to - a.to);
  const out: PhraseMatch<P>[] = [];
  let covered = -1;
  for (const match of sorted) {
    if (match.from < covered) {
      // Inside a longer match already chosen.
      continue;
    }
    out.push(match);
    covered = match.to;
  }
  return out;
}
