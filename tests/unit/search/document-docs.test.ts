import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { parseResolution } from '../../../src/corpus/parse.ts';
import { foldedSentences, termPassages } from '../../../src/documents/forms.ts';
import { splitDocument } from '../../../src/documents/split.ts';
import type { UserTermForm } from '../../../src/documents/types.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import {
  corpusIndex,
  DocumentRecords,
  documentDocs,
  formRanges,
  type IndexedDocument,
} from '../../../src/search/docs.ts';
import type { Hit } from '../../../src/search/engine.ts';

const resolution = parseResolution(
  readFileSync(new URL('../../../src/corpus/resolution.zh-CN.txt', import.meta.url), 'utf8'),
);
const matcher = createMatcher(glossary);

/** A document as the panel stores it: its terms' passages found as `saveDocument` finds them. */
function doc(
  id: string,
  added: number,
  text: string,
  terms: [name: string, ...forms: UserTermForm[]][],
): IndexedDocument {
  const sentences = foldedSentences(splitDocument(text));
  return {
    document: { id, text, added, updated: added },
    terms: terms.map(([name, ...more], i) => {
      const forms: UserTermForm[] = [{ form: name, script: 'zh-Hans' }, ...more];
      return { id: `${id}.t${i + 1}`, name, forms, passageIds: termPassages(id, sentences, forms) };
    }),
  };
}
const hant = (form: string): UserTermForm => ({ form, script: 'zh-Hant' });
const en = (form: string): UserTermForm => ({ form, script: 'en' });

// Texts written for these tests.
const city = doc(
  'doc-city0001',
  1000,
  '临江科学城建设三年行动方案\n\n到二〇二八年，临江科学城基本建成“一轴两翼”的空间格局。\n推动蓝湾实验室与高校共建联合中心。布局低空经济示范走廊。\n加强与南沙的合作。',
  [
    ['临江科学城', hant('臨江科學城'), en('Linjiang Science City')],
    ['一轴两翼', hant('一軸兩翼')],
  ],
);
const port = doc(
  'doc-port0002',
  2000,
  'Harbour Renewal Plan\n\nThe Blue Bay Laboratory will open a ferry terminal. The Linjiang Science City shares its pier.',
  [['Blue Bay Laboratory'], ['临江科学城', en('Linjiang Science City')]],
);

const ids = (hits: Hit[]) => hits.map((h) => h.doc.id);

