import { describe, expect, it } from 'vitest';
import { diffPacks, formatDiff, isEmptyDiff, summarizeDiff } from '../../lib/packs/diff';
import { parsePack, type Pack } from '../../lib/packs/schema';
import { samplePack } from './helpers';

function pack(json: Record<string, unknown>): Pack {
  const result = parsePack(json);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.pack;
}

describe('diff between two versions of a pack', { timeout: 30_000 }, () => {
  const before = pack(samplePack());

  it('is empty for the same pack, whatever the key order', () => {
    const reordered = pack(Object.fromEntries(Object.entries(samplePack()).reverse()));
    expect(isEmptyDiff(diffPacks(before, reordered))).toBe(true);
    expect(summarizeDiff(diffPacks(before, reordered))).toBe('no changes');
  });

  it('lists added, changed and removed phrases and rules', () => {
    const json = samplePack({ version: '1.1.0' });
    const phrases = json.phrases as Record<string, unknown>[];
    phrases[0]!.text = 'I can see {{issue}}.';
    phrases.splice(1, 1);
    phrases.push({ id: 'new-1', kind: 'update', text: "I'll update you {{timescale}}." });
    json.guardRules = [{ kind: 'prefer', phrase: 'unfortunately', message: 'Lead with what we can do.', suggestion: "here's what I can do" }];
    const diff = diffPacks(before, pack(json));
    expect(diff.details).toEqual([{ field: 'version', before: '1.0.0', after: '1.1.0' }]);
    expect(diff.phrases.added.map((p) => p.id)).toEqual(['new-1']);
    expect(diff.phrases.removed.map((p) => p.id)).toEqual(['sorry-1']);
    expect(diff.phrases.changed).toEqual([expect.objectContaining({ key: 'ack-1', fields: ['text'] })]);
    expect(diff.guardRules.added.map((r) => r.phrase)).toEqual(['unfortunately']);
    expect(diff.guardRules.removed.map((r) => r.id)).toEqual(['no-problem']);
    expect(summarizeDiff(diff)).toBe('version 1.0.0 → 1.1.0; phrases: 1 added, 1 changed, 1 removed; guard rules: 1 added, 1 removed');
    expect(formatDiff(diff)).toEqual([
      '~ version: "1.0.0" → "1.1.0"',
      'phrases: 1 added, 1 changed, 1 removed',
      '  + new-1 [update] "I\'ll update you {{timescale}}."',
      '  ~ ack-1 [acknowledge] "I can see {{issue}}." (text)',
      '  - sorry-1 [apology] "I\'m sorry for the wait."',
      'guard rules: 1 added, 0 changed, 1 removed',
      '  + prefer "unfortunately"',
      '  - no-problem avoid "no problem"',
    ]);
  });

  it('treats everything as added when nothing is installed yet', () => {
    const diff = diffPacks(null, before);
    expect(diff.phrases.added).toHaveLength(3);
    expect(diff.guardRules.added).toHaveLength(1);
    expect(diff.timescaleTargets.added).toEqual([{ category: 'default', target: { firstResponseHours: 8 } }]);
  });

  it('sees changed targets and allowed phrases', () => {
    const diff = diffPacks(
      before,
      pack(samplePack({ timescaleTargets: { default: { firstResponseHours: 4 } }, allowedPhrases: [{ phrase: 'we will refund the postage' }] })),
    );
    expect(diff.timescaleTargets.changed.map((c) => c.key)).toEqual(['default']);
    expect(diff.allowedPhrases).toEqual({ added: ['we will refund the postage'], removed: [] });
  });
});
