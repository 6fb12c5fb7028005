import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepNoteSites, writeNoteSites } from '../../../src/db/note-sites.ts';
import { createNote, deleteNote } from '../../../src/db/notes.ts';
import { type NanshaDb, openDb } from '../../../src/db/schema.ts';
import { readPageSettings } from '../../../src/settings/page-read.ts';
import { siteOf } from '../../../src/settings/sites.ts';

let db: NanshaDb | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await db?.delete();
  db = undefined;
  fakeBrowser.reset();
});

const noteOn = (url: string) =>
  createNote(db as NanshaDb, { body: 'b', source: { url, title: 't' } });
const mayHaveNotes = async (url: string) => (await readPageSettings(siteOf(url))).mayHaveNotes;

// A page asks the background for its notes only on a site that has some.
describe('sites with notes', () => {
  it('every page asks while the list was never written (an update from an older version)', async () => {
    expect(await mayHaveNotes('https://a.example/x')).toBe(true);
  });

  it('are written at start, and kept current as notes are added and deleted', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await noteOn('https://a.example/one');
    expect(await writeNoteSites(db)).toEqual(['a.example']);
    expect(await mayHaveNotes('https://a.example/two')).toBe(true);
    expect(await mayHaveNotes('https://b.example/')).toBe(false);

    stop = keepNoteSites(db);
    const second = await noteOn('https://b.example:8080/page?q=1');
    await noteOn('https://a.example/three');
    await vi.waitFor(async () => expect(await mayHaveNotes('https://b.example:8080/')).toBe(true));
    await deleteNote(db, second.id);
    await vi.waitFor(async () => expect(await mayHaveNotes('https://b.example:8080/')).toBe(false));
    expect(await mayHaveNotes('https://a.example/')).toBe(true);
    await db.notes.clear();
    await vi.waitFor(async () => expect(await mayHaveNotes('https://a.example/')).toBe(false));
  });

  it('notes without a page do not count', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await createNote(db, { body: 'no page' });
    expect(await writeNoteSites(db)).toEqual([]);
  });
});
