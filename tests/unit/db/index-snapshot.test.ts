import { afterEach, describe, expect, it } from 'vitest';
import {
  readIndexSnapshot,
  readNotesStamped,
  saveIndexSnapshot,
} from '../../../src/db/index-snapshot.ts';
import { createNote, deleteNote, restoreNote, updateNote } from '../../../src/db/notes.ts';
import { type NanshaDb, openDb } from '../../../src/db/schema.ts';
import { deleteAllNotes, importText } from '../../../src/db/transfer.ts';
import type { IndexSnapshot } from '../../../src/search/snapshot.ts';

const SNAPSHOT = { version: 'test', ids: ['x'] } as unknown as IndexSnapshot;

describe('the search index snapshot beside the notes', () => {
  let db: NanshaDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('is kept for the notes it was taken of, and dropped by any write to the notes', async () => {
    const d = openDb(`test-${crypto.randomUUID()}`);
    db = d;
    const saveNow = async () => {
      const { stamp } = await readNotesStamped(d);
      expect(await saveIndexSnapshot(d, stamp, SNAPSHOT)).toBe(true);
      expect((await readIndexSnapshot(d)).snapshot).toEqual(SNAPSHOT);
      return stamp;
    };
    const writes: [string, () => Promise<unknown>][] = [
      ['add', () => createNote(d, { body: '南沙方案' })],
      ['edit', async () => updateNote(d, (await d.notes.toArray())[0]?.id ?? '', { body: '改' })],
      [
        'delete and restore',
        async () => {
          const note = await deleteNote(d, (await d.notes.toArray())[0]?.id ?? '');
          await saveNow();
          if (note) await restoreNote(d, note);
        },
      ],
      [
        'import',
        async () => {
          const [n] = await d.notes.toArray();
          const file = { format: 'nansha-lens-notes', version: 1, exportedAt: 1 };
          await importText(d, JSON.stringify({ ...file, notes: [{ ...n, id: 'imported' }] }));
        },
      ],
      ['delete all', () => deleteAllNotes(d)],
    ];
    for (const [what, write] of writes) {
      const before = await saveNow();
      await write();
      const after = await readIndexSnapshot(d);
      expect(after.snapshot, what).toBeUndefined();
      expect(after.stamp, what).not.toBe(before);
    }
  });

  it('is not kept when the notes changed after they were read', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    const { stamp } = await readNotesStamped(db);
    await createNote(db, { body: 'new' });
    expect(await saveIndexSnapshot(db, stamp, SNAPSHOT)).toBe(false);
    expect((await readIndexSnapshot(db)).snapshot).toBeUndefined();
  });
});
