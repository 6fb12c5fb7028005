import { describe, expect, it } from 'vitest';
import { glossary, termById } from '../../../src/corpus/glossary.ts';
import { sentenceById } from '../../../src/corpus/passages.ts';
import {
  groupByDocument,
  paragraphOfPassage,
  touchedParagraphs,
} from '../../../src/documents/coverage.ts';

const A = 'doc-aaaaaaaa';
const B = 'doc-bbbbbbbb';

describe('groupByDocument', () => {
  it('puts the resolution first, then documents in the order their first term appears', () => {
    const groups = groupByDocument([
      { termId: `${B}.t2`, count: 1, order: 0 },
      { termId: 'nansha-plan', count: 3, order: 1 },
      { termId: `${A}.t1`, count: 2, order: 2 },
      { termId: `${B}.t1`, count: 4, order: 3 },
      { termId: 'gba', count: 1, order: 4 },
    ]);
    expect(groups.map((g) => g.key)).toEqual(['resolution', B, A]);
    expect(groups.map((g) => g.terms.map((t) => t.termId))).toEqual([
      ['nansha-plan', 'gba'],
      [`${B}.t2`, `${B}.t1`],
      [`${A}.t1`],
    ]);
  });

  it('lists documents in the order given (the Documents view’s), others after', () => {
    const groups = groupByDocument(
      [
        { termId: `${B}.t1`, count: 1, order: 0 },
        { termId: 'doc-cccccccc.t1', count: 1, order: 1 },
        { termId: `${A}.t1`, count: 1, order: 2 },
      ],
      [A, 'doc-dddddddd', B],
    );
    expect(groups.map((g) => g.key)).toEqual([A, B, 'doc-cccccccc']);
  });

  it('orders each group by first appearance whatever order the report lists them in', () => {
    const groups = groupByDocument([
      { termId: `${A}.t3`, count: 1, order: 5 },
      { termId: `${A}.t1`, count: 1, order: 2 },
    ]);
    expect(groups).toEqual([
      {
        key: A,
        terms: [
          { termId: `${A}.t1`, count: 1, order: 2 },
          { termId: `${A}.t3`, count: 1, order: 5 },
        ],
      },
    ]);
  });

  it('gives no group for a page without terms, and none for a document without terms', () => {
    expect(groupByDocument([])).toEqual([]);
    expect(groupByDocument([{ termId: `${A}.t1`, count: 1, order: 0 }]).map((g) => g.key)).toEqual([
      A,
    ]);
  });
});

describe('paragraphOfPassage', () => {
  it('reads the paragraph of a resolution or document sentence', () => {
    expect(paragraphOfPassage('p3.s6')).toBe('p3');
    expect(paragraphOfPassage(`${A}.p12.s1`)).toBe('p12');
  });

  it('refuses what is not a sentence id', () => {
    expect(paragraphOfPassage('p3')).toBeUndefined();
    expect(paragraphOfPassage('title')).toBeUndefined();
    expect(paragraphOfPassage(`${A}.t1`)).toBeUndefined();
    expect(paragraphOfPassage('xp3.s1')).toBeUndefined();
  });

  it('agrees with the resolution’s own sentence table for every glossary passage', () => {
    const ids = glossary.flatMap((t) => t.passageIds);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(paragraphOfPassage(id)).toBe(sentenceById(id)?.paragraphId);
  });
});

describe('touchedParagraphs', () => {
  const passages: Record<string, string[]> = {
    [`${A}.t1`]: [`${A}.p1.s1`, `${A}.p3.s2`],
    [`${A}.t2`]: [`${A}.p3.s1`],
    [`${A}.t3`]: [],
  };

  it('counts each paragraph once, whichever terms touch it', () => {
    const touched = touchedParagraphs([`${A}.t1`, `${A}.t2`], (id) => passages[id]);
    expect([...touched].sort()).toEqual(['p1', 'p3']);
  });

  it('touches nothing for terms without passages or unknown to the document', () => {
    expect(touchedParagraphs([`${A}.t3`, `${A}.t9`], (id) => passages[id]).size).toBe(0);
  });

  it('gives the resolution the paragraphs its rule gave before (sentences → paragraphs)', () => {
    const some = glossary.slice(0, 5).map((t) => t.id);
    const expected = new Set<string>();
    for (const id of some) {
      for (const p of termById(id)?.passageIds ?? []) {
        const s = sentenceById(p);
        if (s) expected.add(s.paragraphId);
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(touchedParagraphs(some, (id) => termById(id)?.passageIds)).toEqual(expected);
  });
});
