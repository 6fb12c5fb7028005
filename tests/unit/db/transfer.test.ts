import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/db/backups.ts';
import { exportJsonText, stableStringify } from '../../../src/db/format.ts';
import { createNote, notesForUrl } from '../../../src/db/notes.ts';
import { type NanshaDb, type Note, openDb } from '../../../src/db/schema.ts';
import {
  allNotes,
  deleteAllNotes,
  exportMarkdown,
  exportWebAnnotations,
  importText,
  mergeNotes,
  restoreBackup,
} from '../../../src/db/transfer.ts';
import {
  ImportError,
  MAX_IMPORT_NOTES,
  parseImport,
  parseImportFile,
} from '../../../src/db/validate.ts';
import { note, PAYLOAD, richNotes } from './fixtures.ts';

let db: NanshaDb | undefined;
const fresh = async (notes: Note[] = []) => {
  db = openDb(`test-${crypto.randomUUID()}`);
  if (notes.length) await db.notes.bulkAdd(notes);
  return db;
};
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** The whole notes table, as a comparable string (keys sorted: equal notes, equal strings). */
const snapshot = async (d: NanshaDb) => stableStringify(await allNotes(d));

/** Asserts that importing `text` fails with a message matching `pattern` and changes nothing. */
async function expectRefused(text: string, pattern: RegExp | string): Promise<string[]> {
  const d = await fresh(richNotes());
  const before = await snapshot(d);
  const backupsBefore = await d.backups.count();
  let error: unknown;
  try {
    await importText(d, text);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImportError);
  const problems = (error as ImportError).problems;
  expect(problems.join('\n')).toMatch(pattern);
  expect(await snapshot(d)).toBe(before);
  expect(await d.backups.count()).toBe(backupsBefore);
  return problems;
}

const ownFile = (notes: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'nansha-lens-notes', version: 1, exportedAt: 1, notes, ...extra });

