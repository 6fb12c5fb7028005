import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/db/backups.ts';
import {
  documentFileText,
  importDocument,
  parseDocumentFile,
} from '../../../src/db/document-file.ts';
import {
  type DocumentInput,
  type DocumentWithTerms,
  getDocument,
  listDocuments,
  saveDocument,
} from '../../../src/db/documents.ts';
import { type NanshaDb, openDb } from '../../../src/db/schema.ts';
import {
  deleteAllNotes,
  deleteNotesAndDocuments,
  exportAllJson,
  importText,
  restoreBackup,
} from '../../../src/db/transfer.ts';
import { ImportError } from '../../../src/db/validate.ts';
import type { ScriptConverter } from '../../../src/documents/forms.ts';
import { DOCUMENT_LIMITS } from '../../../src/documents/types.ts';
import { loadScriptConverter } from '../../../src/panel/documents/opencc.ts';
import { note } from './fixtures.ts';

const TEXT = '《临江科学城发展规划》提出“一廊两谷三片区”。临江科学城以明湖实验室为核心。';
const input = (title: string): DocumentInput => ({
  title,
  text: TEXT,
  source: { kind: 'file', name: 'plan.txt' },
  terms: [{ name: '临江科学城' }, { name: '明湖实验室', english: 'Minghu Laboratory' }],
});

let convert: ScriptConverter;
beforeAll(async () => {
  convert = await loadScriptConverter();
});
let dbs: NanshaDb[] = [];
const fresh = () => {
  const d = openDb(`test-${crypto.randomUUID()}`);
  dbs.push(d);
  return d;
};
afterEach(async () => {
  await Promise.all(dbs.map((d) => d.delete()));
  dbs = [];
});

const stored = async (d: NanshaDb) =>
  JSON.stringify([
    await d.documents.toArray(),
    await d.documentTerms.toArray(),
    await d.notes.toArray(),
  ]);

/** Importing `text` fails with a problem matching `pattern` and changes nothing. */
async function expectRefused(d: NanshaDb, text: string, pattern: RegExp) {
  const before = await stored(d);
  const error = await (async () => importDocument(d, parseDocumentFile(text)))().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).problems.join('\n')).toMatch(pattern);
  expect(await stored(d)).toBe(before);
}

describe('one document as a file', () => {
  it('round trip: export, import elsewhere gives the same document and terms', async () => {
    const a = fresh();
    const saved = await saveDocument(a, input('Plan'), convert, 5_000);
    const text = documentFileText(saved, 6_000);
    expect(JSON.parse(text)).toMatchObject({
      format: 'nansha-lens-document',
      version: 1,
      exportedAt: 6_000,
    });
    const b = fresh();
    const imported = await importDocument(b, parseDocumentFile(text));
    expect(imported).toEqual(saved);
    expect(await getDocument(b, saved.document.id)).toEqual(saved);
  });

  it('a title clash gets " (2)", then " (3)"; an id clash a new id, its terms following', async () => {
    const d = fresh();
    const saved = await saveDocument(d, input('Plan'), convert);
    const text = documentFileText(saved);
    const second = await importDocument(d, parseDocumentFile(text));
    const third = await importDocument(d, parseDocumentFile(text));
    expect([second.document.title, third.document.title]).toEqual(['Plan (2)', 'Plan (3)']);
    const ids = new Set([saved.document.id, second.document.id, third.document.id]);
    expect(ids.size).toBe(3);
    for (const doc of [second, third]) {
      const id = doc.document.id;
      expect(doc.terms.map((t) => t.id)).toEqual([`${id}.t1`, `${id}.t2`]);
      expect(doc.terms.every((t) => t.docId === id)).toBe(true);
      expect(doc.terms.flatMap((t) => t.passageIds).every((p) => p.startsWith(`${id}.`))).toBe(
        true,
      );
    }
    expect((await listDocuments(d)).map((x) => x.termCount)).toEqual([2, 2, 2]);
  });

  it('refuses bad files with a message and changes nothing', async () => {
    const d = fresh();
    const saved = await saveDocument(d, input('Plan'), convert);
    const good = JSON.parse(documentFileText(saved)) as {
      document: Record<string, unknown>;
      terms: Record<string, unknown>[];
    };
    const variant = (change: (file: typeof good) => void) => {
      const file = structuredClone(good);
      change(file);
      return JSON.stringify(file);
    };
    await expectRefused(d, '{"format": "nansha-lens-document"', /not valid JSON/);
    await expectRefused(
      d,
      JSON.stringify({ format: 'nansha-lens-notes' }),
      /not a Nansha Lens document/,
    );
    await expectRefused(
      d,
      variant((f) => Object.assign(f, { version: 2 })),
      /version 2/,
    );
    await expectRefused(
      d,
      variant((f) => {
        f.document.text = '  ';
      }),
      /document\.text: The text is empty/,
    );
    await expectRefused(
      d,
      variant((f) => {
        f.document.title = 5;
      }),
      /document\.title/,
    );
    await expectRefused(
      d,
      variant((f) => {
        f.document.id = '../x';
      }),
      /document\.id/,
    );
    await expectRefused(
      d,
      variant((f) => {
        (f.terms[1] as Record<string, unknown>).name = '发展';
      }),
      /terms\[1\]\.name: “发展” is a common word/,
    );
    await expectRefused(
      d,
      variant((f) => {
        (f.terms[0] as Record<string, unknown>).name = '谷';
      }),
      /terms\[0\]\.name: “谷” is one character/,
    );
    await expectRefused(
      d,
      variant((f) => {
        (f.terms[0] as Record<string, unknown>).docId = 'doc-zzzzzzzz';
      }),
      /terms\[0\]\.docId: belongs to another document/,
    );
    await expectRefused(
      d,
      variant((f) => {
        f.terms.push({ ...f.terms[0], name: '另一个名称' });
      }),
      /is used twice/,
    );
    await expectRefused(
      d,
      variant((f) => {
        f.document.text = '南'.repeat(DOCUMENT_LIMITS.textChars + 1);
      }),
      /document\.text/,
    );
  });

  it('refuses one more than the documents limit', async () => {
    const d = fresh();
    const saved = await saveDocument(d, input('Plan'), convert);
    for (let i = 1; i < DOCUMENT_LIMITS.documents; i++) {
      await saveDocument(d, { ...input(`Doc ${i}`), terms: [] }, convert);
    }
    await expectRefused(d, documentFileText(saved), /50 documents/);
  });
});

