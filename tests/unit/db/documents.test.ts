import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentError,
  type DocumentInput,
  deleteDocument,
  getDocument,
  listDocuments,
  saveDocument,
  setDocumentEnabled,
} from '../../../src/db/documents.ts';
import { type NanshaDb, openDb } from '../../../src/db/schema.ts';
import type { ScriptConverter } from '../../../src/documents/forms.ts';
import { DOCUMENT_LIMITS } from '../../../src/documents/types.ts';
import { loadScriptConverter } from '../../../src/panel/documents/opencc.ts';
import { note } from './fixtures.ts';

// A policy text written for these tests: titles, quoted formulations, a recurring name.
const TEXT = [
  '关于推进临江科学城建设的实施意见',
  '为贯彻落实《临江科学城发展规划》，打造“一廊两谷三片区”空间格局，现提出如下意见。',
  '临江科学城以明湖实验室为核心。明湖实验室面向全球开放。',
  'In English: Linjiang Science City hosts the Minghu Laboratory.',
].join('\n');

let convert: ScriptConverter;
beforeAll(async () => {
  convert = await loadScriptConverter();
});

let db: NanshaDb | undefined;
const fresh = () => {
  db = openDb(`test-${crypto.randomUUID()}`);
  return db;
};
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const input = (overrides: Partial<DocumentInput> = {}): DocumentInput => ({
  title: '临江科学城实施意见',
  text: TEXT,
  source: { kind: 'paste' },
  terms: [{ name: '临江科学城', english: 'Linjiang Science City' }, { name: '明湖实验室' }],
  ...overrides,
});

/** Everything stored in the two tables, to compare before and after a refusal. */
const stored = async (d: NanshaDb) =>
  JSON.stringify([await d.documents.toArray(), await d.documentTerms.toArray()]);

async function expectRefused(d: NanshaDb, run: () => Promise<unknown>, code: string) {
  const before = await stored(d);
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  expect((error as DocumentError).code).toBe(code);
  expect(await stored(d)).toBe(before);
  return error as DocumentError;
}

