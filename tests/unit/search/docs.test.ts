import { describe, expect, it } from 'vitest';
import type { Paragraph, Resolution } from '../../../src/corpus/parse.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import {
  corpusIndex,
  type IndexedNote,
  noteDoc,
  passageDocs,
  termDocs,
} from '../../../src/search/docs.ts';
import type { Hit } from '../../../src/search/engine.ts';
import { term } from '../small-glossary.ts';

// The documents built from a small resolution, glossary and notes written for this test.
const glossary = [
  term('plan', ['南沙方案', '南沙方案', 'Nansha Plan']),
  term('hub', ['庆盛枢纽', '慶盛樞紐', 'Qingsheng Hub']),
];
const matcher = createMatcher(glossary, { t2s: '' });

const paragraph = (n: number, texts: string[]): Paragraph => {
  let start = 0;
  return {
    id: `p${n}`,
    number: n,
    text: texts.join(''),
    sentences: texts.map((text, i) => {
      const s = { id: `p${n}.s${i + 1}`, paragraphId: `p${n}`, number: i + 1, text, start };
      start += text.length;
      return s;
    }),
  };
};
const resolution: Resolution = {
  title: '决议',
  adoptedBy: '',
  session: '',
  adoptionDate: '2022-09-22',
  publicationDate: '2022-09-23',
  published: '',
  paragraphs: [
    paragraph(1, ['落实南沙方案，建设庆盛枢纽。', '南沙方案要求南沙方案落地。']),
    paragraph(2, ['推动高质量发展。']),
  ],
};
const english: Record<string, string> = {
  'p1.s1': 'Carry out the Nansha Plan and build the Qingsheng Hub.',
  'p2.s1': 'Promote high-quality development.',
};
const translate = (id: string) => english[id];

const note = (id: string, extra: Partial<IndexedNote> = {}): IndexedNote => ({
  id,
  body: '',
  tags: [],
  termIds: [],
  updatedAt: 1,
  ...extra,
});
const marked = (hit: Hit | undefined, field = 0) =>
  (hit?.ranges ?? [])
    .filter((r) => r.field === field)
    .map((r) => hit?.doc.fields[field]?.slice(r.start, r.end));

describe('the documents the search indexes', () => {
  it('one passage per sentence, in document order, linked once to each term it names', () => {
    expect(passageDocs(resolution, matcher)).toEqual([
      {
        kind: 'passage',
        id: 'p1.s1',
        fields: ['落实南沙方案，建设庆盛枢纽。'],
        termIds: ['plan', 'hub'],
        rank: 0,
      },
      {
        kind: 'passage',
        id: 'p1.s2',
        fields: ['南沙方案要求南沙方案落地。'],
        termIds: ['plan'],
        rank: 1,
      },
      { kind: 'passage', id: 'p2.s1', fields: ['推动高质量发展。'], termIds: [], rank: 2 },
    ]);
  });

  it('a passage carries its English text where there is one', () => {
    const docs = passageDocs(resolution, matcher, translate);
    expect(docs.map((d) => d.fields)).toEqual([
      ['落实南沙方案，建设庆盛枢纽。', english['p1.s1']],
      ['南沙方案要求南沙方案落地。'],
      ['推动高质量发展。', english['p2.s1']],
    ]);
  });

  it('one term per glossary entry: its canonical form, then its other forms once', () => {
    expect(termDocs(glossary)).toEqual([
      { kind: 'term', id: 'plan', fields: ['南沙方案', 'Nansha Plan'], termIds: ['plan'], rank: 0 },
      {
        kind: 'term',
        id: 'hub',
        fields: ['庆盛枢纽', '慶盛樞紐', 'Qingsheng Hub'],
        termIds: ['hub'],
        rank: 1,
      },
    ]);
  });

  it('a note: body, tags, quote and source title, ranked by its last change', () => {
    expect(
      noteDoc(
        note('n1', {
          body: 'Ask about the hub',
          tags: ['transport', 'todo'],
          termIds: ['hub'],
          updatedAt: 42,
          source: { quote: '庆盛枢纽', title: 'A page' },
        }),
      ),
    ).toEqual({
      kind: 'note',
      id: 'n1',
      fields: ['Ask about the hub', 'transport, todo', '庆盛枢纽', 'A page'],
      termIds: ['hub'],
      rank: 42,
    });
    // Without a source, or a source without a quote: empty fields in their places.
    expect(noteDoc(note('n2', { body: 'b' })).fields).toEqual(['b', '', '', '']);
    expect(noteDoc(note('n3', { source: { title: 'T' } })).fields).toEqual(['', '', '', 'T']);
  });
});

describe('the index over them', () => {
  // Built in each test that reads it: a mutant under test is active then, not at collection.
  const build = () =>
    corpusIndex(
      resolution,
      glossary,
      matcher,
      [
        note('n1', { body: '见庆盛枢纽', termIds: ['hub'], updatedAt: 5 }),
        note('n2', { body: '南沙方案与庆盛枢纽', termIds: ['plan', 'hub'], updatedAt: 6 }),
      ],
      translate,
    );

  it('finds passages by their English text and notes by their body', () => {
    const index = build();
    expect(index.search('development').passage.map((h) => h.doc.id)).toEqual(['p2.s1']);
    expect(index.search('见').note.map((h) => h.doc.id)).toEqual(['n1']);
    expect(index.size).toBe(3 + 2 + 2);
  });

  it('marks a named term in its linked documents where the matcher finds that term', () => {
    const index = build();
    // "Nansha Plan" names the term; its passages are found through it (tier 2) and marked
    // where the matcher finds 南沙方案 (not 庆盛枢纽), in the original and the English.
    const r = index.search('nansha plan');
    expect(r.namedTerms).toEqual(['plan']);
    const p1 = r.passage.find((h) => h.doc.id === 'p1.s1');
    expect(p1?.tier).toBe(0);
    const p2 = r.passage.find((h) => h.doc.id === 'p1.s2');
    expect(p2?.tier).toBe(2);
    expect(marked(p2)).toEqual(['南沙方案', '南沙方案']);
    expect(r.passage.map((h) => h.doc.id)).toEqual(['p1.s1', 'p1.s2']);
    const n2 = r.note[0];
    expect(r.note.map((h) => [h.doc.id, h.tier])).toEqual([['n2', 2]]);
    expect(marked(n2)).toEqual(['南沙方案']);
  });

  it('without an English text a passage is found by its original only', () => {
    const plain = corpusIndex(resolution, glossary, matcher);
    expect(plain.search('development').passage).toEqual([]);
    expect(plain.search('高质量').passage.map((h) => h.doc.id)).toEqual(['p2.s1']);
    expect(plain.size).toBe(5);
  });
});
