/**
 * The panel's search in the reader's language: English words find passages by our English text
 * (plurals and -ing/-ed too), Traditional queries find the original, and a query in any script
 * never throws.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTranslation, resolutionPassages } from '../../../src/corpus/align.ts';
import { glossary } from '../../../src/corpus/glossary.ts';
import { parseResolution } from '../../../src/corpus/parse.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import { corpusIndex } from '../../../src/search/docs.ts';
import { queryLanguage } from '../../../src/search/query-language.ts';
import { sameStem, stemOf } from '../../../src/search/stem.ts';

const read = (file: string) =>
  readFileSync(new URL(`../../../src/corpus/${file}`, import.meta.url), 'utf8');
const resolution = parseResolution(read('resolution.zh-CN.txt'));
const english = alignTranslation(read('resolution.en.txt'), resolutionPassages(resolution), {
  file: 'resolution.en.txt',
  latinOnly: true,
}).texts;
const matcher = createMatcher(glossary);
const index = corpusIndex(resolution, glossary, matcher, [], (id) => english.get(id));
const plain = corpusIndex(resolution, glossary, matcher);
const sentenceIds = resolution.paragraphs.flatMap((p) => p.sentences.map((s) => s.id));

/** Sentences whose English has a word matching `pattern` (read from the file, not the index). */
const withWord = (pattern: RegExp) =>
  sentenceIds.filter((id) => pattern.test(english.get(id) ?? ''));

const passages = (q: string) => index.search(q, { limit: 100 }).passage;

describe('English words find passages by their English text', () => {
  for (const [query, pattern] of [
    ['talent', /\btalent/i],
    ['corruption', /\bcorruption\b/i],
    ['smart city', /\bsmart cit(y|ies)\b/i],
    ['business environment', /\bbusiness environment/i],
  ] as const) {
    it(`"${query}": every sentence that says it, first, with the words marked in English`, () => {
      const expected = withWord(pattern);
      expect(expected.length, query).toBeGreaterThan(0);
      const found = passages(query);
      expect(found.map((h) => h.doc.id).slice(0, expected.length)).toEqual(
        expect.arrayContaining(expected),
      );
      const top = found[0];
      const marks = (top?.ranges ?? [])
        .filter((r) => r.field === 1)
        .map((r) => top?.doc.fields[1]?.slice(r.start, r.end).toLowerCase());
      for (const word of query.split(' ')) expect(marks.join(' '), query).toContain(word);
      // Without the English text the same query finds no passage by its words.
      expect(plain.search(query).passage.filter((h) => expected.includes(h.doc.id))).toEqual([]);
    });
  }

  it('stems: plurals and -ing/-ed find the word, and are marked', () => {
    for (const [query, pattern] of [
      ['talents', /\btalent/i],
      ['transportation', /\btransport/i],
      ['corrupted', /\bcorruption\b/i],
      ['building', /\bbuil(d|t)/i],
    ] as const) {
      const expected = withWord(pattern).filter((id) =>
        (english.get(id) ?? '')
          .toLowerCase()
          .split(/[^a-z]+/)
          .some((w) => sameStem(w, query) || w.startsWith(query)),
      );
      expect(expected.length, query).toBeGreaterThan(0);
      const ids = passages(query).map((h) => h.doc.id);
      expect(ids, query).toEqual(expect.arrayContaining(expected));
      const top = passages(query)[0];
      expect(top?.tier, query).toBeLessThan(3);
      expect(
        top?.ranges.some((r) => r.field === 1),
        query,
      ).toBe(true);
    }
  });

  it('Chinese queries find what they found before the English text was added', () => {
    for (const q of ['营商环境', '營商環境', '南沙方案', '人才', '庆盛枢纽']) {
      const ids = (r: ReturnType<typeof index.search>) => r.passage.map((h) => h.doc.id);
      expect(ids(index.search(q)), q).toEqual(ids(plain.search(q)));
    }
  });

  it('a Traditional query finds p3.s6 (营商环境), marked in the original', () => {
    const hit = index.search('營商環境').passage.find((h) => h.doc.id === 'p3.s6');
    expect(hit).toBeDefined();
    const marks = (hit?.ranges ?? [])
      .filter((r) => r.field === 0)
      .map((r) => hit?.doc.fields[0]?.slice(r.start, r.end));
    expect(marks).toContain('营商环境');
  });

  it('a query in any script, mixed, empty or of 500 characters never throws', () => {
    for (const q of [
      '',
      ' ',
      'talent 人才',
      '營商 environment',
      '🙂🙂',
      'ａｂｃ',
      'x'.repeat(500),
    ]) {
      expect(() => index.search(q), q).not.toThrow();
    }
    const long = 'business environment 营商環境 '.repeat(20).slice(0, 500);
    const started = performance.now();
    index.search(long);
    // Not a timing assertion on a noisy machine: a runaway (seconds) would show here.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('what a query is written in', () => {
  it('English, Traditional, or undecided (Han both scripts share, nothing)', () => {
    expect(queryLanguage('talent')).toBe('en');
    expect(queryLanguage('Smart City')).toBe('en');
    expect(queryLanguage('營商環境')).toBe('zh-Hant');
    expect(queryLanguage('营商环境')).toBeUndefined();
    expect(queryLanguage('南沙方案')).toBeUndefined();
    expect(queryLanguage('南沙 talent')).toBeUndefined();
    expect(queryLanguage('')).toBeUndefined();
    expect(queryLanguage('2022')).toBeUndefined();
  });

  it('stems only plain words of 4 letters or more', () => {
    expect(stemOf('talents')).toBe(stemOf('talent'));
    expect(stemOf('transportation')).toBe(stemOf('transport'));
    expect(stemOf('gba')).toBe('gba');
    expect(stemOf('café')).toBe('café');
    expect(sameStem('bus', 'buses')).toBe(false);
  });
});
