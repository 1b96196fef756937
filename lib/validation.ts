/**
 * A zod issue in the catalogue's words, for whoever wrote the value: a pack author (lib/packs), an
 * agent importing history (lib/history), an administrator's policy. zod's own messages are English
 * and name types the way a programmer would ("expected string, received number").
 */
import type { z } from 'zod';
import { t } from './i18n';

/** The value at `path` in the raw input, and whether the key was there at all. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return { present: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(current, key)) return { present: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: current };
}

/** A value as the author wrote it, for "…, not a list": JSON for strings, words for shapes. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('lib.validation.value.list');
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return t('lib.validation.value.object');
  return t('lib.validation.value.other', { type: typeof value, value: String(value) });
}

const TYPE_NAMES: Record<string, () => string> = {
  string: () => t('lib.validation.type.string'),
  number: () => t('lib.validation.type.number'),
  array: () => t('lib.validation.type.array'),
  object: () => t('lib.validation.type.object'),
  boolean: () => t('lib.validation.type.boolean'),
};

/**
 * A zod issue in the catalogue's words, for the field it is about ("must be one of …; got …"):
 * zod's own messages are English and name types the way a programmer would, not a pack author.
 */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const at = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (!at.present) return t('lib.validation.required');
      const expected = TYPE_NAMES[issue.expected]?.() ?? issue.expected;
      return t('lib.validation.wrongType', { expected, value: describeValue(at.value) });
    }
    case 'invalid_value': {
      if (!at.present) return t('lib.validation.required');
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.values.length === 1
        ? t('lib.validation.notValue', { expected: options, value: describeValue(at.value) })
        : t('lib.validation.notOneOf', { options, value: describeValue(at.value) });
    }
    case 'too_small':
      if (issue.origin === 'string') return t('lib.validation.empty');
      if (issue.origin === 'array') return t('lib.validation.listAtLeast', { min: String(issue.minimum) });
      return issue.inclusive ? t('lib.validation.atLeast', { min: String(issue.minimum) }) : t('lib.validation.moreThan', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('lib.validation.longest', { max: String(issue.maximum) });
      if (issue.origin === 'array') return t('lib.validation.listAtMost', { max: String(issue.maximum) });
      return t('lib.validation.atMost', { max: String(issue.maximum) });
    default:
      return issue.message;
  }
}