describe('JSON export and import', () => {
  it('export → clear → import gives identical notes', async () => {
    const d = await fresh(richNotes());
    const file = exportJsonText(await allNotes(d), 42);
    expect(JSON.parse(file)).toMatchObject({
      format: 'nansha-lens-notes',
      version: 1,
      exportedAt: 42,
    });
    await deleteAllNotes(d);
    expect(await d.notes.count()).toBe(0);
    const report = await importText(d, file);
    expect(report).toEqual({ format: 'json', added: 3, updated: 0, unchanged: 0, conflicts: [] });
    expect(await allNotes(d)).toEqual(richNotes().sort((a, b) => a.createdAt - b.createdAt));
    expect(JSON.parse(exportJsonText(await allNotes(d), 42))).toEqual(JSON.parse(file));
    // Importing the same file again changes nothing.
    expect(await importText(d, file)).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it('merges by id: the newer updatedAt wins, a tie keeps yours, conflicts are reported', async () => {
    const d = await fresh([
      note('a', { body: 'mine, older', updatedAt: 10 }),
      note('b', { body: 'mine, newer', updatedAt: 30 }),
      note('c', { body: 'same', updatedAt: 5 }),
      note('d', { body: 'mine, same time', updatedAt: 7 }),
    ]);
    const report = await importText(
      d,
      ownFile([
        note('a', { body: 'theirs, newer', updatedAt: 20 }),
        note('b', { body: 'theirs, older', updatedAt: 20 }),
        note('c', { body: 'same', updatedAt: 5 }),
        note('d', { body: 'theirs, same time', updatedAt: 7 }),
        note('e', { body: 'new' }),
      ]),
    );
    expect(report).toEqual({
      format: 'json',
      added: 1,
      updated: 1,
      unchanged: 1,
      conflicts: [
        { id: 'a', kept: 'imported' },
        { id: 'b', kept: 'existing' },
        { id: 'd', kept: 'existing' },
      ],
    });
    const bodies = Object.fromEntries((await allNotes(d)).map((n) => [n.id, n.body]));
    expect(bodies).toEqual({
      a: 'theirs, newer',
      b: 'mine, newer',
      c: 'same',
      d: 'mine, same time',
      e: 'new',
    });
  });

  it('normalises imported page URLs, keeping the original', async () => {
    const d = await fresh();
    await importText(
      d,
      ownFile([note('u', { source: { url: 'https://e.org/a?utm_source=x#f', title: 'A' } })]),
    );
    const [n] = await notesForUrl(d, 'https://E.org/a?fbclid=1');
    expect(n?.source).toEqual({
      url: 'https://e.org/a',
      originalUrl: 'https://e.org/a?utm_source=x#f',
      title: 'A',
    });
  });

  it('a write that fails half-way leaves every note as it was (one transaction)', async () => {
    const d = await fresh(richNotes());
    const before = await snapshot(d);
    d.notes.hook('creating', (_key, obj) => {
      if ((obj as Note).id === 'boom') throw new Error('disk full');
    });
    await expect(
      mergeNotes(d, [note('ok-1'), note('ok-2'), note('boom'), note('ok-3')]),
    ).rejects.toThrow('disk full');
    expect(await snapshot(d)).toBe(before);
    expect(await d.backups.count()).toBe(0);
  });
});

describe('bad inputs: a clear error, and every existing note unchanged', () => {
  it('truncated JSON', async () => {
    const file = exportJsonText(richNotes(), 1);
    await expectRefused(file.slice(0, file.length / 2), /not valid JSON \(is it complete\?\)/);
  });

  it('a wrong version, a wrong format, something else entirely', async () => {
    await expectRefused(
      ownFile([], { version: 2 }),
      'This file is version 2 of the Nansha Lens format; this version of the extension reads version 1.',
    );
    await expectRefused(ownFile([], { version: '1' }), 'version: expected number, got string');
    await expectRefused(
      JSON.stringify({ format: 'evernote', notes: [] }),
      /Unknown format "evernote"/,
    );
    for (const other of ['42', '"hello"', 'null', '{"notes": []}']) {
      await expectRefused(other, /neither a Nansha Lens export nor a W3C Web Annotation file/);
    }
  });

  it('wrong field types, each named by record and field', async () => {
    const good = note('good');
    const problems = await expectRefused(
      ownFile([
        good,
        { ...note('b'), updatedAt: 'yesterday' },
        { ...note('c'), tags: 'policy' },
        { ...note('d'), source: { url: 'https://e.org', title: 5 } },
        {
          ...note('e'),
          source: {
            url: 'https://e.org',
            title: 'T',
            position: { type: 'TextPositionSelector', start: 9, end: 2 },
          },
        },
        { ...note('f'), createdAt: -1 },
        { id: 'g', body: 'missing the rest' },
        [],
      ]),
      /.*/,
    );
    expect(problems).toEqual([
      'notes[1] (id "b").updatedAt: expected number, got "yesterday"',
      'notes[2] (id "c").tags: expected Array, got "policy"',
      'notes[3] (id "d").source.title: expected string, got 5',
      'notes[4] (id "e").source.position: end is before start',
      'notes[5] (id "f").createdAt: expected >=0, got -1',
      'notes[6] (id "g").tags: missing',
      'notes[6] (id "g").termIds: missing',
      'notes[6] (id "g").passageIds: missing',
      'notes[6] (id "g").createdAt: missing',
      'notes[6] (id "g").updatedAt: missing',
    ]);
    // One bad record refuses the whole file: the good one is not imported either.
    await expectRefused(
      ownFile([good, { ...note('x'), body: null }]),
      'notes[1] (id "x").body: expected string, got null',
    );
  });

  it('the same id twice in one file', async () => {
    await expectRefused(
      ownFile([note('a'), note('b'), note('a')]),
      'notes[2] (id "a") has the same id as notes[0] (id "a")',
    );
  });

  it('a file over 20 MB is refused, with its size and the limit', async () => {
    const big = new Blob([new Uint8Array(50 * 1024 * 1024).fill(0x20)]);
    await expect(parseImportFile(big)).rejects.toThrow(
      'The file is 50.0 MB; files up to 20.0 MB can be imported.',
    );
    await expectRefused(' '.repeat(21 * 1024 * 1024), /The file is 21\.0 MB/);
  });

  it('100,000 notes are refused whole, with the limit stated', async () => {
    const notes = Array.from({ length: 100_000 }, (_, i) => note(`n${i}`, { body: '' }));
    const text = ownFile(notes);
    expect(text.length).toBeLessThan(20 * 1024 * 1024);
    expect(MAX_IMPORT_NOTES).toBe(50_000);
    await expectRefused(
      text,
      'The file holds 100,000 notes; at most 50,000 can be imported at once.',
    );
  });

  it('HTML and script in a title and a tag import as plain data', async () => {
    const d = await fresh();
    const report = await importText(d, exportJsonText(richNotes(), 1));
    expect(report.added).toBe(3);
    const stored = await d.notes.get('plain-id-2');
    expect(stored?.source?.title).toBe(`Title ${PAYLOAD}`);
    expect(stored?.tags[0]).toBe(PAYLOAD);
  });
});

describe('W3C Web Annotation', () => {
  it('one Annotation per note, with body, tags, target source and selectors', () => {
    const collection = exportWebAnnotations(richNotes()) as {
      '@context': unknown[];
      type: string;
      first: { items: Record<string, unknown>[] };
    };
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const [first] = collection.first.items;
    expect(first).toEqual({
      id: 'urn:uuid:0b3c1f9e-8a52-4f7e-9c1d-2f6a7b8c9d0e',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2023-11-14T22:13:20.123Z',
      modified: '2023-11-14T22:21:40.456Z',
      body: [
        {
          type: 'TextualBody',
          value: richNotes()[0]?.body,
          format: 'text/markdown',
          purpose: 'commenting',
        },
        { type: 'TextualBody', value: '采访', purpose: 'tagging' },
        { type: 'TextualBody', value: 'policy', purpose: 'tagging' },
      ],
      target: {
        source: 'https://news.example.com/a/1.html?id=5',
        selector: [richNotes()[0]?.source?.selector, richNotes()[0]?.source?.position],
      },
      'nansha:termIds': ['nansha-plan', 'qingsheng-hub'],
      'nansha:passageIds': ['p3.s2'],
      'nansha:source': {
        title: '南沙方案一周年 | Example News',
        quote: '粤港澳全面合作',
        originalUrl: 'https://news.example.com/a/1.html?id=5&utm_source=wechat#p2',
      },
    });
    expect(collection.first.items[1]?.id).toBe('urn:nansha-lens:note:plain-id-2');
    expect(collection.first.items[2]?.target).toBe('urn:nansha-lens:resolution');
  });

  it('export → clear → import gives identical notes', async () => {
    const d = await fresh(richNotes());
    const before = await snapshot(d);
    const file = JSON.stringify(exportWebAnnotations(await allNotes(d)));
    await deleteAllNotes(d);
    expect(await importText(d, file)).toMatchObject({ format: 'w3c', added: 3 });
    expect(await snapshot(d)).toBe(before);
  });

  it('imports annotations from other tools (a page, a list, one annotation)', () => {
    const hypothesis = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/AbC123',
      type: 'Annotation',
      created: '2024-05-01T08:00:00.000Z',
      body: [
        { type: 'TextualBody', value: 'Worth checking', format: 'text/markdown' },
        { type: 'TextualBody', value: 'gba', purpose: 'tagging' },
      ],
      target: [
        {
          source: 'https://e.org/news?utm_medium=social',
          selector: [
            { type: 'RangeSelector', startSelector: {}, endSelector: {} },
            { type: 'TextQuoteSelector', exact: '大湾区' },
          ],
        },
      ],
    };
    const [n] = parseImport(JSON.stringify(hypothesis)).notes;
    expect(n).toEqual({
      id: 'https://hypothes.is/a/AbC123',
      body: 'Worth checking',
      tags: ['gba'],
      termIds: [],
      passageIds: [],
      source: {
        url: 'https://e.org/news',
        originalUrl: 'https://e.org/news?utm_medium=social',
        title: '',
        quote: '大湾区',
        selector: { type: 'TextQuoteSelector', exact: '大湾区', prefix: '', suffix: '' },
      },
      createdAt: Date.parse('2024-05-01T08:00:00.000Z'),
      updatedAt: Date.parse('2024-05-01T08:00:00.000Z'),
    });
    expect(parseImport(JSON.stringify([hypothesis])).notes).toHaveLength(1);
    expect(
      parseImport(JSON.stringify({ type: 'AnnotationPage', items: [hypothesis] })).notes,
    ).toHaveLength(1);
  });

  it('bad annotations are named by index, id and field; nothing is written', async () => {
    const page = (items: unknown[]) =>
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items },
      });
    const ok = exportWebAnnotations([note('ok')]) as { first: { items: unknown[] } };
    const problems = await expectRefused(
      page([
        ok.first.items[0],
        { id: 'urn:uuid:x', type: 'Annotation' },
        {
          id: 'urn:uuid:y',
          type: 'Annotation',
          created: 'not a date',
          target: { source: 'https://e.org', selector: { type: 'TextQuoteSelector', prefix: 'a' } },
        },
      ]),
      /.*/,
    );
    expect(problems).toEqual([
      'first.items[1] (id "urn:uuid:x").target: missing',
      'first.items[2] (id "urn:uuid:y").created: not a date',
      'first.items[2] (id "urn:uuid:y").target.selector: a TextQuoteSelector needs “exact” (a string)',
    ]);
    await expectRefused(
      JSON.stringify({ type: 'AnnotationCollection', first: 'https://e.org/page1' }),
      /links its pages instead of including them/,
    );
  });
});

