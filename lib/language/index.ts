/**
 * The language layer shared by the analysis (customer messages) and the guard (the agent's draft):
 * tokens, sentences, negation and phrase matching, with the caps on how much text is read.
 */
export * from './tokens';
export * from './phrase-matcher';
export * from './sentences';
export * from './negation';
export * from './lexicon';
export * from './limits';
