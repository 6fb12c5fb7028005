import { Dexie, type EntityTable } from 'dexie';

/** A user's note. Stored in the extension's own origin (panel and background only). */
export interface Note {
  id: string;
  body: string;
  tags: string[];
  termIds: string[];
  passageIds: string[];
  source?: { url: string; title: string; quote?: string };
  createdAt: number;
  updatedAt: number;
}

export const DB_NAME = 'nansha-lens';

export type NanshaDb = Dexie & { notes: EntityTable<Note, 'id'> };

export function openDb(name = DB_NAME): NanshaDb {
  const db = new Dexie(name) as NanshaDb;
  // Version 1. Later versions are added below it, never by editing it.
  db.version(1).stores({
    notes: 'id, createdAt, updatedAt, *termIds, *passageIds, *tags, source.url',
  });
  return db;
}
