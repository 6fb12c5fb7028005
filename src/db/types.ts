/** The records the database stores. */
import type { Dexie, EntityTable } from 'dexie';
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/types.ts';
import type { UserDocument, UserTerm } from '../documents/types.ts';

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

/** A full JSON export of the notes (and documents), kept automatically before anything replaces them (last 3). */
export interface Backup {
  id: number;
  createdAt: number;
  reason: BackupReason;
  noteCount: number;
  /** The reader's documents in it (absent: none, as in every backup before documents). */
  documentCount?: number;
  /** For 'before upgrade': the schema version being upgraded to. */
  upgradeTo?: number;
  /** The export file (`format: 'nansha-lens-notes'`), as text. */
  json: string;
}

/** What goes with the notes: their stamp, the panel's search index (db/index-snapshot.ts). */
export interface Meta {
  key: string;
  value: unknown;
}

export type NanshaDb = Dexie & {
  notes: EntityTable<Note, 'id'>;
  meta: EntityTable<Meta, 'key'>;
  sightings: EntityTable<Sighting, 'url'>;
  backups: EntityTable<Backup, 'id'>;
  /** The reader's own documents and the terms kept from them (issue 15). */
  documents: EntityTable<UserDocument, 'id'>;
  documentTerms: EntityTable<UserTerm, 'id'>;
};
