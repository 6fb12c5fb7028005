import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../../src/corpus/parse.ts';
import { resolution } from '../../../src/corpus/resolution.ts';

const raw = readFileSync(
  new URL('../../../src/corpus/resolution.zh-CN.txt', import.meta.url),
  'utf8',
);

describe('resolution', () => {
  it('has its metadata', () => {
    expect(resolution.title).toBe('中国共产党广州市第十二届委员会第四次全体会议决议');
    expect(resolution.session).toBe('中国共产党广州市第十二届委员会第四次全体会议');
    expect(resolution.adoptionDate).toBe('2022-09-22');
    expect(resolution.publicationDate).toBe('2022-09-23');
    expect(resolution.published).toBe('2022年09月23日');
    expect(resolution.adoptedBy).toBe(
      '(2022年9月22日中国共产党广州市第十二届委员会第四次全体会议通过)',
    );
  });

  it('has seven body paragraphs p1..p7 with their sentences', () => {
    expect(resolution.paragraphs.map((p) => p.id)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
    ]);
    const p1 = resolution.paragraphs[0];
    expect(p1?.sentences.map((s) => s.id)).toEqual(['p1.s1', 'p1.s2', 'p1.s3', 'p1.s4']);
    expect(p1?.sentences[1]?.text).toBe('全会由市委常委会主持。');
    const last = resolution.paragraphs.at(-1)?.sentences.at(-1);
    expect(last?.text.endsWith('以实际行动迎接党的二十大胜利召开!')).toBe(true);
  });

  it('keeps the original punctuation: sentences put back together give the paragraph', () => {
    for (const p of resolution.paragraphs) {
      expect(p.sentences.map((s) => s.text).join('')).toBe(p.text);
      for (const s of p.sentences) {
        expect(p.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
        expect(raw).toContain(s.text);
      }
    }
    // ASCII commas and parentheses, as published.
    expect(resolution.paragraphs[0]?.text).toContain('(下称《南沙方案》)');
    expect(resolution.paragraphs[0]?.text).toContain(
      '全会以习近平新时代中国特色社会主义思想为指导,',
    );
  });

  it('a sentence knows its paragraph', () => {
    for (const p of resolution.paragraphs) {
      for (const s of p.sentences) {
        expect(s.paragraphId).toBe(p.id);
        expect(s.id.startsWith(`${p.id}.s`)).toBe(true);
      }
    }
  });

  it('parses the source file as it is written (also with CRLF line ends)', () => {
    // Written out from src/corpus/resolution.zh-CN.txt, not from another parse.
    const p6s1 =
      '全会强调,要高效统筹疫情防控和经济社会发展工作,坚决落实疫情要防住、经济要稳住、发展要安全的重要要求,以“时时放心不下”的责任感狠抓当前各项重点工作落实。';
    const p6s2 =
      '坚持“外防输入、内防反弹”总策略和“动态清零”总方针,毫不松懈做好科学精准防控,确保不出现疫情规模性反弹。';
    for (const source of [raw, raw.replace(/\n/g, '\r\n')]) {
      const parsed = parseResolution(source);
      expect(parsed.title).toBe('中国共产党广州市第十二届委员会第四次全体会议决议');
      expect(parsed.published).toBe('2022年09月23日');
      expect(parsed.paragraphs.map((p) => p.sentences.length)).toEqual([4, 3, 6, 5, 2, 4, 1]);
      const p6 = parsed.paragraphs[5];
      expect(p6?.text.startsWith(p6s1 + p6s2)).toBe(true);
      expect(p6?.sentences[0]?.text).toBe(p6s1);
      expect(p6?.sentences[1]).toEqual({
        id: 'p6.s2',
        paragraphId: 'p6',
        number: 2,
        text: p6s2,
        start: 77, // the length of p6.s1
      });
      const p7 = parsed.paragraphs[6];
      expect(p7?.sentences.map((x) => x.id)).toEqual(['p7.s1']);
      expect(p7?.text.startsWith('全会号召,全市各级党组织')).toBe(true);
      expect(p7?.text.endsWith('以实际行动迎接党的二十大胜利召开!')).toBe(true);
    }
    expect(p6s1.length).toBe(77);
  });
});
