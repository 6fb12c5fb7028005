import { afterEach, describe, expect, it } from 'vitest';
import { type NanshaDb, type Note, openDb } from '../../../src/db/schema.ts';

const note = (id: string, termIds: string[], at: number): Note => ({
  id,
  body: `note ${id}`,
  tags: [],
  termIds,
  passageIds: [],
  createdAt: at,
  updatedAt: at,
});

describe('notes database', () => {
  let db: NanshaDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('stores notes and finds them by term', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await db.notes.bulkAdd([
      note('a', ['nansha-plan'], 1),
      note('b', ['gba'], 2),
      note('c', ['nansha-plan', 'gba'], 3),
    ]);
    const onPlan = await db.notes.where('termIds').equals('nansha-plan').primaryKeys();
    expect(onPlan.sort()).toEqual(['a', 'c']);
    expect(db.verno).toBe(5);
  });

  it('keeps notes when the database is closed and opened again', async () => {
    const name = `test-${crypto.randomUUID()}`;
    db = openDb(name);
    await db.notes.add(note('kept', [], 5));
    db.close();
    db = openDb(name);
    expect((await db.notes.get('kept'))?.body).toBe('note kept');
  });
});
