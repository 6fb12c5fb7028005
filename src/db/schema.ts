import { Dexie, type EntityTable } from 'dexie';

/** A user's note. Stored in the extension's own origin (panel and background only). */
export interface Note {
  id: string;
  /** Plain text or Markdown (rendered safely: raw HTML is shown as text). */
  body: string;
  tags: string[];
  termIds: string[];
  passageIds: string[];
  source?: { url: string; title: string; quote?: string };
  createdAt: number;
  updatedAt: number;
}

/** A page where terms of the glossary were seen (this machine only; can be turned off). */
export interface Sighting {
  url: string;
  title: string;
  termIds: string[];
  /** Occurrences of each term on the page, as last seen. */
  counts: Record<string, number>;
  firstSeen: number;
  lastSeen: number;
}

export const DB_NAME = 'nansha-lens';

export type NanshaDb = Dexie & {
  notes: EntityTable<Note, 'id'>;
  sightings: EntityTable<Sighting, 'url'>;
};

const NOTES_V1 = 'id, createdAt, updatedAt, *termIds, *passageIds, *tags, source.url';

export function openDb(name = DB_NAME): NanshaDb {
  const db = new Dexie(name) as NanshaDb;
  // Versions are added below each other, never by editing an earlier one.
  db.version(1).stores({ notes: NOTES_V1 });
  // Version 2: pages where terms were seen.
  db.version(2).stores({ notes: NOTES_V1, sightings: 'url, lastSeen, *termIds' });
  return db;
}