describe('a reader document in the search', () => {
  it('gives one record per sentence, linked to its terms, and one per term with every form', () => {
    const docs = documentDocs(city);
    const passages = docs.filter((d) => d.kind === 'passage');
    expect(passages.map((d) => d.id)).toEqual([
      'doc-city0001.p1.s1',
      'doc-city0001.p2.s1',
      'doc-city0001.p3.s1',
      'doc-city0001.p3.s2',
      'doc-city0001.p4.s1',
    ]);
    expect(passages[1]?.termIds).toEqual(['doc-city0001.t1', 'doc-city0001.t2']);
    expect(passages[2]?.termIds).toEqual([]);
    const terms = docs.filter((d) => d.kind === 'term');
    expect(terms.map((d) => d.fields)).toEqual([
      ['临江科学城', '臨江科學城', 'Linjiang Science City'],
      ['一轴两翼', '一軸兩翼'],
    ]);
  });

  it('finds a phrase only the document has, and none of the resolution', () => {
    const index = corpusIndex(resolution, glossary, matcher, [], undefined, [city]);
    const r = index.search('蓝湾实验室');
    expect(ids(r.passage)).toEqual(['doc-city0001.p3.s1']);
    expect(r.passage[0]?.ranges).toEqual([{ field: 0, start: 2, end: 7 }]);
    expect(corpusIndex(resolution, glossary, matcher).search('蓝湾实验室').total.passage).toBe(0);
  });

  it('finds a term by its Traditional and English forms, and the sentences using it, marked', () => {
    const index = corpusIndex(resolution, glossary, matcher, [], undefined, [city]);
    for (const q of ['臨江科學城', 'Linjiang Science City']) {
      const r = index.search(q);
      expect(ids(r.term), q).toEqual(['doc-city0001.t1']);
      expect(r.namedTerms, q).toEqual(['doc-city0001.t1']);
      // The title sentence and p2.s1 hold the Simplified name: found through the term, marked.
      expect(ids(r.passage), q).toEqual(['doc-city0001.p1.s1', 'doc-city0001.p2.s1']);
      expect(r.passage[1]?.ranges, q).toEqual([{ field: 0, start: 7, end: 12 }]);
    }
  });

  it('finds an English word of an English document', () => {
    const index = corpusIndex(resolution, glossary, matcher, [], undefined, [port]);
    const r = index.search('ferry');
    expect(ids(r.passage)).toEqual(['doc-port0002.p2.s1']);
    const at = 'The Blue Bay Laboratory will open a ferry'.indexOf('ferry');
    expect(r.passage[0]?.ranges).toEqual([{ field: 0, start: at, end: at + 5 }]);
  });

  it("puts the resolution's results first, then each document's in the order they were added", () => {
    const a = corpusIndex(resolution, glossary, matcher, [], undefined, [port, city]);
    const b = corpusIndex(resolution, glossary, matcher, [], undefined, [city, port]);
    for (const q of ['临江科学城', '南沙', 'Linjiang', '实验室']) {
      expect(JSON.stringify(a.search(q)), q).toBe(JSON.stringify(b.search(q)));
    }
    const r = a.search('临江科学城');
    // Both documents keep a term of that name: the older document's first.
    expect(ids(r.term)).toEqual(['doc-city0001.t1', 'doc-port0002.t2']);
    expect(r.namedTerms).toEqual(['doc-city0001.t1', 'doc-port0002.t2']);
    // Every result of the resolution's, then the document's own sentence last.
    const nansha = ids(a.search('南沙').passage);
    expect(nansha.length).toBeGreaterThan(1);
    expect(nansha.slice(0, -1).every((id) => !id.startsWith('doc-'))).toBe(true);
    expect(nansha.at(-1)).toBe('doc-city0001.p4.s1');
  });

  it('marks a document term in a note that names it', () => {
    const index = corpusIndex(
      resolution,
      glossary,
      matcher,
      [
        {
          id: 'n1',
          body: '要核实临江科学城的进度',
          tags: [],
          termIds: ['doc-city0001.t1'],
          updatedAt: 1,
        },
      ],
      undefined,
      [city],
    );
    const r = index.search('Linjiang Science City');
    expect(ids(r.note)).toEqual(['n1']);
    expect(r.note[0]?.ranges).toEqual([{ field: 0, start: 3, end: 8 }]);
  });

  it('finds forms folded, as the term passages were found', () => {
    expect(formRanges('到临江科学城去，臨江科學城也是', ['临江科学城'])).toEqual([
      { start: 1, end: 6 },
      { start: 8, end: 13 },
    ]);
    expect(formRanges('nothing here', ['', '临江'])).toEqual([]);
  });
});

describe('the documents kept in step', () => {
  it('adds a document, changes only what changed, and removes a deleted one', () => {
    const index = corpusIndex(resolution, glossary, matcher);
    const records = new DocumentRecords(index);
    expect(records.sync([city])).toBe(true);
    expect(index.search('蓝湾实验室').total.passage).toBe(1);
    expect(records.sync([city])).toBe(false);

    // Its terms changed: the old term is gone, the new one found, the other document's kept.
    const edited = doc('doc-city0001', 1000, city.document.text, [['低空经济示范走廊']]);
    edited.document.updated = 3000;
    expect(records.sync([edited, port])).toBe(true);
    expect(index.search('一轴两翼').term).toEqual([]);
    expect(ids(index.search('低空经济示范走廊').term)).toEqual(['doc-city0001.t1']);
    expect(ids(index.search('ferry').passage)).toEqual(['doc-port0002.p2.s1']);

    expect(records.sync([port])).toBe(true);
    expect(index.search('蓝湾实验室').total.passage).toBe(0);
    expect(index.search('低空经济').total.term).toBe(0);
    expect(ids(index.search('ferry').passage)).toEqual(['doc-port0002.p2.s1']);
    expect(JSON.stringify(index.search('Linjiang'))).toBe(
      JSON.stringify(
        corpusIndex(resolution, glossary, matcher, [], undefined, [port]).search('Linjiang'),
      ),
    );
  });
});
