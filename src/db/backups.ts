/**
 * Automatic backups: a full JSON export of the notes, kept before an import, a restore, a
 * "delete all" and a schema upgrade; the last three are kept. A backup is written in the same
 * transaction as the change it protects, so either both happen or neither does.
 */
import type { EntityTable, Transaction } from 'dexie';
import { exportJsonText } from './format.ts';
import type { Backup, BackupReason, NanshaDb, Note } from './types.ts';

export const BACKUPS_KEPT = 3;

/** Adds a backup of `notes` and drops the oldest beyond three; nothing when there are no notes. */
async function addBackup(
  backups: EntityTable<Backup, 'id'>,
  notes: readonly Note[],
  reason: BackupReason,
  now: number,
  upgradeTo?: number,
): Promise<void> {
  if (notes.length === 0) return;
  const record: Omit<Backup, 'id'> = {
    createdAt: now,
    reason,
    noteCount: notes.length,
    ...(upgradeTo === undefined ? {} : { upgradeTo }),
    json: exportJsonText(notes, now, 0),
  };
  await backups.add(record);
  const ids = await backups.toCollection().primaryKeys();
  const old = ids.slice(0, Math.max(0, ids.length - BACKUPS_KEPT));
  if (old.length > 0) await backups.bulkDelete(old);
}

/** Inside a rw transaction on notes and backups: backs up the notes as they are now. */
export async function backupNow(
  db: NanshaDb,
  reason: BackupReason,
  now = Date.now(),
): Promise<Note[]> {
  const notes = await db.notes.toArray();
  await addBackup(db.backups, notes, reason, now);
  return notes;
}

/** In a version's `upgrade()`: backs up the notes exactly as the previous version left them. */
export async function backupInUpgrade(tx: Transaction, version: number): Promise<void> {
  const notes = (await tx.table('notes').toArray()) as Note[];
  await addBackup(
    tx.table('backups') as EntityTable<Backup, 'id'>,
    notes,
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