describe('documents in the full export, backups and delete', () => {
  const withDocs = async () => {
    const d = fresh();
    await d.notes.add(note('n1'));
    const saved = await saveDocument(d, input('Plan'), convert, 1_000);
    return { d, saved };
  };

  it('the full export carries them; importing it elsewhere adds them, again changes nothing', async () => {
    const { d, saved } = await withDocs();
    const file = JSON.parse(await exportAllJson(d, 9)) as { documents: DocumentWithTerms[] };
    expect(file.documents).toEqual([saved]);
    const other = fresh();
    const report = await importText(other, JSON.stringify(file));
    expect(report).toMatchObject({ added: 1, documents: { added: 1, updated: 0, unchanged: 0 } });
    expect(await getDocument(other, saved.document.id)).toEqual(saved);
    const again = await importText(other, JSON.stringify(file));
    expect(again.documents).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('a notes file from before documents (no `documents`) still imports, documents untouched', async () => {
    const { d, saved } = await withDocs();
    const old = JSON.stringify({
      format: 'nansha-lens-notes',
      version: 1,
      exportedAt: 1,
      notes: [note('n2')],
    });
    const report = await importText(d, old);
    expect(report.added).toBe(1);
    expect(report.documents).toBeUndefined();
    expect(await getDocument(d, saved.document.id)).toEqual(saved);
  });

  it('a bad document in a full file refuses the whole file', async () => {
    const { d } = await withDocs();
    const before = await stored(d);
    const file = JSON.stringify({
      format: 'nansha-lens-notes',
      version: 1,
      exportedAt: 1,
      notes: [note('n3')],
      documents: [{ document: { id: 'doc-aaaaaaaa' }, terms: [] }],
    });
    await expect(importText(d, file)).rejects.toThrow(/documents\[0\]\.document\.title/);
    expect(await stored(d)).toBe(before);
  });

  it('backups hold the documents; a restore brings them back; "delete all notes" keeps them', async () => {
    const { d, saved } = await withDocs();
    await deleteAllNotes(d);
    expect(await getDocument(d, saved.document.id)).toEqual(saved);
    await deleteNotesAndDocuments(d);
    expect(await d.documents.count()).toBe(0);
    expect(await d.documentTerms.count()).toBe(0);
    const [latest] = await listBackups(d);
    expect(latest).toMatchObject({ reason: 'before delete', noteCount: 0, documentCount: 1 });
    await restoreBackup(d, latest?.id ?? -1);
    expect(await getDocument(d, saved.document.id)).toEqual(saved);
  });
});
