import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addDocumentTerm,
  DocumentError,
  getDocument,
  removeDocumentTerm,
  saveDocument,
} from '../../../src/db/documents.ts';
import { type NanshaDb, openDb } from '../../../src/db/schema.ts';
import type { ScriptConverter } from '../../../src/documents/forms.ts';
import { loadScriptConverter } from '../../../src/panel/documents/opencc.ts';

// A saved document's terms edited in its view: removed, added; ids never given twice.
const TEXT = [
  '临江科学城三年行动方案',
  '临江科学城以明湖实验室为核心，建设低空经济示范区。',
  'The Minghu Laboratory opens to the world.',
].join('\n');

let convert: ScriptConverter;
beforeAll(async () => {
  convert = await loadScriptConverter();
});
let db: NanshaDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function saved() {
  db = openDb(`test-${crypto.randomUUID()}`);
  const { document } = await saveDocument(
    db,
    {
      title: '临江科学城三年行动方案',
      text: TEXT,
      source: { kind: 'paste' },
      terms: [{ name: '临江科学城' }, { name: '明湖实验室' }],
    },
    convert,
  );
  return { d: db, id: document.id };
}

const stored = async (d: NanshaDb) =>
  JSON.stringify([await d.documents.toArray(), await d.documentTerms.toArray()]);

describe('editing a saved document’s terms', () => {
  it('adds a term with its Traditional and typed English forms and its sentences', async () => {
    const { d, id } = await saved();
    const term = await addDocumentTerm(
      d,
      id,
      { name: '低空经济示范区', english: 'low-altitude economy zone' },
      convert,
    );
    expect(term.id).toBe(`${id}.t3`);
    expect(term.forms).toEqual(
      expect.arrayContaining([
        { form: '低空经济示范区', script: 'zh-Hans' },
        { form: '低空經濟示範區', script: 'zh-Hant' },
        { form: 'low-altitude economy zone', script: 'en' },
      ]),
    );
    expect(term.passageIds).toEqual([`${id}.p2.s1`]);
    expect((await getDocument(d, id))?.terms.map((t) => t.name)).toEqual([
      '临江科学城',
      '明湖实验室',
      '低空经济示范区',
    ]);
  });

  it('never gives a removed term’s id to a new one, even after the last was removed', async () => {
    const { d, id } = await saved();
    expect(await removeDocumentTerm(d, `${id}.t2`)).toBe(true);
    const added = await addDocumentTerm(d, id, { name: '明湖实验室' }, convert);
    expect(added.id).toBe(`${id}.t3`);
    expect(await removeDocumentTerm(d, `${id}.t2`)).toBe(false);
    // A save of the whole document (as an import's replace) keeps counting from there too.
    await removeDocumentTerm(d, added.id);
    const again = await addDocumentTerm(d, id, { name: '低空经济示范区' }, convert);
    expect(again.id).toBe(`${id}.t4`);
  });

  it('refuses what the review refuses, with its reason, and stores nothing', async () => {
    const { d, id } = await saved();
    const before = await stored(d);
    const cases: [string, string | undefined][] = [
      ['城', 'one-character'],
      ['临'.repeat(41), 'too-long'],
      ['发展', 'generic'],
      ['臨江科學城', 'duplicate'],
      ['   ', 'empty'],
    ];
    for (const [name, reason] of cases) {
      const error = await addDocumentTerm(d, id, { name }, convert).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).termError, name).toBe(reason);
    }
    const form = await addDocumentTerm(d, id, { name: '湖区', english: 'x' }, convert).catch(
      (e: unknown) => e,
    );
    expect((form as DocumentError).code).toBe('bad-form');
    const gone = await addDocumentTerm(d, 'doc-zzzzzzzz', { name: '湖区' }, convert).catch(
      (e: unknown) => e,
    );
    expect((gone as DocumentError).code).toBe('not-found');
    expect(await stored(d)).toBe(before);
  });
});
