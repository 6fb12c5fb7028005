/** valibot issues as messages that name the record and the field. */
import type * as v from 'valibot';
import { t } from '../i18n/t.ts';

/** `notes[3] (id "x").source.url` from a record's label and valibot's path. */
export function pathOf(label: string, issue: v.BaseIssue<unknown>): string {
  let out = label;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(file)';
}

export function describeIssue(label: string, issue: v.BaseIssue<unknown>): string {
  const path = pathOf(label, issue);
  if (issue.kind === 'validation' && issue.type === 'check') return `${path}: ${issue.message}`;
  if (issue.received === 'undefined') return t('importFieldMissing', path);
  return t('importFieldWrong', [path, issue.expected ?? '', issue.received]);
}
