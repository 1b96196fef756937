/**
 * Finds lexicon terms in a token list. All lexicons share one trie built when the module loads, so a
 * message is walked once whatever the number of lexicons; each consumer then picks its own matches.
 */
import type { Token } from './tokens';

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
  /** Whether any child exists (exact, prefix or class): the walk goes on only then. */
  hasChildren: boolean;
  /**
   * The children a word token's text leads to (exact, then `word*` prefixes in `prefixLengths`
   * order, then classes), filled as words are met: a word's classes follow from its text, so the
   * text alone decides the answer. Bounded: cleared when full.
   */
  wordSteps: Map<string, readonly TrieNode<P>[]> | undefined;
}

export interface PhraseMatch<P> {
  payload: P;
  /** Token index of the first token. */
  from: number;
  /** Token index after the last token. */
  to: number;
}

function newNode<P>(): TrieNode<P> {
  return { exact: new Map(), prefixes: undefined, prefixLengths: undefined, classes: undefined, payloads: [], hasChildren: false, wordSteps: undefined };
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
    node.hasChildren = true;
    node.wordSteps = undefined;
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
    this.forEachMatch(tokens, (payload, from, to) => out.push({ payload, from, to }));
    return out;
  }

  /** The matches of `findAll`, in the same order, handed to `visit` without building a list. */
  forEachMatch(tokens: readonly Token[], visit: (payload: P, from: number, to: number) => void): void {
    for (let i = 0; i < tokens.length; i++) this.walk(this.root, tokens, i, i, visit);
  }

  private walk(node: TrieNode<P>, tokens: readonly Token[], from: number, at: number, visit: (payload: P, from: number, to: number) => void): void {
    const token = tokens[at];
    if (!token) return;
    if (token.kind !== 'word') {
      // Only words have prefixes and classes.
      const exact = node.exact.get(token.text);
      if (exact) this.reach(exact, tokens, from, at, visit);
      return;
    }
    const steps = this.wordSteps(node, token);
    for (let k = 0; k < steps.length; k++) this.reach(steps[k] as TrieNode<P>, tokens, from, at, visit);
  }

  private wordSteps(node: TrieNode<P>, token: Token): readonly TrieNode<P>[] {
    const text = token.text;
    const cache = (node.wordSteps ??= new Map());
    let steps = cache.get(text);
    if (steps !== undefined) return steps;
    const found: TrieNode<P>[] = [];
    const exact = node.exact.get(text);
    if (exact) found.push(exact);
    if (node.prefixes && node.prefixLengths) {
      for (const length of node.prefixLengths) {
        if (length > text.length) continue;
        const next = node.prefixes.get(text.slice(0, length));
        if (next) found.push(next);
      }
    }
    if (node.classes && token.classes) {
      for (const name of token.classes) {
        const next = node.classes.get(name);
        if (next) found.push(next);
      }
    }
    steps = found.length === 0 ? NO_STEPS : found;
    if (cache.size >= WORD_STEPS_LIMIT) cache.clear();
    cache.set(text, steps);
    return steps;
  }

  private reach(node: TrieNode<P>, tokens: readonly Token[], from: number, at: number, visit: (payload: P, from: number, to: number) => void): void {
    const payloads = node.payloads;
    for (let k = 0; k < payloads.length; k++) visit(payloads[k] as P, from, at + 1);
    if (node.hasChildren) this.walk(node, tokens, from, at + 1, visit);
  }
}

const NO_STEPS: readonly never[] = [];
const WORD_STEPS_LIMIT = 20000;

/**
 * Leftmost-longest selection: a longer term replaces the shorter ones inside it ("not happy" wins over
 * "happy"), so a word is counted once per lexicon.
 */
export function longestMatches<P>(matches: readonly PhraseMatch<P>[]): PhraseMatch<P>[] {
  if (matches.length < 2) return matches.slice();
  const sorted = matches.slice().sort(byStartThenLength);
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

function byStartThenLength(a: PhraseMatch<unknown>, b: PhraseMatch<unknown>): number {
  return a.from - b.from || b.to - a.to;
}
