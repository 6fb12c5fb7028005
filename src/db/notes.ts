/**
 * The notes repository: every write to the notes table goes through here, each in one transaction
 * (a refusal changes nothing) and through `guardWrite` (a full disk is a StorageFullError).
 */
import { normalizeUrl } from '../anchor/url.ts';
import { documentOf } from '../documents/types.ts';
import { guardWrite } from './errors.ts';
import { type NanshaDb, type Note, normalizeSource } from './schema.ts';

export interface NoteInput {
  body: string;
  tags?: string[];
  termIds?: string[];
  passageIds?: string[];
  source?: Note['source'];
}

export interface NoteFilter {
  termId?: string;
  tag?: string;
  url?: string;
  /** `RESOLUTION`, or a reader's document: notes naming one of its terms or sentences. */
  docId?: string;
}

/** The `docId` of the resolution's own terms and sentences in a filter. */
export const RESOLUTION = 'resolution';

/** Whether a note names a term or a sentence of the document `docId` (`RESOLUTION` or an id). */
export function noteInDocument(note: Note, docId: string): boolean {
  return [...note.termIds, ...note.passageIds].some(
    (id) => (documentOf(id) ?? RESOLUTION) === docId,
  );
}

/** `a, b,, c ` → `['a', 'b', 'c']` (trimmed, no empties, no duplicates). */
export function parseTags(input: string): string[] {
  return [
    ...new Set(
      input
        .split(/[,，、]/)
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}

export async function createNote(db: NanshaDb, input: NoteInput, now = Date.now()): Promise<Note> {
  const note: Note = {
    id: crypto.randomUUID(),
    body: input.body,
    tags: input.tags ?? [],
    termIds: input.termIds ?? [],
    passageIds: input.passageIds ?? [],
    ...(input.source ? { source: normalizeSource(input.source) } : {}),
    createdAt: now,
    updatedAt: now,
  };
  await guardWrite(() => db.notes.add(note));
  return note;
}

/** Changes a note in place; `createdAt` and `id` never change. Undefined when it is gone. */
export async function updateNote(
  db: NanshaDb,
  id: string,
  changes: Partial<Omit<Note, 'id' | 'createdAt' | 'updatedAt'>>,
  now = Date.now(),
): Promise<Note | undefined> {
  return guardWrite(() =>
    db.transaction('rw', db.notes, async () => {
      const old = await db.notes.get(id);
      if (!old) return undefined;
      const note: Note = { ...old, ...changes, id, createdAt: old.createdAt, updatedAt: now };
      if (changes.source) note.source = normalizeSource(changes.source);
      await db.notes.put(note);
      return note;
    }),
  );
}

/** Deletes a note and returns the exact record, for Undo. */
export async function deleteNote(db: NanshaDb, id: string): Promise<Note | undefined> {
  return guardWrite(() =>
    db.transaction('rw', db.notes, async () => {
      const note = await db.notes.get(id);
      if (note) await db.notes.delete(id);
      return note;
    }),
  );
}

/** Puts a deleted note back exactly as it was. */
export async function restoreNote(db: NanshaDb, note: Note): Promise<void> {
  await guardWrite(() => db.notes.put(note));
}

/** Notes matching every given filter, newest change first. */
export async function queryNotes(db: NanshaDb, filter: NoteFilter = {}): Promise<Note[]> {
  let notes: Note[];
  if (filter.termId) notes = await db.notes.where('termIds').equals(filter.termId).toArray();
  else if (filter.tag) notes = await db.notes.where('tags').equals(filter.tag).toArray();
  else if (filter.url) notes = await db.notes.where('source.url').equals(filter.url).toArray();
  else notes = await db.notes.toArray();
  return notes
    .filter(
      (n) =>
        (!filter.termId || n.termIds.includes(filter.termId)) &&
        (!filter.tag || n.tags.includes(filter.tag)) &&
        (!filter.url || n.source?.url === filter.url) &&
        (!filter.docId || noteInDocument(n, filter.docId)),
    )
    .sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt);
}

/**
 * The notes taken on a page, newest change first. The URL is normalised (`normalizeUrl`) as the
 * notes' URLs are, so `https://e.org/a?utm_source=x#p2` finds the notes of `https://e.org/a`.
 */
export async function notesForUrl(db: NanshaDb, url: string): Promise<Note[]> {
  return queryNotes(db, { url: normalizeUrl(url) });
}

/** Every tag in use, sorted. */
export async function allTags(db: NanshaDb): Promise<string[]> {
  const keys = await db.notes.orderBy('tags').uniqueKeys();
  return keys.map(String).sort((a, b) => a.localeCompare(b));
}

/** Every source page of a note: url and title, sorted by title. */
export async function allSources(db: NanshaDb): Promise<{ url: string; title: string }[]> {
  const byUrl = new Map<string, string>();
  await db.notes.each((n) => {
    if (n.source?.url) byUrl.set(n.source.url, n.source.title || n.source.url);
  });
  return [...byUrl]
    .map(([url, title]) => ({ url, title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
