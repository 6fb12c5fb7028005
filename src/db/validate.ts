/**
 * Reading an import file: its size, JSON, which format it is (our JSON export or W3C Web
 * Annotations) and every record, validated with valibot before anything is written. Errors name
 * the record and the field: `notes[3] (id "…").updatedAt: expected number, got "x"`.
 */
import * as v from 'valibot';
import { DOCUMENT_LIMITS } from '../documents/types.ts';
import { t } from '../i18n/t.ts';
import { checkDocumentRecord } from './document-schema.ts';
import type { DocumentWithTerms } from './documents.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format.ts';
import { describeIssue } from './issues.ts';
import { type Note, normalizeSource } from './schema.ts';
import { annotationToNote, W3C_CONTEXT } from './webannotation.ts';

/** Files over this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/**
 * At most this many notes in one import, for the panel's search index; a larger file is refused
 * whole, with a message (why: docs/decisions/008-import-limits.md).
 */
export const MAX_IMPORT_NOTES = 50_000;
/** Problems listed at most (the first ones, in file order). */
const MAX_ISSUES = 10;

export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ImportError';
  }
}

export interface ParsedImport {
  format: 'json' | 'w3c';
  notes: Note[];
  /** The reader's documents, when the file has them (our JSON export only). */
  documents?: DocumentWithTerms[];
}

const int = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Milliseconds since the epoch, within Date's range. */
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(1024));

const quoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.string(),
  prefix: v.string(),
  suffix: v.string(),
});
const positionSelector = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: int, end: int }),
  v.check(
    (p) => p.end >= p.start,
    () => t('importEndBeforeStart'),
  ),
);

export const noteSchema = v.object({
  id,
  body: v.string(),
  tags: v.array(v.string()),
  termIds: v.array(v.string()),
  passageIds: v.array(v.string()),
  source: v.optional(
    v.object({
      url: v.string(),
      title: v.string(),
      quote: v.optional(v.string()),
      originalUrl: v.optional(v.string()),
      selector: v.optional(quoteSelector),
      position: v.optional(positionSelector),
    }),
  ),
  createdAt: time,
  updatedAt: time,
});

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** Validates one record; its problems go to `problems`, named `label.field`. */
function check<T extends v.GenericSchema>(
  schema: T,
  value: unknown,
  label: string,
  problems: string[],
): v.InferOutput<T> | undefined {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    if (problems.length < MAX_ISSUES) problems.push(describeIssue(label, issue));
  }
  return undefined;
}

/** `notes[3] (id "abc")`: the record's index, and its id when it has a readable one. */
function recordLabel(base: string, index: number, record: unknown): string {
  const rid = (record as { id?: unknown } | null)?.id;
  const shown = typeof rid === 'string' && rid.length <= 80 ? ` (id ${JSON.stringify(rid)})` : '';
  return `${base}[${index}]${shown}`;
}

function tooMany(count: number): ImportError {
  return new ImportError([
    t('importTooManyNotes', [count.toLocaleString('en'), MAX_IMPORT_NOTES.toLocaleString('en')]),
  ]);
}

function finish(format: ParsedImport['format'], notes: Note[], labels: string[]): ParsedImport {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  notes.forEach((note, i) => {
    const first = seen.get(note.id);
    if (first !== undefined && problems.length < MAX_ISSUES) {
      problems.push(t('importDuplicateId', [labels[i] ?? '', labels[first] ?? '']));
    } else seen.set(note.id, i);
  });
  if (problems.length > 0) throw new ImportError(problems);
  // URLs as the notes repository stores them (idempotent: our own exports are unchanged).
  return {
    format,
    notes: notes.map((n) => (n.source ? { ...n, source: normalizeSource(n.source) } : n)),
  };
}

function parseOwnFormat(data: Record<string, unknown>): ParsedImport {
  if (data.version !== EXPORT_VERSION) {
    throw new ImportError([
      typeof data.version === 'number'
        ? t('importWrongVersion', [String(data.version), String(EXPORT_VERSION)])
        : t('importFieldWrong', ['version', 'number', typeOf(data.version)]),
    ]);
  }
  const header = v.object({
    exportedAt: time,
    notes: v.array(v.unknown()),
    documents: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(DOCUMENT_LIMITS.documents))),
  });
  const problems: string[] = [];
  const head = check(header, data, '', problems);
  if (!head) throw new ImportError(problems);
  if (head.notes.length > MAX_IMPORT_NOTES) throw tooMany(head.notes.length);
  const notes: Note[] = [];
  const labels: string[] = [];
  head.notes.forEach((raw, i) => {
    if (problems.length >= MAX_ISSUES) return;
    const label = recordLabel('notes', i, raw);
    const note = check(noteSchema, raw, label, problems);
    if (note) {
      notes.push(note as Note);
      labels.push(label);
    }
  });
  const documents: DocumentWithTerms[] = [];
  const docIds = new Map<string, number>();
  head.documents?.forEach((raw, i) => {
    if (problems.length >= MAX_ISSUES) return;
    const doc = checkDocumentRecord(raw, `documents[${i}]`, problems, MAX_ISSUES);
    if (!doc) return;
    const first = docIds.get(doc.document.id);
    if (first !== undefined) {
      problems.push(t('importDuplicateId', [`documents[${i}]`, `documents[${first}]`]));
    } else docIds.set(doc.document.id, i);
    documents.push(doc);
  });
  if (problems.length > 0) throw new ImportError(problems);
  const parsed = finish('json', notes, labels);
  return head.documents ? { ...parsed, documents } : parsed;
}

