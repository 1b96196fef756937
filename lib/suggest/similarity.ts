/**
 * Near-duplicate phrases ("I'm so sorry you've had this experience" / "I'm really sorry you've had
 * this experience") waste the agent's attention: compare the sets of content words.
 */

const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'to', 'of', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'it', 'it\'s', 'this',
  'that', 'is', 'are', 'be', 'i', 'i\'m', 'i\'ll', 'i\'ve', 'me', 'my', 'you', 'your', 'we', 'our', 'us', 'just', 'here',
]);

export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w && !STOPWORDS.has(w));
  return new Set(words);
}

/** Jaccard similarity of two word sets, 0..1. */
export function setSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export const NEAR_DUPLICATE = 0.6;

export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold = NEAR_DUPLICATE): boolean {
  return setSimilarity(a, b) >= threshold;
}

function wordSequence(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * Whether two texts share a run of `n` words ("won't need to repeat yourself"): in one reply that
 * reads as repetition even when the phrases are otherwise different.
 */
export function sharesWordRun(a: string, b: string, n = 4): boolean {
  const runs = new Set<string>();
  const wa = wordSequence(a);
  for (let i = 0; i + n <= wa.length; i++) runs.add(wa.slice(i, i + n).join(' '));
  const wb = wordSequence(b);
  for (let i = 0; i + n <= wb.length; i++) if (runs.has(wb.slice(i, i + n).join(' '))) return true;
  return false;
}

/** Two sentences in a row that open with the same two words ("From here on…", "From here, …") read as a template. */
export function sameOpening(a: string, b: string): boolean {
  const wa = wordSequence(a).slice(0, 2).join(' ');
  return wa.includes(' ') && wa === wordSequence(b).slice(0, 2).join(' ');
}
