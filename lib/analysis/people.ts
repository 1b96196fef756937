/**
 * The people (and pets) a customer calls "my", and the few parts of themselves they call "my"
 * ("my mind", "my life"): never their case. Shared by the message-kind reading (a message about
 * "my daughter" is not about their order) and the restatement (never "a problem with your son").
 */
export const MY_PEOPLE: readonly string[] = [
  'son', 'daughter', 'wife', 'husband', 'partner', 'mum', 'mom', 'dad', 'mother', 'father', 'parents', 'brother', 'sister', 'friend', 'friends',
  'family', 'kids', 'children', 'child', 'baby', 'boyfriend', 'girlfriend', 'bf', 'gf', 'boss', 'dog', 'cat', 'life', 'mind', 'opinion', 'heart', 'self',
];