describe('saving a document', () => {
  it('stores it with its terms: forms in both scripts and English, the sentences that use them', async () => {
    const d = fresh();
    const saved = await saveDocument(d, input(), convert, 1_000);
    expect(saved.document).toMatchObject({
      title: '临江科学城实施意见',
      enabled: true,
      added: 1_000,
      updated: 1_000,
      source: { kind: 'paste' },
    });
    expect(saved.document.id).toMatch(/^doc-[0-9a-z]{8}$/);
    const id = saved.document.id;
    const got = await getDocument(d, id);
    expect(got?.terms.map((t) => t.id)).toEqual([`${id}.t1`, `${id}.t2`]);
    const [city, lab] = got?.terms ?? [];
    expect(city?.forms).toEqual([
      { form: '临江科学城', script: 'zh-Hans' },
      { form: '臨江科學城', script: 'zh-Hant' },
      { form: 'Linjiang Science City', script: 'en' },
    ]);
    // Paragraph 1 (the heading), 2 (the title), 3 (sentence 1 only), 4 (the English form).
    expect(city?.passageIds).toEqual([`${id}.p1.s1`, `${id}.p2.s1`, `${id}.p3.s1`, `${id}.p4.s1`]);
    expect(lab?.passageIds).toEqual([`${id}.p3.s1`, `${id}.p3.s2`]);
    expect(await listDocuments(d)).toEqual([
      expect.objectContaining({
        id,
        chars: TEXT.length,
        termCount: 2,
        title: saved.document.title,
      }),
    ]);
  });

  it('a Traditional name gets its Simplified form', async () => {
    const d = fresh();
    const saved = await saveDocument(d, input({ terms: [{ name: '明湖實驗室' }] }), convert);
    expect(saved.terms[0]?.forms).toEqual([
      { form: '明湖實驗室', script: 'zh-Hant' },
      { form: '明湖实验室', script: 'zh-Hans' },
    ]);
    expect(saved.terms[0]?.passageIds).toHaveLength(2);
  });

  it('refuses an empty title or text, a text over the limit: nothing stored', async () => {
    const d = fresh();
    await saveDocument(d, input({ title: 'Another' }), convert);
    await expectRefused(d, () => saveDocument(d, input({ title: '  ' }), convert), 'empty-title');
    await expectRefused(d, () => saveDocument(d, input({ text: ' \n ' }), convert), 'empty-text');
    const long = '南'.repeat(DOCUMENT_LIMITS.textChars + 1);
    await expectRefused(d, () => saveDocument(d, input({ text: long }), convert), 'text-too-long');
  });

  it('refuses a title another document has, in any script, case or spacing', async () => {
    const d = fresh();
    await saveDocument(d, input({ title: 'Linjiang Plan' }), convert);
    await saveDocument(d, input(), convert);
    for (const title of ['臨江科學城實施意見', ' 临江科学城实施意见 ', 'LINJIANG  plan']) {
      await expectRefused(d, () => saveDocument(d, input({ title }), convert), 'duplicate-title');
    }
  });

  it('refuses a term validateTerm refuses, naming it; and an English form likewise', async () => {
    const d = fresh();
    const cases: [string, string][] = [
      ['谷', 'one-character'],
      ['规'.repeat(41), 'too-long'],
      ['高质量发展', 'generic'],
      ['臨江科學城', 'duplicate'],
    ];
    for (const [name, why] of cases) {
      const terms = [{ name: '临江科学城' }, { name }];
      const error = await expectRefused(
        d,
        () => saveDocument(d, input({ terms }), convert),
        'bad-term',
      );
      expect([error.term, error.termError]).toEqual([name, why]);
    }
    const terms = [{ name: '临江科学城', english: 'Linjiang, x' }];
    const error = await expectRefused(
      d,
      () => saveDocument(d, input({ terms }), convert),
      'bad-form',
    );
    expect([error.term, error.termError]).toEqual(['x', 'one-character']);
  });

  it('refuses more documents or terms than the limits', async () => {
    const d = fresh();
    const many = Array.from({ length: DOCUMENT_LIMITS.termsPerDocument + 1 }, (_, i) => ({
      name: `术语${i}号`,
    }));
    await expectRefused(
      d,
      () => saveDocument(d, input({ terms: many }), convert),
      'too-many-terms',
    );
    for (let i = 0; i < DOCUMENT_LIMITS.documents; i++) {
      await saveDocument(d, input({ title: `Document ${i}`, terms: [] }), convert);
    }
    await expectRefused(
      d,
      () => saveDocument(d, input({ title: 'One more' }), convert),
      'too-many-documents',
    );
  });

  it('an edit keeps the ids of terms kept under the same name and never reuses a noted number', async () => {
    const d = fresh();
    const first = await saveDocument(d, input(), convert, 1_000);
    const id = first.document.id;
    // A note names term 3, which the document no longer has.
    await d.notes.add(note('n1', { termIds: [`${id}.t3`] }));
    const edited = await saveDocument(
      d,
      input({ id, title: 'Renamed', terms: [{ name: '明湖实验室' }, { name: '一廊两谷三片区' }] }),
      convert,
      2_000,
    );
    expect(edited.terms.map((t) => [t.id, t.name])).toEqual([
      [`${id}.t2`, '明湖实验室'],
      [`${id}.t4`, '一廊两谷三片区'],
    ]);
    expect(edited.document).toMatchObject({ id, title: 'Renamed', added: 1_000, updated: 2_000 });
    expect((await getDocument(d, id))?.terms).toHaveLength(2);
    // Its own title is no clash.
    await saveDocument(d, input({ id, title: 'renamed', terms: [] }), convert);
  });
});

describe('switching and deleting', () => {
  it('switches a document off and on', async () => {
    const d = fresh();
    const { document } = await saveDocument(d, input(), convert);
    await setDocumentEnabled(d, document.id, false);
    expect((await getDocument(d, document.id))?.document.enabled).toBe(false);
    await setDocumentEnabled(d, document.id, true);
    expect((await getDocument(d, document.id))?.document.enabled).toBe(true);
    await expectRefused(d, () => setDocumentEnabled(d, 'doc-00000000', true), 'not-found');
  });

  it('deletes a document and its terms; notes that name them stay', async () => {
    const d = fresh();
    const keep = await saveDocument(d, input({ title: 'Kept' }), convert);
    const gone = await saveDocument(d, input(), convert);
    await d.notes.add(note('n1', { termIds: [`${gone.document.id}.t1`] }));
    expect(await deleteDocument(d, gone.document.id)).toBe(true);
    expect(await getDocument(d, gone.document.id)).toBeUndefined();
    expect(await d.documentTerms.where('docId').equals(gone.document.id).count()).toBe(0);
    expect((await listDocuments(d)).map((x) => x.title)).toEqual(['Kept']);
    expect((await getDocument(d, keep.document.id))?.terms).toHaveLength(2);
    expect((await d.notes.get('n1'))?.termIds).toEqual([`${gone.document.id}.t1`]);
    expect(await deleteDocument(d, gone.document.id)).toBe(false);
  });
});
