/**
 * Phrase pack figures, measured in Node (not in Chromium): importing a 5,000-phrase pack as the
 * options page does — read and validate the text once, compute the preview diff, store it with
 * one `storage.local` write, then read it back and make it live (the page that validated it reuses
 * the validated pack) — and verifying a 5,000-phrase pack's signature. `storage.local` is WXT's in-memory fake,
 * which serialises to JSON on every write (the browser's own storage cost is not included).
 */
import type { BenchFigure } from './bench';
import { median } from './stats';

/** A pack of `count` distinct phrases, about 290 bytes each (5,000 ≈ 1.5 MB). */
export function benchPack(count: number): Record<string, unknown> {
  const kinds = ['acknowledge', 'empathy', 'apology', 'ownership', 'update', 'closing'];
  return {
    format: 1,
    id: 'bench-team',
    name: 'Bench team',
    version: '1.0.0',
    locale: 'en',
    author: 'Bench',
    description: 'Generated for timing.',
    updated: '2026-01-31',
    phrases: Array.from({ length: count }, (_, i) => ({
      id: `phrase-${i}`,
      kind: kinds[i % kinds.length],
      text: `Thanks for your patience with this, {{customer.firstName|there}}: I'm looking at {{issue|your request}} now (${i}).`,
      emotions: ['frustration', 'anxiety'],
      categories: ['delivery'],
      note: `When the customer is waiting on a delivery, option ${i}.`,
    })),
    guardRules: [{ kind: 'avoid', phrase: 'no problem', message: 'We avoid "no problem".', suggestion: 'happy to help' }],
  };
}

async function timeAsync(run: (i: number) => Promise<unknown>, runs: number, warmup: number): Promise<{ median: number; min: number; max: number }> {
  for (let i = 0; i < warmup; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run(warmup + i);
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const range = (t: { min: number; max: number }) => `min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)}`;

export async function benchPacks(): Promise<BenchFigure[]> {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const global = globalThis as { chrome?: unknown };
  const saved = global.chrome;
  global.chrome = fakeBrowser;
  try {
    const { previewImport, installPack, activePacks } = await import('../packs/store');
    const { generateSigningKeys, signPack, verifyPack } = await import('../packs/sign');
    const text = JSON.stringify(benchPack(5000));
    const importRun = await timeAsync(
      async (i) => {
        fakeBrowser.reset();
        const preview = await previewImport(text, []);
        if (!preview.ok) throw new Error(preview.errors[0]?.message);
        await installPack(preview, { kind: 'file', fileName: 'bench.json' }, new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
        const live = await activePacks();
        if (live[0]?.phrases.length !== 5000) throw new Error('the imported pack is not live');
      },
      7,
      2,
    );
    const keys = await generateSigningKeys();
    const signed = await signPack(JSON.parse(text) as Record<string, unknown>, keys.privateJwk);
    const verifyRun = await timeAsync(
      async () => {
        const result = await verifyPack(signed, [keys.publicJwk]);
        if (result.status !== 'valid') throw new Error('signature did not verify');
      },
      15,
      3,
    );
    fakeBrowser.reset();
    return [
      {
        name: "packs: import a 5,000-phrase pack (median)",
        value: importRun.median,
        unit: 'ms',
        goal: 300,
        note: `Node, in-memory storage; validate once, diff, store in one write, re-read (the validated pack reused); ${(text.length / 1024 / 1024).toFixed(1)} MB; ${range(importRun)}`,
      },
      {
        name: "packs: verify a 5,000-phrase pack's signature",
        value: verifyRun.median,
        unit: 'ms',
        note: `Node, Ed25519 over the RFC 8785 form; ${range(verifyRun)}`,
      },
    ];
  } finally {
    global.chrome = saved;
  }
}