describe('backups', () => {
  it('an import keeps a backup of the notes before it; the last three are kept', async () => {
    const d = await fresh([note('a', { body: 'v1' })]);
    for (let i = 2; i <= 5; i++) {
      await importText(
        d,
        ownFile([note('a', { body: `v${i}`, updatedAt: 1_800_000_000_000 + i })]),
        1000 + i,
      );
    }
    const list = await listBackups(d);
    expect(list.map((b) => [b.reason, b.createdAt, b.noteCount])).toEqual([
      ['before import', 1005, 1],
      ['before import', 1004, 1],
      ['before import', 1003, 1],
    ]);
    // The newest backup holds v4, what the last import replaced.
    const newest = await d.backups.get(list[0]?.id ?? 0);
    expect(JSON.parse(newest?.json ?? '{}').notes[0].body).toBe('v4');
  });

  it('restore replaces every note with the backup, after backing up the current ones', async () => {
    const d = await fresh(richNotes());
    const original = await snapshot(d);
    await importText(d, ownFile([note('extra')]));
    await createNote(d, { body: 'written after the import' });
    const [backup] = await listBackups(d);
    expect(await restoreBackup(d, backup?.id ?? 0)).toBe(3);
    expect(await snapshot(d)).toBe(original);
    const [latest] = await listBackups(d);
    expect(latest).toMatchObject({ reason: 'before restore', noteCount: 5 });
  });

  it('a backup that cannot be read restores nothing and changes nothing', async () => {
    const d = await fresh(richNotes());
    const before = await snapshot(d);
    const id = await d.backups.add({
      createdAt: 1,
      reason: 'before import',
      noteCount: 1,
      json: '{"format":"nansha-lens-notes","version":1,"exportedAt":1,"notes":[{"id":',
    });
    await expect(restoreBackup(d, id)).rejects.toThrow(ImportError);
    await expect(restoreBackup(d, 9999)).rejects.toThrow('This backup no longer exists.');
    expect(await snapshot(d)).toBe(before);
  });

  it('delete all keeps a backup; an empty table is never backed up', async () => {
    const d = await fresh(richNotes());
    await deleteAllNotes(d);
    await deleteAllNotes(d);
    await importText(d, ownFile([note('a')]));
    expect((await listBackups(d)).map((b) => b.reason)).toEqual(['before delete']);
  });
});

