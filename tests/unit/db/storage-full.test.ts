/**
 * A full disk: every write the reader starts is refused as a whole. The write rejects with a
 * StorageFullError, and the notes (and backups) are exactly as they were before it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../../../src/db/errors.ts';
import { exportJsonText, stableStringify } from '../../../src/db/format.ts';
import { createNote, deleteNote, restoreNote, updateNote } from '../../../src/db/notes.ts';
import { type NanshaDb, openDb } from '../../../src/db/schema.ts';
import {
  allNotes,
  deleteAllNotes,
  importText,
  mergeNotes,
  restoreBackup,
} from '../../../src/db/transfer.ts';
import { note, richNotes } from './fixtures.ts';
import { QUOTA_MODES, refuseWrites } from './quota.ts';

let db: NanshaDb | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
  db = undefined;
});

/** A database holding the three rich notes and one backup. */
async function fresh(): Promise<NanshaDb> {
  db = openDb(`test-${crypto.randomUUID()}`);
  await db.notes.bulkAdd(richNotes());
  await db.backups.add({
    createdAt: 1,
    reason: 'before import',
    noteCount: 1,
    json: exportJsonText([note('old')], 1, 0),
  });
  return db;
}

/** Every note and every backup, as one comparable string. */
const state = async (d: NanshaDb) =>
  stableStringify({ notes: await allNotes(d), backups: await d.backups.toArray() });

/** Runs `write` while the browser refuses; asserts a StorageFullError and an unchanged database. */
async function expectRefused(d: NanshaDb, write: () => Promise<unknown>): Promise<void> {
  const before = await state(d);
  const error = await write().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageFullError);
  vi.restoreAllMocks();
  expect(await state(d)).toBe(before);
}

describe.each(QUOTA_MODES)('the browser refuses for lack of space (%s)', (mode) => {
  it('a new note: refused, no note added', async () => {
    const d = await fresh();
    refuseWrites({ mode });
    await expectRefused(d, () => createNote(d, { body: 'draft', tags: ['t'] }));
    expect(await d.notes.count()).toBe(3);
  });

  it('an edit: refused, the note keeps its old text', async () => {
    const d = await fresh();
    const [first] = richNotes();
    refuseWrites({ mode });
    await expectRefused(d, () => updateNote(d, first?.id ?? '', { body: 'new text' }));
    expect((await d.notes.get(first?.id ?? ''))?.body).toBe(first?.body);
  });

  it('an import of 6 notes into 3: refused as a whole, the 3 unchanged and no backup kept', async () => {
    const d = await fresh();
    const [first] = richNotes();
    const incoming = [
      note('new-1'),
      note('new-2'),
      note('new-3'),
      note('new-4'),
      note('new-5'),
      { ...(first ?? note('x')), body: 'newer', updatedAt: Date.now() },
    ];
    // The backup and the first two notes go through; the third note is refused.
    refuseWrites({ mode, store: 'notes', from: 2 });
    await expectRefused(d, () => importText(d, exportJsonText(incoming, 1)));
    expect((await allNotes(d)).map((n) => n.id).sort()).toEqual(
      richNotes()
        .map((n) => n.id)
        .sort(),
    );
  });

  it('a merge refused while writing its backup: nothing changes either', async () => {
    const d = await fresh();
    refuseWrites({ mode, store: 'backups' });
    await expectRefused(d, () => mergeNotes(d, [note('new-1')]));
  });

  it('a restore from a backup: refused, the notes are not cleared', async () => {
    const d = await fresh();
    const [backup] = await d.backups.toArray();
    refuseWrites({ mode, store: 'notes' });
    await expectRefused(d, () => restoreBackup(d, backup?.id ?? 0));
    expect(await d.notes.count()).toBe(3);
  });

  it('delete all: refused when its backup is, the notes are not cleared', async () => {
    const d = await fresh();
    refuseWrites({ mode, store: 'backups' });
    await expectRefused(d, () => deleteAllNotes(d));
    expect(await d.notes.count()).toBe(3);
  });

  it('Undo of a delete: refused, the note stays deleted and can be tried again', async () => {
    const d = await fresh();
    const [first] = richNotes();
    const removed = await deleteNote(d, first?.id ?? '');
    if (!removed) throw new Error('not deleted');
    refuseWrites({ mode });
    await expectRefused(d, () => restoreNote(d, removed));
    await restoreNote(d, removed);
    expect(await d.notes.get(removed.id)).toEqual(removed);
  });

  it('once there is room again, the same save goes through', async () => {
    const d = await fresh();
    refuseWrites({ mode });
    await expect(createNote(d, { body: 'draft' })).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    const saved = await createNote(d, { body: 'draft' });
    expect(await d.notes.get(saved.id)).toEqual(saved);
    expect(await d.notes.count()).toBe(4);
  });
});
