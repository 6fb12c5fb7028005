import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { parseResolution } from '../../../src/corpus/parse.ts';
import type { Note } from '../../../src/db/schema.ts';
import { foldedSentences, termPassages } from '../../../src/documents/forms.ts';
import { splitDocument } from '../../../src/documents/split.ts';
import type { UserTermForm } from '../../../src/documents/types.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import {
  corpusIndex,
  DocumentRecords,
  type IndexedDocument,
  noteDoc,
} from '../../../src/search/docs.ts';
import type { SearchIndex } from '../../../src/search/engine.ts';
import { restoreSnapshot, takeSnapshot } from '../../../src/search/snapshot.ts';

const resolution = parseResolution(
  readFileSync(new URL('../../../src/corpus/resolution.zh-CN.txt', import.meta.url), 'utf8'),
);
const matcher = createMatcher(glossary);
const sentences = resolution.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));

/** Pieces of note text: sentences, terms in every script, comments, typos, English words. */
const PIECES = [
  ...sentences.slice(0, 12),
  ...glossary.slice(0, 20).flatMap((t) => t.variants.map((v) => v.form)),
  '需要核实：',
  '记者会上提到了',
  '南沙放案',
  '慶盛樞紐的交通',
  'Interview notes: the official stressed',
  'Greater Bay opening',
  'oppening',
  '湾区',
];
const TAGS = ['采访', 'policy', 'GBA', '课堂', 'Hong Kong'];
/** Exact, fuzzy, Traditional, English, one and two characters, a prefix, nothing. */
const QUERIES = [
  '南沙方案',
  '南沙放案',
  '南沙案',
  '粤港澳大湾区',
  '慶盛樞紐',
  '规则衔接',
  'Qingsheng hub',
  'GBA',
  'greater bay',
  'oppening',
  'interv',
  '南',
  '湾区',
  '核实 policy',
  'zzz',
  '临江科学城',
  'Linjiang Science City',
  '蓝湾',
  'ferry',
];

/** A reader's document as stored (texts written for this test; some share terms and sentences). */
function userDoc(id: string, added: number, text: string, names: string[]): IndexedDocument {
  const sentences = foldedSentences(splitDocument(text));
  return {
    document: { id, text, added, updated: added },
    terms: names.map((name, i) => {
      const forms: UserTermForm[] = [{ form: name, script: 'zh-Hans' }];
      if (name === '临江科学城') forms.push({ form: 'Linjiang Science City', script: 'en' });
      return { id: `${id}.t${i + 1}`, name, forms, passageIds: termPassages(id, sentences, forms) };
    }),
  };
}
const DOC_TEXTS = [
  `临江科学城行动方案\n\n临江科学城对接${sentences[0]}\n蓝湾实验室落户南沙。`,
  'Ferry plan\n\nThe Linjiang Science City ferry links the Greater Bay hub.',
  `临江科学城二期\n\n${sentences[1]}蓝湾实验室二期。`,
];
const DOC_TERMS = [['临江科学城', '蓝湾实验室'], ['临江科学城'], ['蓝湾实验室', '南沙方案'], []];
const docArb = (id: string, added: number) =>
  fc
    .record({ text: fc.constantFrom(...DOC_TEXTS), terms: fc.constantFrom(...DOC_TERMS) })
    .map(({ text, terms }) => userDoc(id, added, text, terms));
/** Two documents, each added at its own time (which orders them in results). */
const DOC_ID = fc.constantFrom(['doc-aaaaaaaa', 2], ['doc-bbbbbbbb', 1]) as fc.Arbitrary<
  [string, number]
>;