describe('schema version 3', () => {
  it('upgrading a populated v2 database backs it up first, then normalises page URLs', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    const NOTES = 'id, createdAt, updatedAt, *termIds, *passageIds, *tags, source.url';
    v2.version(1).stores({ notes: NOTES });
    v2.version(2).stores({ notes: NOTES, sightings: 'url, lastSeen, *termIds' });
    const old = [
      note('a', { source: { url: 'https://e.org/a?utm_source=x#top', title: 'A', quote: '南沙' } }),
      note('b', { source: { url: 'https://e.org/b', title: 'B' } }),
      note('c'),
    ];
    await v2.table('notes').bulkAdd(old);
    v2.close();

    const d = openDb(name);
    db = d;
    await d.open();
    expect(d.verno).toBe(5);
    const [backup] = await d.backups.toArray();
    expect(backup).toMatchObject({ reason: 'before upgrade', upgradeTo: 3, noteCount: 3 });
    expect(JSON.parse(backup?.json ?? '{}').notes).toEqual(old);
    expect((await d.notes.get('a'))?.source).toEqual({
      url: 'https://e.org/a',
      originalUrl: 'https://e.org/a?utm_source=x#top',
      title: 'A',
      quote: '南沙',
    });
    expect(await d.notes.get('b')).toEqual(old[1]);
    expect((await notesForUrl(d, 'https://e.org/a#other')).map((n) => n.id)).toEqual(['a']);
  });

  it('a new database starts without a backup', async () => {
    const d = await fresh();
    await d.open();
    expect(await d.backups.count()).toBe(0);
  });

  it('new notes store their page URL normalised', async () => {
    const d = await fresh();
    const n = await createNote(d, {
      body: 'x',
      source: { url: 'https://e.org/p?id=1&utm_campaign=c', title: 'P' },
    });
    expect(n.source).toEqual({
      url: 'https://e.org/p?id=1',
      originalUrl: 'https://e.org/p?id=1&utm_campaign=c',
      title: 'P',
    });
  });
});

