import { Dexie, type Transaction } from 'dexie';
import { normalizeUrl } from '../anchor/url.ts';
import { backupInUpgrade } from './backups.ts';
import { stampNotes } from './index-snapshot.ts';
import type { NanshaDb, Note, NoteSource } from './types.ts';

export type { Backup, BackupReason, Meta, NanshaDb, Note, NoteSource, Sighting } from './types.ts';

export const DB_NAME = 'nansha-lens';

/** A note's source with its URL normalised (the original kept when it differs). */
export function normalizeSource(source: NoteSource): NoteSource {
  const url = normalizeUrl(source.url);
  if (url === source.url) return source;
  return { ...source, url, originalUrl: source.originalUrl ?? source.url };
}

/**
 * Version 3: backups, and source URLs normalised. Dexie runs this inside IndexedDB's
 * versionchange transaction, after creating the new `backups` table and before anything else
 * writes: the snapshot it takes first is the data exactly as version 2 left it, and if any step
 * fails the whole upgrade — backup included — is rolled back and the old database stays as it was.
 * Every later version's upgrade must start with `backupInUpgrade` too.
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  await backupInUpgrade(tx, 3);
  await tx
    .table('notes')
    .toCollection()
    .modify((note: Note) => {
      if (note.source?.url) note.source = normalizeSource(note.source);
    });
}

const NOTES_V1 = 'id, createdAt, updatedAt, *termIds, *passageIds, *tags, source.url';

export function openDb(name = DB_NAME): NanshaDb {
  const db = new Dexie(name) as NanshaDb;
  // Versions are added below each other, never by editing an earlier one.
  db.version(1).stores({ notes: NOTES_V1 });
  // Version 2: pages where terms were seen.
  db.version(2).stores({ notes: NOTES_V1, sightings: 'url, lastSeen, *termIds' });
  // Version 3: automatic backups (see upgradeToV3).
  db.version(3)
    .stores({ notes: NOTES_V1, sightings: 'url, lastSeen, *termIds', backups: '++id, createdAt' })
    .upgrade(upgradeToV3);
  // Version 4: `meta`, the notes' stamp and the panel's search index (db/index-snapshot.ts).
  db.version(4)
    .stores({
      notes: NOTES_V1,
      sightings: 'url, lastSeen, *termIds',
      backups: '++id, createdAt',
      meta: 'key',
    })
    .upgrade((tx) => backupInUpgrade(tx, 4));
  // Version 5: the reader's own documents and their terms (src/documents/types.ts).
  db.version(5)
    .stores({
      notes: NOTES_V1,
      sightings: 'url, lastSeen, *termIds',
      backups: '++id, createdAt',
      meta: 'key',
      documents: 'id, added',
      documentTerms: 'id, docId',
    })
    .upgrade((tx) => backupInUpgrade(tx, 5));
  db.use(stampNotes);
  return db;
}
