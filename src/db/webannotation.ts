/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) export and import of notes.
 *
 * One Annotation per note: `id` urn:uuid:<id>, a commenting TextualBody (the note, text/markdown)
 * and one tagging TextualBody per tag; the target is the page (source + TextQuoteSelector +
 * TextPositionSelector) or, for a note on the resolution alone, `urn:nansha-lens:resolution`.
 * What the model has no place for (term and passage links, page title, quote, original URL) goes
 * in the `nansha:` namespace, so an export re-imports to identical notes. Annotations from other
 * tools (Hypothesis…) import too: their quote comes from the TextQuoteSelector.
 */
import * as v from 'valibot';
import { t } from '../i18n/t.ts';
import { sortNotes } from './format.ts';
import { describeIssue } from './issues.ts';
import type { Note, NoteSource } from './schema.ts';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our namespace (a JSON-LD prefix): `nansha:termIds` = `urn:nansha-lens:termIds`. */
export const NS = 'urn:nansha-lens:';
export const RESOLUTION_TARGET = `${NS}resolution`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTE_IRI = `${NS}note:`;

export function noteIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `${NOTE_IRI}${encodeURIComponent(id)}`;
}

export function idFromIri(iri: string): string {
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(NOTE_IRI)) {
    try {
      return decodeURIComponent(iri.slice(NOTE_IRI.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function noteToAnnotation(note: Note): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: 'TextualBody', value: note.body, format: 'text/markdown', purpose: 'commenting' },
    ...note.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
  ];
  const s = note.source;
  const target = s
    ? {
        source: s.url,
        ...(s.selector || s.position
          ? { selector: [s.selector, s.position].filter((x) => x !== undefined) }
          : {}),
      }
    : RESOLUTION_TARGET;
  return {
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: iso(note.createdAt),
    modified: iso(note.updatedAt),
    body,
    target,
    'nansha:termIds': note.termIds,
    'nansha:passageIds': note.passageIds,
    ...(s
      ? {
          'nansha:source': {
            title: s.title,
            ...(s.quote !== undefined ? { quote: s.quote } : {}),
            ...(s.originalUrl !== undefined ? { originalUrl: s.originalUrl } : {}),
          },
        }
      : {}),
  };
}

/** An AnnotationCollection with one embedded page holding every note. */
export function exportWebAnnotations(notes: readonly Note[]): Record<string, unknown> {
  const items = sortNotes(notes).map(noteToAnnotation);
  return {
    '@context': [W3C_CONTEXT, { nansha: NS }],
    type: 'AnnotationCollection',
    label: 'Nansha Lens notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

const nonNegative = v.pipe(v.number(), v.integer(), v.minValue(0));
const date = v.pipe(
  v.string(),
  v.check(
    (s) => !Number.isNaN(Date.parse(s)),
    () => t('importBadDate'),
  ),
);
const typeField = v.optional(v.union([v.string(), v.array(v.string())]));
const textBody = v.looseObject({
  type: typeField,
  value: v.optional(v.string()),
  purpose: v.optional(v.string()),
  format: v.optional(v.string()),
});
// Arrays first in unions: valibot's object schemas accept arrays too.
const bodyItem = v.union([v.string(), textBody]);
const selector = v.pipe(
  v.looseObject({
    type: v.string(),
    exact: v.optional(v.string()),
    prefix: v.optional(v.string()),
    suffix: v.optional(v.string()),
    start: v.optional(nonNegative),
    end: v.optional(nonNegative),
  }),
  v.check(
    (s) => s.type !== 'TextQuoteSelector' || typeof s.exact === 'string',
    () => t('importQuoteNeedsExact'),
  ),
  v.check(
    (s) =>
      s.type !== 'TextPositionSelector' ||
      (s.start !== undefined && s.end !== undefined && s.end >= s.start),
    () => t('importBadPosition'),
  ),
);
const specific = v.looseObject({
  source: v.string(),
  selector: v.optional(v.union([v.array(selector), selector])),
});
const targetItem = v.union([v.string(), specific]);

export const annotationSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(2048)),
  created: v.optional(date),
  modified: v.optional(date),
  body: v.optional(v.union([v.array(bodyItem), bodyItem])),
  bodyValue: v.optional(v.string()),
  target: v.union([v.array(targetItem), targetItem]),
  'nansha:termIds': v.optional(v.array(v.string())),
  'nansha:passageIds': v.optional(v.array(v.string())),
  'nansha:source': v.optional(
    v.object({
      title: v.string(),
      quote: v.optional(v.string()),
      originalUrl: v.optional(v.string()),
    }),
  ),
});

type Annotation = v.InferOutput<typeof annotationSchema>;
const list = <T>(x: T | T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];

function toNote(a: Annotation, now: number): Note {
  const bodies = list(a.body).filter(
    (b): b is v.InferOutput<typeof textBody> => typeof b !== 'string',
  );
  const comment = bodies.find((b) => b.purpose !== 'tagging' && typeof b.value === 'string');
  const tags = bodies
    .filter((b) => b.purpose === 'tagging' && typeof b.value === 'string')
    .map((b) => b.value as string);
  const page = list(a.target).find(
    (x): x is v.InferOutput<typeof specific> => typeof x !== 'string',
  );
  let source: NoteSource | undefined;
  if (page) {
    const selectors = list(page.selector);
    const q = selectors.find((s) => s.type === 'TextQuoteSelector');
    const p = selectors.find((s) => s.type === 'TextPositionSelector');
    const ours = a['nansha:source'];
    const quote = ours ? ours.quote : q?.exact;
    source = {
      url: page.source,
      title: ours?.title ?? '',
      ...(quote !== undefined ? { quote } : {}),
      ...(ours?.originalUrl !== undefined ? { originalUrl: ours.originalUrl } : {}),
      ...(q
        ? {
            selector: {
              type: 'TextQuoteSelector',
              exact: q.exact ?? '',
              prefix: q.prefix ?? '',
              suffix: q.suffix ?? '',
            },
          }
        : {}),
      ...(p
        ? { position: { type: 'TextPositionSelector', start: p.start ?? 0, end: p.end ?? 0 } }
        : {}),
    };
  }
  const created = a.created ? Date.parse(a.created) : undefined;
  const modified = a.modified ? Date.parse(a.modified) : undefined;
  return {
    id: idFromIri(a.id),
    body: comment?.value ?? a.bodyValue ?? '',
    tags,
    termIds: a['nansha:termIds'] ?? [],
    passageIds: a['nansha:passageIds'] ?? [],
    ...(source ? { source } : {}),
    createdAt: created ?? modified ?? now,
    updatedAt: modified ?? created ?? now,
  };
}

/** A note from one annotation; problems (named `label.field`) go to `problems`. */
export function annotationToNote(
  raw: unknown,
  label: string,
  problems: string[],
  now: number,
): Note | undefined {
  const result = v.safeParse(annotationSchema, raw);
  if (result.success) return toNote(result.output, now);
  for (const issue of result.issues.slice(0, 3)) problems.push(describeIssue(label, issue));
  return undefined;
}
