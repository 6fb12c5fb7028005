import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  allSources,
  allTags,
  createNote,
  deleteNote,
  parseTags,
  queryNotes,
  RESOLUTION,
  restoreNote,
  updateNote,
} from '../../../src/db/notes.ts';
import { type NanshaDb, type Note, openDb } from '../../../src/db/schema.ts';
import {
  clearSightings,
  recordSighting,
  recordSightingIfEnabled,
  sightingsForTerm,
} from '../../../src/db/sightings.ts';
import { recordSightingsItem } from '../../../src/settings/items.ts';

let db: NanshaDb | undefined;
const fresh = () => {
  db = openDb(`test-${crypto.randomUUID()}`);
  return db;
};
afterEach(async () => {
  await db?.delete();
  db = undefined;
  fakeBrowser.reset();
});

describe('notes repository', () => {
  it('creates, edits in place, deletes and restores the exact record', async () => {
    const db = fresh();
    const a = await createNote(
      db,
      {
        body: '**南沙方案**',
        tags: ['采访'],
        termIds: ['nansha-plan'],
        source: { url: 'https://example.org/a', title: 'A', quote: '南沙方案' },
      },
      100,
    );
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    const edited = await updateNote(db, a.id, { body: '改过了', tags: ['待核实'] }, 200);
    expect(edited).toMatchObject({ id: a.id, body: '改过了', createdAt: 100, updatedAt: 200 });
    expect(edited?.source).toEqual(a.source);

    const removed = await deleteNote(db, a.id);
    expect(await db.notes.count()).toBe(0);
    await restoreNote(db, removed as Note);
    expect(await db.notes.get(a.id)).toEqual(edited);
    expect(await updateNote(db, 'missing', { body: 'x' })).toBeUndefined();
  });

  it('filters by term, tag and page, newest first', async () => {
    const db = fresh();
    await createNote(db, { body: '1', tags: ['x'], termIds: ['gba'] }, 1);
    await createNote(db, { body: '2', tags: ['y'], termIds: ['gba', 'nansha'] }, 2);
    await createNote(
      db,
      { body: '3', tags: ['x', 'y'], source: { url: 'https://e.org/p', title: 'P' } },
      3,
    );
    const bodies = (notes: Note[]) => notes.map((n) => n.body);
    expect(bodies(await queryNotes(db))).toEqual(['3', '2', '1']);
    expect(bodies(await queryNotes(db, { termId: 'gba' }))).toEqual(['2', '1']);
    expect(bodies(await queryNotes(db, { tag: 'x' }))).toEqual(['3', '1']);
    expect(bodies(await queryNotes(db, { tag: 'y', termId: 'gba' }))).toEqual(['2']);
    expect(bodies(await queryNotes(db, { url: 'https://e.org/p' }))).toEqual(['3']);
    expect(await allTags(db)).toEqual(['x', 'y']);
    expect(await allSources(db)).toEqual([{ url: 'https://e.org/p', title: 'P' }]);
  });

  it("filters by document: the resolution or a reader's document, by the terms or sentences a note names", async () => {
    const db = fresh();
    await createNote(db, { body: 'resolution term', termIds: ['gba'] }, 1);
    await createNote(db, { body: 'doc term', termIds: ['doc-a1b2c3d4.t2'] }, 2);
    await createNote(db, { body: 'doc sentence', passageIds: ['doc-a1b2c3d4.p3.s1'] }, 3);
    await createNote(db, { body: 'other doc', termIds: ['doc-zzzzzzzz.t1'] }, 4);
    await createNote(db, { body: 'both', termIds: ['gba', 'doc-zzzzzzzz.t1'] }, 5);
    await createNote(db, { body: 'none' }, 6);
    const bodies = async (docId: string, termId?: string) =>
      (await queryNotes(db, { docId, ...(termId ? { termId } : {}) })).map((n) => n.body);
    expect(await bodies(RESOLUTION)).toEqual(['both', 'resolution term']);
    expect(await bodies('doc-a1b2c3d4')).toEqual(['doc sentence', 'doc term']);
    expect(await bodies('doc-zzzzzzzz')).toEqual(['both', 'other doc']);
    expect(await bodies('doc-zzzzzzzz', 'gba')).toEqual(['both']);
    expect(await bodies('doc-00000000')).toEqual([]);
  });

  it('parses comma-separated tags (ASCII and Chinese commas)', () => {
    expect(parseTags(' 采访, policy，待核实、policy ,, ')).toEqual(['采访', 'policy', '待核实']);
  });
});

describe('sightings', () => {
  const report = (url: string, terms: [string, number][], title = 'T') => ({
    url,
    title,
    terms: terms.map(([termId, count], order) => ({ termId, count, order })),
  });

  it('records url, title, terms, counts, first and last seen; skips pages without terms and non-web pages; clears', async () => {
    const db = fresh();
    await recordSighting(db, report('https://news.example/1', [['gba', 2]]), 10);
    await recordSighting(
      db,
      report('https://news.example/1', [
        ['nansha', 1],
        ['gba', 3],
      ]),
      20,
    );
    const [s] = await sightingsForTerm(db, 'nansha');
    expect(s).toEqual({
      url: 'https://news.example/1',
      title: 'T',
      termIds: ['gba', 'nansha'],
      counts: { gba: 3, nansha: 1 },
      firstSeen: 10,
      lastSeen: 20,
    });
    // Pages without terms, and non-web pages, are not recorded.
    await recordSighting(db, report('https://news.example/2', []), 30);
    await recordSighting(db, report('chrome-extension://x/sidepanel.html', [['gba', 1]]), 30);
    expect(await db.sightings.count()).toBe(1);
    await clearSightings(db);
    expect(await db.sightings.count()).toBe(0);
  });

  it('records nothing when the setting is off', async () => {
    const db = fresh();
    await recordSightingsItem.setValue(false);
    await recordSightingIfEnabled(db, report('https://news.example/1', [['gba', 1]]));
    expect(await db.sightings.count()).toBe(0);
    await recordSightingsItem.setValue(true);
    await recordSightingIfEnabled(db, report('https://news.example/1', [['gba', 1]]));
    expect(await db.sightings.count()).toBe(1);
  });
});

describe('schema upgrade', () => {
  it('opens a populated version-1 database at the current version without losing a note', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      notes: 'id, createdAt, updatedAt, *termIds, *passageIds, *tags, source.url',
    });
    const notes: Note[] = Array.from({ length: 50 }, (_, i) => ({
      id: `n${i}`,
      body: `笔记 ${i} **markdown**`,
      tags: i % 2 ? ['采访'] : [],
      termIds: ['nansha-plan'],
      passageIds: [`p${(i % 5) + 1}.s1`],
      ...(i % 3
        ? {}
        : { source: { url: `https://e.org/${i}`, title: `Page ${i}`, quote: '引文' } }),
      createdAt: i,
      updatedAt: i * 2,
    }));
    await v1.table('notes').bulkAdd(notes);
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.notes.orderBy('createdAt').toArray()).toEqual(notes);
    expect(await db.notes.where('tags').equals('采访').count()).toBe(25);
    await recordSighting(db, {
      url: 'https://e.org/x',
      title: 'X',
      terms: [{ termId: 'gba', count: 1, order: 0 }],
    });
    expect(await db.sightings.count()).toBe(1);
    db.close();
    await Dexie.delete(name);
  });
});
