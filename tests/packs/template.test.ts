import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplateProblems, renderTemplate, templateVariables } from '../../lib/packs/template';

describe('renderTemplate', () => {
  it('substitutes values, else the fallback', () => {
    expect(renderTemplate('Hi {{customer.firstName|there}},', { 'customer.firstName': 'Jane' })).toEqual({ text: 'Hi Jane,', missing: [], gaps: [] });
    expect(renderTemplate('Hi {{customer.firstName|there}},', {})).toEqual({ text: 'Hi there,', missing: [], gaps: [] });
    expect(renderTemplate('Hi {{ customer.firstName | there }},', { 'customer.firstName': '  ' }).text).toBe('Hi there,');
  });

  it('never leaves "Hi ," and reports the gap when there is no value and no fallback', () => {
    const result = renderTemplate('Hi {{customer.firstName}},', {});
    expect(result.text).toBe('Hi,');
    expect(result.text).not.toContain(' ,');
    expect(result.missing).toEqual(['customer.firstName']);
    expect(result.gaps).toEqual([{ variable: 'customer.firstName', index: 2 }]);
  });

  it('tidies the punctuation an empty value leaves behind', () => {
    expect(renderTemplate("I'll have an answer for you {{timescale}}.", {}).text).toBe("I'll have an answer for you.");
    expect(renderTemplate('Thanks, {{customer.firstName}}.', {}).text).toBe('Thanks.');
    expect(renderTemplate('Thanks for your patience, {{customer.firstName|}} — I know it has dragged on.', {}).text).toBe(
      'Thanks for your patience — I know it has dragged on.',
    );
    expect(renderTemplate('{{customer.firstName|}}, thanks for waiting.', {}).text).toBe('Thanks for waiting.');
    expect(renderTemplate('Your reference (#{{ticket.id}}) is below.', {}).text).toBe('Your reference is below.');
    expect(renderTemplate('Best wishes,\n{{agent.firstName|}}', {}).text).toBe('Best wishes,');
    expect(renderTemplate('Hi {{customer.firstName}} {{customer.name}} , hello', {}).text).toBe('Hi, hello');
  });

  it('quietly drops an empty fallback without reporting it', () => {
    expect(renderTemplate('Thanks for waiting, {{customer.firstName|}}.', {})).toEqual({ text: 'Thanks for waiting.', missing: [], gaps: [] });
  });

  it('capitalises a value that starts a sentence', () => {
    expect(renderTemplate('{{issue}}, and I want to help.', { issue: "your parcel still hasn't arrived" }).text).toBe(
      "Your parcel still hasn't arrived, and I want to help.",
    );
    expect(renderTemplate('I hear you. {{issue|this still is not sorted}}.', {}).text).toBe('I hear you. This still is not sorted.');
    expect(renderTemplate('I can see {{issue}}.', { issue: "your parcel still hasn't arrived" }).text).toBe("I can see your parcel still hasn't arrived.");
  });

  it('reports each missing variable once, in order, with where it goes', () => {
    const result = renderTemplate('I will call {{customer.name}} about {{ticket.id}} and email {{customer.name}} too.', {});
    expect(result.missing).toEqual(['customer.name', 'ticket.id']);
    expect(result.gaps.map((g) => g.variable)).toEqual(['customer.name', 'ticket.id', 'customer.name']);
    for (const gap of result.gaps) expect(gap.index).toBeLessThanOrEqual(result.text.length);
  });

  it('never lets braces through, from the template or from a value', () => {
    expect(renderTemplate('Hi {{customer.firstName}} {{oops', { 'customer.firstName': 'Jane' }).text).not.toMatch(/\{\{|\}\}/);
    expect(renderTemplate('Hi {{customer.firstName}},', { 'customer.firstName': '{{agent.name}}Jo' }).text).toBe('Hi agent.nameJo,');
  });

  it('treats values as text, never as code', () => {
    expect(renderTemplate('Hi {{customer.firstName}},', { 'customer.firstName': '${process.exit()}' }).text).toBe('Hi ${process.exit()},');
    const source = readFileSync(path.resolve(__dirname, '../../lib/packs/template.ts'), 'utf8');
    expect(source).not.toMatch(/\beval\s*\(|new\s+Function\b/);
  });
});

describe('template checks', () => {
  it('lists the variables a template uses', () => {
    expect(templateVariables('Hi {{customer.firstName|there}}, {{issue}} {{customer.firstName}}')).toEqual(['customer.firstName', 'issue']);
  });

  it('flags unknown variables, empty ones and unmatched braces', () => {
    expect(findTemplateProblems('Hi {{customer.firstName|there}}, {{timescale}}.')).toEqual([]);
    expect(findTemplateProblems('Hi {{name}}')[0]).toMatch(/^unknown variable \{\{name\}\}; use one of \{\{customer\.firstName\}\}/);
    expect(findTemplateProblems('Hi {{}}')).toEqual(['empty variable {{}}']);
    expect(findTemplateProblems('Hi {{customer.firstName')[0]).toMatch(/without a matching "\}\}"/);
    expect(findTemplateProblems('Hi customer.firstName}}')[0]).toMatch(/without a matching "\{\{"/);    // The catalogue's braces are the author's braces: none is taken for a substitution.
    expect(findTemplateProblems('Hi {{customer first}}')).toEqual(['{{customer first}} is not a variable name (letters and dots, e.g. {{customer.firstName}})']);
    expect(findTemplateProblems('Hi {{issue')).toEqual(['"{{" without a matching "}}" (a variable is written {{name}} or {{name|fallback}})']);
  });
});
