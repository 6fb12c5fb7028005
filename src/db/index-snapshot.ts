/**
 * The panel's search index kept between openings (docs/decisions/070-panel-index-snapshot.md).
 * Every write to the notes, from any page, changes the notes' stamp and deletes the snapshot in
 * the same transaction (`stampNotes`), so a snapshot that is there is the notes as they are, and
 * no text of a changed or deleted note stays behind in it.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import type { IndexSnapshot } from '../search/snapshot.ts';
import type { NanshaDb, Note } from './types.ts';

const STAMP = 'notes-stamp';
const SNAPSHOT = 'search-index';

/** Adds `meta` to every transaction that writes notes, and stamps each write in it. */
export const stampNotes: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'notes-stamp',
  create(down) {
    const hasMeta = down.schema.tables.some((t) => t.name === 'meta');
    return {
      ...down,
      transaction(stores, mode, options) {
        const add = hasMeta && mode === 'readwrite' && stores.includes('notes');
        return down.transaction(
          add && !stores.includes('meta') ? [...stores, 'meta'] : stores,
          mode,
          options,
        );
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'notes' || !hasMeta) return table;
        const stamped: DBCoreTable = {
          ...table,
          async mutate(req) {
            const result = await table.mutate(req);
            // An upgrade's transaction of a version before `meta` existed has no such store.
            const stores = (req.trans as unknown as IDBTransaction).objectStoreNames;
            if (stores && !stores.contains('meta')) return result;
            const meta = down.table('meta');
            const value = crypto.randomUUID();
            await meta.mutate({ type: 'put', trans: req.trans, values: [{ key: STAMP, value }] });
            await meta.mutate({ type: 'delete', trans: req.trans, keys: [SNAPSHOT] });
            return result;
          },
        };
        return stamped;
      },
    };
  },
};

interface Saved {
  stamp: string | undefined;
  snapshot: IndexSnapshot;
}

/** The notes' stamp now, and the snapshot when there is one (it is then of these notes). */
export async function readIndexSnapshot(
  db: NanshaDb,
): Promise<{ stamp: string | undefined; snapshot: IndexSnapshot | undefined }> {
  return db.transaction('r', db.meta, async () => {
    const [stamp, saved] = await db.meta.bulkGet([STAMP, SNAPSHOT]);
    return {
      stamp: stamp?.value as string | undefined,
      snapshot: (saved?.value as Saved | undefined)?.snapshot,
    };
  });
}

/** Every note, with the stamp they have. */
export async function readNotesStamped(
  db: NanshaDb,
): Promise<{ stamp: string | undefined; notes: Note[] }> {
  return db.transaction('r', db.notes, db.meta, async () => {
    const stamp = (await db.meta.get(STAMP))?.value as string | undefined;
    return { stamp, notes: await db.notes.toArray() };
  });
}

/** The notes' stamp (undefined before the first write). */
export async function notesStamp(db: NanshaDb): Promise<string | undefined> {
  return (await db.meta.get(STAMP))?.value as string | undefined;
}

/**
 * Keeps `snapshot`, taken of the notes as they were at `stamp`; not when they have changed since
 * (false then).
 */
export async function saveIndexSnapshot(
  db: NanshaDb,
  stamp: string | undefined,
  snapshot: IndexSnapshot,
): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    if ((await db.meta.get(STAMP))?.value !== stamp) return false;
    const saved: Saved = { stamp, snapshot };
    await db.meta.put({ key: SNAPSHOT, value: saved });
    return true;
  });
}