const noteArb = (id: string) =>
  fc
    .record({
      body: fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 4 }),
      tags: fc.subarray(TAGS, { maxLength: 2 }),
      quote: fc.option(fc.constantFrom(...sentences.slice(0, 20)), { nil: undefined }),
      // Few distinct times: notes tied on their last change are common.
      updatedAt: fc.integer({ min: 1, max: 4 }),
    })
    .map(({ body, tags, quote, updatedAt }): Note => {
      const text = body.join('');
      return {
        id,
        body: text,
        tags,
        termIds: [...new Set(matcher.find(`${text}\n${quote ?? ''}`).map((m) => m.termId))],
        passageIds: [],
        ...(quote ? { source: { url: `https://e.org/${id}`, title: `页面 ${id}`, quote } } : {}),
        createdAt: updatedAt,
        updatedAt,
      };
    });

const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
type Op =
  | { op: 'put'; note: Note }
  | { op: 'delete'; id: string }
  | { op: 'import'; notes: Note[] }
  | { op: 'reopen'; documentsFirst: boolean }
  | { op: 'saveDoc'; doc: IndexedDocument }
  | { op: 'deleteDoc'; id: string }
  | { op: 'search'; q: string };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  ID.chain(noteArb).map((note) => ({ op: 'put' as const, note })),
  ID.map((id) => ({ op: 'delete' as const, id })),
  fc
    .uniqueArray(ID, { minLength: 1, maxLength: 6 })
    .chain((ids) => fc.tuple(...ids.map(noteArb)))
    .map((notes) => ({ op: 'import' as const, notes })),
  fc.boolean().map((documentsFirst) => ({ op: 'reopen' as const, documentsFirst })),
  // Documents saved often: two of them, in either order, are then common.
  {
    arbitrary: DOC_ID.chain(([id, added]) => docArb(id, added)).map((doc) => ({
      op: 'saveDoc' as const,
      doc,
    })),
    weight: 3,
  },
  DOC_ID.map(([id]) => ({ op: 'deleteDoc' as const, id })),
  // A query between changes: a restored index has then made some of its notes and not others.
  fc.constantFrom(...QUERIES).map((q) => ({ op: 'search' as const, q })),
);

/** The panel's index over `notes` and `documents`, rebuilt from nothing. */
const fresh = (notes: Iterable<Note>, documents: Iterable<IndexedDocument> = []) =>
  corpusIndex(
    resolution,
    glossary,
    matcher,
    [...notes].sort((a, b) => (a.id < b.id ? -1 : 1)),
    undefined,
    [...documents].sort((a, b) => (a.document.id < b.document.id ? -1 : 1)),
  );

function expectSameResults(actual: SearchIndex, expected: SearchIndex): void {
  for (const q of QUERIES) {
    expect(JSON.stringify(actual.search(q)), q).toBe(JSON.stringify(expected.search(q)));
  }
}

