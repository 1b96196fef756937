import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/guard';
import { parsePack } from '@/lib/packs/schema';
import { renderTemplate, type TemplateValues } from '@/lib/packs/template';

/** Every built-in phrase is advice the guard would let through: as written, and once filled in. */
const PACKS_DIR = path.resolve(import.meta.dirname, '../../assets/packs');
const values: TemplateValues = {
  'customer.firstName': 'Dana',
  'customer.name': 'Dana Whitfield',
  'agent.firstName': 'Sam',
  'agent.name': 'Sam Rivera',
  company: 'Acme Kitchens',
  issue: 'your parcel still hasn’t arrived',
  'ticket.id': '48213',
  timescale: 'by 3pm on Wednesday',
};

describe('built-in packs against the draft guard', () => {
  const parsed = parsePack(JSON.parse(readFileSync(path.join(PACKS_DIR, 'en.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const phrases = parsed.pack.phrases;

  it.each(phrases.map((p) => [p.id, p.text]))('%s passes as written', (_id, text) => {
    expect(checkDraft(text, { templateMode: true }).findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it.each(phrases.map((p) => [p.id, p.text]))('%s passes once filled in', (_id, text) => {
    const rendered = renderTemplate(text, values);
    expect(rendered.missing).toEqual([]);
    expect(checkDraft(rendered.text).findings.map((f) => `${f.ruleId}: ${f.message} [${rendered.text}]`)).toEqual([]);
  });
});