const hasType = (value: unknown, type: string): boolean => {
  const ty = (value as { type?: unknown } | null)?.type;
  return ty === type || (Array.isArray(ty) && ty.includes(type));
};

/** The annotations of a W3C file (a collection with embedded pages, a page, a list or one). */
function annotationItems(data: unknown): { items: unknown[]; base: string } {
  if (Array.isArray(data)) return { items: data, base: '' };
  if (hasType(data, 'Annotation')) return { items: [data], base: '' };
  const pageItems = (page: unknown, base: string): unknown[] => {
    const items = (page as { items?: unknown } | null)?.items;
    if (!Array.isArray(items)) {
      throw new ImportError([t('importFieldWrong', [`${base}.items`, 'array', typeOf(items)])]);
    }
    return items;
  };
  if (hasType(data, 'AnnotationPage')) return { items: pageItems(data, '(page)'), base: 'items' };
  // A collection: its pages, embedded, from `first` along `next`.
  let page = (data as { first?: unknown }).first;
  if (typeof page === 'string' || page === undefined) {
    throw new ImportError([t('importLinkedPages')]);
  }
  const items: unknown[] = [];
  let base = 'first';
  let pages = 0;
  while (page && typeof page === 'object') {
    items.push(...pageItems(page, base));
    if (items.length > MAX_IMPORT_NOTES) throw tooMany(items.length);
    pages++;
    page = (page as { next?: unknown }).next;
    base = `${base}.next`;
  }
  // Several pages: records are numbered across them.
  return { items, base: pages === 1 ? 'first.items' : 'items' };
}

function parseW3C(data: unknown, now: number): ParsedImport {
  const { items, base } = annotationItems(data);
  if (items.length > MAX_IMPORT_NOTES) throw tooMany(items.length);
  const problems: string[] = [];
  const notes: Note[] = [];
  const labels: string[] = [];
  items.forEach((raw, i) => {
    if (problems.length >= MAX_ISSUES) return;
    const label = recordLabel(base || '', i, raw);
    const note = annotationToNote(raw, label, problems, now);
    if (!note) return;
    const valid = check(noteSchema, note, label, problems);
    if (valid) {
      notes.push(valid as Note);
      labels.push(label);
    }
  });
  if (problems.length > 0) throw new ImportError(problems.slice(0, MAX_ISSUES));
  return finish('w3c', notes, labels);
}

/** Parses and validates an import file's text. Throws ImportError naming every problem found. */
export function parseImport(text: string, now = Date.now()): ParsedImport {
  // A JavaScript string has at least one code unit per UTF-8 byte's character: a cheap bound.
  if (text.length > MAX_IMPORT_BYTES) throw tooLarge(text.length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError([t('importNotJson', (error as Error).message)]);
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    if (record.format === EXPORT_FORMAT) return parseOwnFormat(record);
    if (record.format !== undefined) {
      throw new ImportError([t('importUnknownFormat', JSON.stringify(record.format).slice(0, 80))]);
    }
  }
  const context = (data as { '@context'?: unknown } | null)?.['@context'];
  const looksW3C =
    Array.isArray(data) ||
    context === W3C_CONTEXT ||
    (Array.isArray(context) && context.includes(W3C_CONTEXT)) ||
    ['Annotation', 'AnnotationPage', 'AnnotationCollection'].some((ty) => hasType(data, ty));
  if (looksW3C) return parseW3C(data, now);
  throw new ImportError([t('importUnknownFile')]);
}

export function tooLarge(bytes: number): ImportError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new ImportError([t('importTooLarge', [mb(bytes), mb(MAX_IMPORT_BYTES)])]);
}

/** Reads and validates a file, refusing it by size before reading it. */
export async function parseImportFile(file: Blob, now = Date.now()): Promise<ParsedImport> {
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge(file.size);
  return parseImport(await file.text(), now);
}
