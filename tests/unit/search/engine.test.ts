import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSearchFold } from '../../../scripts/gen-search-fold.ts';
import { glossary } from '../../../src/corpus/glossary.ts';
import { parseResolution } from '../../../src/corpus/parse.ts';
import type { Note } from '../../../src/db/schema.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import { corpusIndex, noteDoc } from '../../../src/search/docs.ts';
import { type Hit, SearchIndex } from '../../../src/search/engine.ts';
import { T2S_FULL } from '../../../src/text/generated/t2s-full.data.ts';
import { fold } from '../../../src/text/search-fold.ts';

const resolution = parseResolution(
  readFileSync(new URL('../../../src/corpus/resolution.zh-CN.txt', import.meta.url), 'utf8'),
);
const matcher = createMatcher(glossary);

const note = (id: string, body: string, at = 1, extra: Partial<Note> = {}): Note => ({
  id,
  body,
  tags: [],
  termIds: [...new Set(matcher.find(body).map((m) => m.termId))],
  passageIds: [],
  createdAt: at,
  updatedAt: at,
  ...extra,
});

/** The marked strings of a hit, in its main field unless told. */
const marked = (hit: Hit | undefined, field = 0) =>
  (hit?.ranges ?? [])
    .filter((r) => r.field === field)
    .map((r) => hit?.doc.fields[field]?.slice(r.start, r.end));

describe('search folding', () => {
  it('keeps the length, so offsets in folded text are offsets in the original', () => {
    const s = '慶盛樞紐 ＧＢＡ Greater Bay 粵港澳大灣區';
    expect(fold(s)).toHaveLength(s.length);
    expect(fold(s)).toBe('庆盛枢纽 gba greater bay 粤港澳大湾区');
  });

  it('has the full Traditional table, up to date with opencc-js', () => {
    expect(T2S_FULL.length / 2).toBeGreaterThan(2500);
    expect(generateSearchFold().t2s).toBe(T2S_FULL);
  });
});

describe('search over the resolution, the glossary and notes', () => {
  const index = corpusIndex(resolution, glossary, matcher, [
    note('old', '庆盛枢纽的交通规划，需要核实。', 1),
    note('new', 'Interview: the Qingsheng hub is the key. 慶盛樞紐', 2),
    note('far', `${'无关的背景介绍。'.repeat(300)}最后提到了南沙方案的落地。`, 3),
  ]);

  it('finds a term and its passages in Simplified, Traditional and English', () => {
    for (const q of ['庆盛枢纽', '慶盛樞紐', 'Qingsheng hub', 'qingsheng HUB']) {
      const r = index.search(q);
      expect(r.term[0]?.doc.id, q).toBe('qingsheng-hub');
      expect(r.passage.length, q).toBeGreaterThan(0);
      expect(marked(r.passage[0]), q).toContain('庆盛枢纽');
    }
  });

  it('finds the passages of a term by its English acronym (GBA)', () => {
    const r = index.search('GBA');
    expect(r.term[0]?.doc.id).toBe('gba');
    expect(r.namedTerms).toEqual(['gba']);
    expect(r.passage.length).toBeGreaterThan(0);
    for (const hit of r.passage) expect(marked(hit).join('')).toMatch(/湾区/);
  });

  it('tolerates one wrong or one missing character in a 4-character term', () => {
    for (const q of ['南沙放案', '南沙方按', '南沙案', '南方案']) {
      const r = index.search(q);
      expect(r.term[0]?.doc.id, q).toBe('nansha-plan');
      expect(r.passage.length, q).toBeGreaterThan(0);
    }
    // A 3-character query does not match a shorter or different word (南沙, 南沙区).
    expect(index.search('南沙案').term.map((h) => h.doc.id)).not.toContain('nansha');
  });

  it('ranks exact matches above fuzzy ones', () => {
    const idx = new SearchIndex([
      { kind: 'note', id: 'fuzzy', fields: ['这里写成了南沙放案。'], rank: 9 },
      { kind: 'note', id: 'exact', fields: ['这里是南沙方案。'], rank: 1 },
    ]);
    const r = idx.search('南沙方案');
    expect(r.note.map((h) => h.doc.id)).toEqual(['exact', 'fuzzy']);
    expect(r.note[0]?.tier).toBe(0);
    expect(r.note[1]?.tier).toBe(3);
    expect(marked(r.note[1])).toEqual(['南沙放案']);
  });

  it('finds matches far from the start of a long note, marked at the right offset', () => {
    const r = index.search('南沙方案');
    const far = r.note.find((h) => h.doc.id === 'far');
    expect(far).toBeDefined();
    expect(marked(far)).toEqual(['南沙方案']);
    expect(far?.ranges[0]?.start).toBeGreaterThan(2000);
  });

  it('marks a Traditional query in the original text', () => {
    const r = index.search('慶盛樞紐');
    const hit = r.note.find((h) => h.doc.id === 'new');
    expect(marked(hit)).toEqual(['慶盛樞紐']);
  });

  it('finds one and two characters, and Latin prefixes', () => {
    expect(index.search('枢').term.map((h) => h.doc.id)).toContain('qingsheng-hub');
    expect(index.search('枢纽').passage.length).toBeGreaterThan(0);
    expect(index.search('qingsh').term[0]?.doc.id).toBe('qingsheng-hub');
    expect(index.search('qingshen hub').term[0]?.doc.id).toBe('qingsheng-hub');
  });

  it('orders equally good notes newest first', () => {
    const r = index.search('庆盛枢纽');
    const notes = r.note.filter((h) => h.tier === 0).map((h) => h.doc.id);
    expect(notes).toEqual(['new', 'old']);
  });

  it('returns nothing for a query of only spaces and punctuation', () => {
    expect(index.search('  ，。 ').total).toEqual({ passage: 0, term: 0, note: 0 });
  });
});

describe('incremental updates', () => {
  it('adds, replaces and removes one note without a rebuild', () => {
    const index = corpusIndex(resolution, glossary, matcher);
    const before = index.size;
    index.add(noteDoc(note('a', '关于前海的笔记')));
    expect(index.search('前海').note.map((h) => h.doc.id)).toEqual(['a']);
    index.add(noteDoc(note('a', '改成了横琴', 2)));
    expect(index.search('前海').note).toEqual([]);
    expect(index.search('横琴').note.map((h) => h.doc.id)).toEqual(['a']);
    expect(index.size).toBe(before + 1);
    index.remove('note', 'a');
    expect(index.search('横琴').note).toEqual([]);
    expect(index.size).toBe(before);
  });

  it('stays correct across many changes (compaction)', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 2000; i++) {
      index.add({ kind: 'note', id: `n${i % 500}`, fields: [`第${i}条 南沙 note${i}`], rank: i });
    }
    expect(index.size).toBe(500);
    const r = index.search('南沙', { limit: 1000 });
    expect(r.total.note).toBe(500);
    const latest = index.search('note1999').note;
    expect(latest[0]?.doc.id).toBe('n499');
    expect(latest[0]?.tier).toBe(0);
    // Replaced texts are gone: note1000 only comes back as a one-typo neighbour.
    const stale = index.search('note1000').note;
    expect(stale.every((h) => h.tier === 3 && !h.doc.fields[0]?.includes('note1000'))).toBe(true);
  });
});
