/**
 * The JSON export format: versioned, complete (re-importing it gives identical notes). The
 * reader's documents ride along in `documents` when there are any: a file without them (all
 * files before documents existed) still imports, and an older version reading a newer file
 * ignores them.
 */
import type { DocumentWithTerms } from './documents.ts';
import type { Note } from './types.ts';

export const EXPORT_FORMAT = 'nansha-lens-notes';
export const EXPORT_VERSION = 1;

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** Milliseconds since the epoch. */
  exportedAt: number;
  notes: Note[];
  /** The reader's documents with their terms, oldest first; absent when there are none. */
  documents?: DocumentWithTerms[];
}

/** Oldest first, then by id: the same notes always give the same file. */
export function sortNotes(notes: readonly Note[]): Note[] {
  return [...notes].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function toJsonExport(
  notes: readonly Note[],
  now = Date.now(),
  documents: readonly DocumentWithTerms[] = [],
): JsonExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    notes: sortNotes(notes),
    ...(documents.length > 0 && { documents: [...documents] }),
  };
}

/** The export file's text (indented when a person may read it). */
export function exportJsonText(
  notes: readonly Note[],
  now = Date.now(),
  indent = 2,
  documents: readonly DocumentWithTerms[] = [],
): string {
  return JSON.stringify(toJsonExport(notes, now, documents), null, indent);
}

/** JSON with object keys sorted: equal values give equal strings (for comparing notes). */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sameNote(a: Note, b: Note): boolean {
  return stableStringify(a) === stableStringify(b);
}