describe('Markdown export', () => {
  const corpus = {
    terms: [
      { id: 'nansha-plan', canonical: '南沙方案' },
      { id: 'qingsheng-hub', canonical: '庆盛枢纽' },
      { id: 'gba', canonical: '粤港澳大湾区' },
    ],
    passage: (id: string) =>
      id === 'p3.s2' ? { label: 'Paragraph 3, sentence 2', text: '全面落实南沙方案。' } : undefined,
  };

  it('groups by term then passage; quotes as blockquotes, links, #tags', () => {
    const md = exportMarkdown(richNotes(), corpus, Date.UTC(2025, 0, 2));
    expect(md).toContain('# Nansha Lens notes');
    expect(md).toContain('Exported 2025-01-02 · 3 notes');
    const plan = md.indexOf('## 南沙方案');
    const hub = md.indexOf('## 庆盛枢纽');
    const other = md.indexOf('## Other notes');
    expect(plan).toBeGreaterThan(0);
    expect(hub).toBeGreaterThan(plan);
    expect(other).toBeGreaterThan(hub);
    expect(md).toContain('### Paragraph 3, sentence 2\n\n*全面落实南沙方案。*');
    expect(md).toContain('> 粤港澳全面合作');
    expect(md).toContain(
      '— [南沙方案一周年 \\| Example News](https://news.example.com/a/1.html?id=5)',
    );
    expect(md).toContain('#采访 #policy');
    expect(md.slice(other)).toContain('只有正文的笔记');
  });

  it('keeps HTML, scripts and javascript: links inert', () => {
    const md = exportMarkdown(richNotes(), corpus, 0);
    expect(md).not.toMatch(/(?<!\\)<(img|script|a|\/script)\b/i);
    expect(md).not.toMatch(/\]\(javascript:/i);
    expect(md).toContain('[click](#blocked-javascript:alert(1))');
    // The page URL is not a link, the title and quote are escaped text.
    expect(md).toContain('(`javascript:alert(document.domain)`)');
    expect(md).toContain('> Quote \\<img src\\=x onerror\\="window.\\_\\_pwned\\=1"\\>');
    expect(md).toContain('> second line');
    expect(md).toContain('#_img_src_x_onerror__window___pwned_1');
    // Code is left as written.
    expect(md).toContain('`<code>` stays');
  });
});
