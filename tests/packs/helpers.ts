/** Small valid packs for the pack tests, built in code (no fixtures to keep in step). */
export function samplePack(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 1,
    id: 'acme-support',
    name: 'Acme support',
    version: '1.0.0',
    locale: 'en-GB',
    author: 'Dana at Acme',
    description: 'Our team wording.',
    updated: '2026-01-31',
    phrases: [
      { id: 'ack-1', kind: 'acknowledge', text: 'Thanks for letting me know {{issue|what happened}}.' },
      { id: 'sorry-1', kind: 'apology', text: "I'm sorry for the wait.", emotions: ['frustration'] },
      { id: 'bye-1', kind: 'closing', text: 'Speak soon, {{customer.firstName|there}}.' },
    ],
    guardRules: [{ id: 'no-problem', kind: 'avoid', phrase: 'no problem', message: 'We avoid "no problem".', suggestion: 'happy to help' }],
    timescaleTargets: { default: { firstResponseHours: 8 } },
    ...overrides,
  };
}

/** A pack with `count` distinct, valid phrases. */
export function bigPack(count: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const kinds = ['acknowledge', 'empathy', 'apology', 'ownership', 'update', 'closing'];
  const phrases = Array.from({ length: count }, (_, i) => ({
    id: `phrase-${i}`,
    kind: kinds[i % kinds.length],
    text: `Thanks for your patience with this, {{customer.firstName|there}}: I'm looking at {{issue|your request}} now (${i}).`,
    emotions: ['frustration', 'anxiety'],
    categories: ['delivery'],
    note: `When the customer is waiting on a delivery, option ${i}.`,
  }));
  return samplePack({ phrases, ...overrides });
}
