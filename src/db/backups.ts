/**
 * Automatic backups: a full JSON export of the notes and the reader's documents, kept before an
 * import, a restore, a "delete all" and a schema upgrade; the last three are kept. A backup is
 * written in the same transaction as the change it protects, so either both happen or neither
 * does (callers' transactions span notes, documents, documentTerms and backups).
 */
import type { EntityTable, Transaction } from 'dexie';
import type { UserDocument, UserTerm } from '../documents/types.ts';
import { allDocuments, type DocumentWithTerms } from './documents.ts';
import { exportJsonText } from './format.ts';
import type { Backup, BackupReason, NanshaDb, Note } from './types.ts';

export const BACKUPS_KEPT = 3;

/** Adds a backup and drops the oldest beyond three; nothing when there is nothing to keep. */
async function addBackup(
  backups: EntityTable<Backup, 'id'>,
  notes: readonly Note[],
  documents: readonly DocumentWithTerms[],
  reason: BackupReason,
  now: number,
  upgradeTo?: number,
): Promise<void> {
  if (notes.length === 0 && documents.length === 0) return;
  const record: Omit<Backup, 'id'> = {
    createdAt: now,
    reason,
    noteCount: notes.length,
    ...(documents.length > 0 && { documentCount: documents.length }),
    ...(upgradeTo === undefined ? {} : { upgradeTo }),
    json: exportJsonText(notes, now, 0, documents),
  };
  await backups.add(record);
  const ids = await backups.toCollection().primaryKeys();
  const old = ids.slice(0, Math.max(0, ids.length - BACKUPS_KEPT));
  if (old.length > 0) await backups.bulkDelete(old);
}

/**
 * Inside a rw transaction on notes, documents, documentTerms and backups: backs up the notes
 * and documents as they are now; returns the notes.
 */
export async function backupNow(
  db: NanshaDb,
  reason: BackupReason,
  now = Date.now(),
): Promise<Note[]> {
  const notes = await db.notes.toArray();
  await addBackup(db.backups, notes, await allDocuments(db), reason, now);
  return notes;
}

/** In a version's `upgrade()`: backs up the data exactly as the previous version left it. */
export async function backupInUpgrade(tx: Transaction, version: number): Promise<void> {
  const notes = (await tx.table('notes').toArray()) as Note[];
  // Documents exist from version 5 on (an earlier version's upgrade step cannot see the table).
  const documents: DocumentWithTerms[] = [];
  if (version >= 5) {
    const docs = (await tx.table('documents').toArray()) as UserDocument[];
    const terms = (await tx.table('documentTerms').toArray()) as UserTerm[];
    for (const document of docs) {
      documents.push({ document, terms: terms.filter((t) => t.docId === document.id) });
    }
  }
  await addBackup(
    tx.table('backups') as EntityTable<Backup, 'id'>,
    notes,
    documents,
    'before upgrade',
    Date.now(),
    version,
  );
}

/** Backups, newest first (without their JSON, which may be large). */
export async function listBackups(db: NanshaDb): Promise<Omit<Backup, 'json'>[]> {
  const all = await db.backups.toArray();
  return all.reverse().map(({ json: _json, ...meta }) => meta);
}

export async function getBackup(db: NanshaDb, id: number): Promise<Backup | undefined> {
  return db.backups.get(id);
}
