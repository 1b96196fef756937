import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PACK_CATEGORIES,
  PACK_EMOTIONS,
  packGuardContext,
  packJsonSchemaText,
  parsePack,
  parsePackText,
  type Pack,
} from '../../lib/packs/schema';
import { FELT_EMOTIONS, ISSUE_CATEGORIES } from '../../lib/analysis/types';

const PACK_SCHEMA_FILE = path.resolve(__dirname, '../../assets/packs/pack.schema.json');

function minimalPack(): Record<string, unknown> {
  return {
    format: 1,
    id: 'acme-support',
    name: 'Acme support',
    version: '1.2.0',
    locale: 'en-GB',
    author: 'Dana at Acme',
    description: 'Our team wording.',
    updated: '2026-01-31',
    phrases: [
      { id: 'ack-1', kind: 'acknowledge', text: 'Thanks for letting me know {{issue|what happened}}.' },
      { id: 'sorry-1', kind: 'apology', text: "I'm sorry for the wait.", emotions: ['frustration'], minIntensity: 0.3 },
    ],
  };
}

function errorsOf(json: unknown): string[] {
  const result = parsePack(json);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.errors.map((e) => e.message);
}

describe('pack format v1', () => {
  it('accepts a minimal pack and keeps its fields', () => {
    const result = parsePack(minimalPack());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.phrases[1]?.emotions).toEqual(['frustration']);
  });

  it('accepts guard rules, allowed phrases and timescale targets', () => {
    const pack = {
      ...minimalPack(),
      guardRules: [
        { kind: 'avoid', phrase: 'no problem', message: 'We avoid "no problem".', suggestion: 'happy to help' },
        { kind: 'prefer', phrase: 'unfortunately', message: 'We prefer a positive framing.', suggestion: "here's what I can do" },
      ],
      allowedPhrases: [{ phrase: "we'll cover the cost of return postage", note: 'Agreed with legal, 2026.' }],
      timescaleTargets: { default: { firstResponseHours: 8, resolutionHours: 40 }, delivery: { resolutionHours: 16 } },
    };
    const result = parsePack(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(packGuardContext([result.pack])).toEqual({
      packRules: [
        { kind: 'avoid', phrase: 'no problem', message: 'We avoid "no problem".', suggestion: 'happy to help' },
        { kind: 'prefer', phrase: 'unfortunately', message: 'We prefer a positive framing.', suggestion: "here's what I can do" },
      ],
      allowedPhrases: ["we'll cover the cost of return postage"],
      ruleSettings: {},
    });
  });

  it('names the field and the allowed values for a bad kind', () => {
    const pack = minimalPack();
    (pack.phrases as Record<string, unknown>[])[1]!.kind = 'empathise';
    const [message] = errorsOf(pack);
    expect(message).toMatch(/^phrases\[1\]\.kind \(phrase "sorry-1"\): must be one of "greeting", "acknowledge", .*; got "empathise"$/);
  });

  it('reports every problem at once, each naming its field', () => {
    const pack = minimalPack();
    pack.version = '1.0';
    pack.locale = 'English';
    delete pack.author;
    pack.updated = '31/01/2026';
    pack.colour = 'blue';
    const phrases = pack.phrases as Record<string, unknown>[];
    phrases[0]!.text = 'Hi {{customer.first}}, {{timescale';
    phrases[1]!.id = 'ack-1';
    phrases[1]!.emotion = ['anger'];
    phrases[1]!.minIntensity = 3;
    const errors = parsePack(pack);
    expect(errors.ok).toBe(false);
    if (errors.ok) return;
    const byPath = new Map(errors.errors.map((e) => [e.path, e.message]));
    expect(byPath.get('version')).toBe('version: must be a semantic version such as "1.0.0"');
    expect(byPath.get('locale')).toMatch(/^locale: must be a BCP 47 language tag/);
    expect(byPath.get('author')).toBe('author: is required');
    expect(byPath.get('updated')).toMatch(/^updated: must be an ISO date/);
    expect(byPath.get('colour')).toMatch(/^colour: unknown field/);
    expect(byPath.get('phrases[1].emotion')).toMatch(/^phrases\[1\]\.emotion \(phrase "ack-1"\): unknown field/);
    expect(byPath.get('phrases[1].minIntensity')).toMatch(/must be at most 1$/);
    expect(byPath.get('phrases[1].id')).toBe('phrases[1].id: "ack-1" is already used by phrases[0]');
    const textErrors = errors.errors.filter((e) => e.path === 'phrases[0].text').map((e) => e.message);
    expect(textErrors.some((m) => m.includes('unknown variable {{customer.first}}'))).toBe(true);
    expect(textErrors.some((m) => m.includes('"{{" without a matching "}}"'))).toBe(true);
  });

  it('flags unknown template variables and names the ones that exist', () => {
    const pack = minimalPack();
    (pack.phrases as Record<string, unknown>[])[0]!.text = 'Hi {{firstName}}';
    const [message] = errorsOf(pack);
    expect(message).toContain('phrases[0].text');
    expect(message).toContain('unknown variable {{firstName}}');
    expect(message).toContain('{{customer.firstName}}');
  });

  it('explains wrong types and bad enum values inside lists', () => {
    const pack = minimalPack();
    const phrases = pack.phrases as Record<string, unknown>[];
    phrases[0]!.text = 42;
    phrases[1]!.emotions = ['angry'];
    phrases[1]!.channels = 'email';
    const messages = errorsOf(pack);
    expect(messages).toContain('phrases[0].text (phrase "ack-1"): must be a string (text in quotes), not number 42');
    expect(messages.some((m) => m.startsWith('phrases[1].emotions[0] (phrase "sorry-1"): must be one of "anger"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('phrases[1].channels (phrase "sorry-1"): must be a list'))).toBe(true);
  });

  it('says which list repeats a name, in the catalogue\'s words', () => {
    const pack = minimalPack();
    (pack.phrases as Record<string, unknown>[])[1]!.emotions = ['anger', 'anger'];
    expect(errorsOf(pack)).toEqual(['phrases[1].emotions (phrase "sorry-1"): lists an emotion twice']);
  });

  it('checks guard rules and timescale targets', () => {
    const messages = errorsOf({
      ...minimalPack(),
      guardRules: [{ kind: 'prefer', phrase: 'unfortunately', message: 'Positive framing.' }],
      timescaleTargets: { delivery: {}, refund: { firstResponseHours: 8, resolutionHours: 4 }, shipping: { resolutionHours: 1 } },
    });
    expect(messages).toContain('guardRules[0].suggestion: is required for a "prefer" rule (the wording the team prefers)');
    expect(messages).toContain('timescaleTargets.delivery: needs firstResponseHours or resolutionHours');
    expect(messages).toContain('timescaleTargets.refund.resolutionHours: must not be shorter than firstResponseHours');
    expect(messages.some((m) => m.startsWith('timescaleTargets.shipping: unknown field'))).toBe(true);
  });

  it('rejects what is not a pack without throwing', () => {
    expect(parsePack(null)).toEqual({ ok: false, errors: [{ path: '', message: 'pack: must be a JSON object, not null' }] });
    expect(parsePack([])).toMatchObject({ ok: false });
    expect(parsePackText('{ "id": ')).toMatchObject({ ok: false, errors: [{ path: '', message: expect.stringMatching(/^pack: not valid JSON/) }] });
    expect(errorsOf({})).toContain('phrases: is required');
  });

  it('speaks the same emotion and category names as lib/analysis', () => {
    expect([...PACK_EMOTIONS].sort()).toEqual([...FELT_EMOTIONS, 'neutral'].sort());
    expect([...PACK_CATEGORIES].sort()).toEqual([...ISSUE_CATEGORIES].sort());
  });

  it('the committed JSON Schema is up to date (run `npx tsx lib/packs/generate-schema.ts`)', () => {
    expect(readFileSync(PACK_SCHEMA_FILE, 'utf8')).toBe(packJsonSchemaText());
  });

  it('the JSON Schema describes the phrase fields for editors', () => {
    const schema = JSON.parse(packJsonSchemaText()) as { properties: Record<string, { items?: { properties?: Record<string, unknown> } }> };
    const phrase = schema.properties.phrases?.items?.properties ?? {};
    expect(Object.keys(phrase)).toEqual(
      expect.arrayContaining(['id', 'kind', 'text', 'emotions', 'categories', 'minIntensity', 'channels', 'stages', 'tags', 'note']),
    );
  });

  it('types a parsed pack', () => {
    const result = parsePack(minimalPack());
    const pack: Pack | undefined = result.ok ? result.pack : undefined;
    expect(pack?.id).toBe('acme-support');
  });
});