describe('the panel index kept between openings', () => {
  it('gives what a fresh index gives, after any adds, edits, deletes, imports and reopenings', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), (ops) => {
        const notes = new Map<string, Note>();
        // The reader's documents: kept in step by DocumentRecords, never in the snapshot.
        const documents = new Map<string, IndexedDocument>();
        let index = corpusIndex(resolution, glossary, matcher);
        let records = new DocumentRecords(index);
        for (const o of ops) {
          if (o.op === 'put') {
            notes.set(o.note.id, o.note);
            index.add(noteDoc(o.note));
          } else if (o.op === 'delete') {
            notes.delete(o.id);
            index.remove('note', o.id);
          } else if (o.op === 'import') {
            for (const n of o.notes) {
              notes.set(n.id, n);
              index.add(noteDoc(n));
            }
          } else if (o.op === 'saveDoc') {
            documents.set(o.doc.document.id, o.doc);
            records.sync([...documents.values()]);
          } else if (o.op === 'deleteDoc') {
            documents.delete(o.id);
            records.sync([...documents.values()]);
          } else if (o.op === 'search') {
            const expected = fresh(notes.values(), documents.values()).search(o.q);
            expect(JSON.stringify(index.search(o.q)), o.q).toBe(JSON.stringify(expected));
          } else {
            // The panel closes and opens again: the snapshot, through structured clone; the
            // documents read before or after it is restored (two queries, either may end first).
            const snap = structuredClone(takeSnapshot(index));
            expect(snap.ids.every((id) => notes.has(id))).toBe(true);
            index = corpusIndex(resolution, glossary, matcher);
            records = new DocumentRecords(index);
            if (o.documentsFirst) records.sync([...documents.values()]);
            expect(restoreSnapshot(index, snap)).toBe(true);
            if (!o.documentsFirst) records.sync([...documents.values()]);
          }
        }
        expectSameResults(index, fresh(notes.values(), documents.values()));
      }),
      // Fewer runs under mutation testing (vitest.mutation.config.ts): most mutants change the
      // kept index and the fresh one alike, so this test runs to the end for each of them.
      { numRuns: process.env.MUTATION_TESTING ? 4 : 80 },
    );
  });

  it('stays right through a compaction and a snapshot taken after it', () => {
    const notes = new Map<string, Note>();
    const index = corpusIndex(resolution, glossary, matcher);
    const make = (i: number): Note => {
      const body = `${sentences[i % sentences.length]}${i % 3 ? '南沙放案' : 'GBA policy'}`;
      return {
        id: `n${i}`,
        body,
        tags: i % 2 ? ['采访'] : [],
        termIds: [...new Set(matcher.find(body).map((m) => m.termId))],
        passageIds: [],
        createdAt: i % 5,
        updatedAt: i % 5,
      };
    };
    // Over 256 removals and over a quarter: the index renumbers its documents. Under mutation
    // testing (vitest.mutation.config.ts) just past 256, as each surviving index mutant runs this.
    const count = process.env.MUTATION_TESTING ? 520 : 700;
    for (let i = 0; i < count; i++) {
      notes.set(`n${i}`, make(i));
      index.add(noteDoc(make(i)));
    }
    for (let i = 0; i < count; i += 2) {
      notes.delete(`n${i}`);
      index.remove('note', `n${i}`);
    }
    expectSameResults(index, fresh(notes.values()));
    const reopened = corpusIndex(resolution, glossary, matcher);
    restoreSnapshot(reopened, structuredClone(takeSnapshot(index)));
    reopened.add(noteDoc({ ...make(3), body: '新的内容：南沙方案', updatedAt: 9 }));
    notes.set('n3', { ...make(3), body: '新的内容：南沙方案', updatedAt: 9 });
    expectSameResults(reopened, fresh(notes.values()));
  });

  it('is not restored by an index of another version', () => {
    const snap = { ...takeSnapshot(fresh([])), version: '0.old' };
    const index = corpusIndex(resolution, glossary, matcher);
    expect(restoreSnapshot(index, snap)).toBe(false);
    expect(index.search('南沙方案').note).toEqual([]);
  });
});

describe('the kept postings', () => {
  it('keep document numbers far apart (gaps of several bytes)', () => {
    const note = (i: number, body: string): Note => ({
      id: `n${String(i).padStart(5, '0')}`,
      body,
      tags: [],
      termIds: [],
      passageIds: [],
      createdAt: i,
      updatedAt: i,
    });
    // 20,000 notes: gaps of 3 bytes. Under mutation testing 300 (2 bytes): this test runs for
    // most index mutants, and 20,000 instrumented notes take seconds each time.
    const count = process.env.MUTATION_TESTING ? 300 : 20_000;
    const notes = Array.from({ length: count }, (_, i) =>
      note(i, i === 0 || i === count - 1 ? `稀有的词 rareword ${i}` : `普通 ${i}`),
    );
    const built = fresh(notes);
    const restored = corpusIndex(resolution, glossary, matcher);
    expect(restoreSnapshot(restored, structuredClone(takeSnapshot(built)))).toBe(true);
    for (const q of ['稀有', 'rareword', '普通', String(count - 1)]) {
      expect(JSON.stringify(restored.search(q)), q).toBe(JSON.stringify(built.search(q)));
    }
    expect(restored.search('稀有').total.note).toBe(2);
  });
});
