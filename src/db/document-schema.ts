/**
 * A document with its terms as export files hold it (one document's file, and the full export's
 * `documents`), validated with valibot and then by the rules a save follows (limits, term names).
 * Problems name the record and the field, like the notes' (`documents[0].terms[3].name: …`).
 */
import * as v from 'valibot';
import { DOCUMENT_COLOURS, DOCUMENT_LIMITS } from '../documents/types.ts';
import { validateTerm } from '../documents/validate.ts';
import { t } from '../i18n/t.ts';
import type { DocumentWithTerms } from './documents.ts';
import { describeIssue } from './issues.ts';

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const docId = v.pipe(v.string(), v.regex(/^doc-[0-9a-z]{8}$/));
const short = v.pipe(v.string(), v.maxLength(2048));

const documentSchema = v.object({
  id: docId,
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  text: v.pipe(v.string(), v.maxLength(DOCUMENT_LIMITS.textChars)),
  source: v.object({
    kind: v.picklist(['paste', 'file', 'page']),
    name: v.optional(short),
    url: v.optional(short),
  }),
  added: time,
  updated: time,
  enabled: v.boolean(),
  colour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(DOCUMENT_COLOURS.length - 1)),
  termSeq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9))),
});

const termSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^doc-[0-9a-z]{8}\.t\d+$/)),
  docId,
  name: v.string(),
  forms: v.pipe(
    v.array(
      v.object({
        form: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
        script: v.picklist(['zh-Hans', 'zh-Hant', 'en']),
      }),
    ),
    v.minLength(1),
    v.maxLength(50),
  ),
  passageIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(100_000)),
});

export const documentRecordSchema = v.object({
  document: documentSchema,
  terms: v.pipe(v.array(v.unknown()), v.maxLength(DOCUMENT_LIMITS.termsPerDocument)),
});

/**
 * One document and its terms, checked; problems (at most `max` in all) go to `problems`, named
 * from `label`. Beyond the shape: text not empty, each term of this document (its id and
 * passages under the document's id), no id twice, names that validateTerm accepts.
 */
export function checkDocumentRecord(
  raw: unknown,
  label: string,
  problems: string[],
  max = 10,
): DocumentWithTerms | undefined {
  const push = (p: string) => {
    if (problems.length < max) problems.push(p);
  };
  const head = v.safeParse(documentRecordSchema, raw);
  if (!head.success) {
    for (const issue of head.issues) push(describeIssue(label, issue));
    return undefined;
  }
  const { document } = head.output;
  const at = (field: string) => (label ? `${label}.${field}` : field);
  const before = problems.length;
  if (document.text.trim() === '') push(`${at('document.text')}: ${t('documentEmptyText')}`);
  const names: string[] = [];
  const ids = new Set<string>();
  const terms = head.output.terms.flatMap((rawTerm, i) => {
    const termLabel = at(`terms[${i}]`);
    const parsed = v.safeParse(termSchema, rawTerm);
    if (!parsed.success) {
      for (const issue of parsed.issues) push(describeIssue(termLabel, issue));
      return [];
    }
    const term = parsed.output;
    const own = `${document.id}.`;
    if (term.docId !== document.id || !term.id.startsWith(own)) {
      push(`${termLabel}.docId: ${t('importTermOtherDocument', document.id)}`);
    }
    if (term.passageIds.some((p) => !p.startsWith(own))) {
      push(`${termLabel}.passageIds: ${t('importTermOtherDocument', document.id)}`);
    }
    if (ids.has(term.id)) push(`${termLabel}.id: ${t('importTermIdTwice', term.id)}`);
    ids.add(term.id);
    const check = validateTerm(term.name, names);
    if (!check.ok) push(`${termLabel}.name: ${termErrorMessage(check.error, term.name)}`);
    else names.push(check.term);
    return [term];
  });
  return problems.length > before ? undefined : { document, terms };
}

/** A term refused by validateTerm, in words (the panel's review says the same). */
export function termErrorMessage(
  error: 'empty' | 'one-character' | 'too-long' | 'generic' | 'duplicate',
  term: string,
): string {
  switch (error) {
    case 'empty':
      return t('termEmpty');
    case 'one-character':
      return t('termOneCharacter', term);
    case 'too-long':
      return t('termTooLong', term);
    case 'generic':
      return t('termGeneric', term);
    case 'duplicate':
      return t('termDuplicate', term);
  }
}
