/** The tokenizer lives in the shared language layer (`lib/language/tokens.ts`). */
export * from '../language/tokens';
