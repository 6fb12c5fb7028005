/**
 * A schema upgrade that fails is rolled back whole (docs/manual.md, "Backups"): the database stays
 * at the old version with the old data, and the backup the upgrade had taken goes with it. Once
 * the cause is gone, the next opening upgrades and keeps the backup of the data as it was.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as backups from '../../../src/db/backups.ts';
import { openDb } from '../../../src/db/schema.ts';
import { note } from './fixtures.ts';

// The real backupInUpgrade, which a test can make fail for one version.
vi.mock('../../../src/db/backups.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/db/backups.ts')>();
  return { ...original, backupInUpgrade: vi.fn(original.backupInUpgrade) };
});

const NOTES = 'id, createdAt, updatedAt, *termIds, *passageIds, *tags, source.url';

/** A version-2 database (as the extension's version 2 left it) holding `notes`. */
async function v2Database(name: string, notes: object[]): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores({ notes: NOTES });
  v2.version(2).stores({ notes: NOTES, sightings: 'url, lastSeen, *termIds' });
  await v2.table('notes').bulkAdd(notes);
  await v2.table('sightings').add({ url: 'https://e.org/seen', lastSeen: 1, termIds: ['gba'] });
  v2.close();
}

/** What is on disk, read without any schema: the version, the tables and every record. */
async function onDisk(name: string) {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
    return { version: raw.verno, tables };
  } finally {
    raw.close();
  }
}

const names: string[] = [];
const fresh = () => {
  const name = `test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  vi.mocked(backups.backupInUpgrade).mockClear();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const good = [
  note('a', { source: { url: 'https://e.org/a?utm_source=x#top', title: 'A', quote: '南沙' } }),
  note('b', { body: '**南沙方案**', tags: ['采访'], termIds: ['nansha-plan'] }),
];

describe('a schema upgrade that fails', () => {
  it('fails after its backup was written: the backup and every change roll back, v2 stays as it was', async () => {
    const name = fresh();
    // A record an old version could have left: a page URL that is not a string. Normalising it
    // throws in the version-3 upgrade, after that upgrade has written its backup.
    const corrupt = note('bad', { source: { url: 42 as unknown as string, title: 'Bad' } });
    await v2Database(name, [...good, corrupt]);
    const before = await onDisk(name);
    expect(before.version).toBe(2);

    const db = openDb(name);
    await expect(db.open()).rejects.toThrow();
    db.close();
    // The upgrade did get as far as its backup, inside the transaction that was rolled back.
    expect(backups.backupInUpgrade).toHaveBeenCalledWith(expect.anything(), 3);

    // Version 2, its two tables, the very same records: no backups table, no URL normalised.
    const after = await onDisk(name);
    expect(after).toEqual(before);
    expect(Object.keys(after.tables).sort()).toEqual(['notes', 'sightings']);
    expect((after.tables.notes as typeof good).find((n) => n.id === 'a')?.source?.url).toBe(
      'https://e.org/a?utm_source=x#top',
    );

    // The cause removed (with version 2's schema), the next opening upgrades and its backup holds
    // the notes exactly as version 2 left them.
    const v2 = new Dexie(name);
    v2.version(2).stores({ notes: NOTES, sightings: 'url, lastSeen, *termIds' });
    await v2.table('notes').delete('bad');
    v2.close();
    const upgraded = openDb(name);
    await upgraded.open();
    try {
      expect(upgraded.verno).toBe(5);
      const [first] = await upgraded.backups.toArray();
      expect(first).toMatchObject({ reason: 'before upgrade', upgradeTo: 3, noteCount: 2 });
      expect(JSON.parse(first?.json ?? '{}').notes).toEqual(good);
      expect((await upgraded.notes.get('a'))?.source?.url).toBe('https://e.org/a');
      expect(await upgraded.sightings.count()).toBe(1);
    } finally {
      upgraded.close();
    }
  });

  it('a later version’s upgrade failing undoes the earlier ones of the same opening too', async () => {
    const name = fresh();
    await v2Database(name, good);
    const before = await onDisk(name);
    // Version 3's upgrade runs (backup, URLs normalised); version 4's fails at its first step.
    const actual = await vi.importActual<typeof import('../../../src/db/backups.ts')>(
      '../../../src/db/backups.ts',
    );
    vi.mocked(backups.backupInUpgrade).mockImplementation(async (tx, version) => {
      if (version === 4) throw new Error('disk said no');
      return actual.backupInUpgrade(tx, version);
    });
    try {
      const db = openDb(name);
      await expect(db.open()).rejects.toThrow('disk said no');
      db.close();
      expect(vi.mocked(backups.backupInUpgrade).mock.calls.map(([, v]) => v)).toEqual([3, 4]);
    } finally {
      vi.mocked(backups.backupInUpgrade).mockImplementation(actual.backupInUpgrade);
    }
    expect(await onDisk(name)).toEqual(before);
  });
});
