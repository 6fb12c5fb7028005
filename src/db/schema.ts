import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/types.ts';
import { normalizeUrl } from '../anchor/url.ts';
import { backupInUpgrade } from './backups.ts';

/** Where a note was taken: the page, and the quote as W3C selectors (for re-anchoring). */
export interface NoteSource {
  /** The page's URL, normalised (`normalizeUrl`: no fragment, no tracking parameters). */
  url: string;
  title: string;
  quote?: string;
  /** The URL as it was, when normalising changed it. */
  originalUrl?: string;
  selector?: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** A user's note. Stored in the extension's own origin (panel and background only). */
export interface Note {
  id: string;
  /** Plain text or Markdown (rendered safely: raw HTML is shown as text). */
  body: string;
  tags: string[];
  termIds: string[];
  passageIds: string[];
  source?: NoteSource;
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

export type BackupReason = 'before import' | 'before upgrade' | 'before restore' | 'before delete';

/** A full JSON export of the notes, kept automatically before anything replaces them (last 3). */
export interface Backup {
  id: number;
  createdAt: number;
  reason: BackupReason;
  noteCount: number;
  /** For 'before upgrade': the schema version being upgraded to. */
  upgradeTo?: number;
  /** The export file (`format: 'nansha-lens-notes'`), as text. */
  json: string;
}

export const DB_NAME = 'nansha-lens';

export type NanshaDb = Dexie & {
  notes: EntityTable<Note, 'id'>;
  sightings: EntityTable<Sighting, 'url'>;
  backups: EntityTable<Backup, 'id'>;
};

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
  return db;
}
