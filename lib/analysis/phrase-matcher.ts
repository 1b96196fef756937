/** The phrase matcher lives in the shared language layer (`lib/language/phrase-matcher.ts`). */
export * from '../language/phrase-matcher';
