import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/corpus/parse.ts';
import { type DocumentParagraph, splitDocument } from '../../../src/documents/split.ts';

const sentences = (p: DocumentParagraph | undefined) => p?.sentences.map((s) => s.text.trim());

describe('splitDocument', () => {
  it('numbers paragraphs and sentences with the resolution’s ids', () => {
    const doc = splitDocument('第一段。第二句！\n\n第二段？是的。');
    expect(doc.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(doc[1]?.sentences.map((s) => s.id)).toEqual(['p2.s1', 'p2.s2']);
  });

  it('ends Chinese sentences at 。！？； and ellipses, closing quotes kept with them', () => {
    const [p] = splitDocument('加快建设“一廊两谷三片区”。他说：“好！”然后……走了；再见');
    expect(sentences(p)).toEqual([
      '加快建设“一廊两谷三片区”。',
      '他说：“好！”',
      '然后……',
      '走了；',
      '再见',
    ]);
  });

  it('cuts the resolution’s kind of text where the resolution’s parser does', () => {
    const text = '全会认为，南沙要“强核”。全会强调！全会指出？各方';
    const [p] = splitDocument(text);
    expect(sentences(p)).toEqual(splitSentences('p1', text).map((s) => s.text));
  });

  it('does not end English sentences at abbreviations, initials or decimals', () => {
    const [p] = splitDocument(
      'See No. 5 of the plan, e.g. the 3.5 km corridor at example.org. It is done! Mr. Li and J. Smith agree. The U.S. Government too? Yes.',
    );
    expect(sentences(p)).toEqual([
      'See No. 5 of the plan, e.g. the 3.5 km corridor at example.org.',
      'It is done!',
      'Mr. Li and J. Smith agree.',
      'The U.S. Government too?',
      'Yes.',
    ]);
  });

  it('keeps a closing quote with its sentence and the space after it out of the next', () => {
    const [p] = splitDocument('He called it "the engine." Then he left.');
    expect(p?.sentences.map((s) => s.text)).toEqual([
      'He called it "the engine." ',
      'Then he left.',
    ]);
    expect(p?.sentences[1]?.start).toBe(27);
  });

  it('takes a single newline as a paragraph end, and a hand-wrapped English line as one paragraph', () => {
    const doc = splitDocument(
      '南沙方案\n一、总体要求\nThe Greater Bay Area plan, adopted by the council in 2019 and\nrevised later, covers nine cities.\nShort title\nNext line.',
    );
    expect(doc.map((p) => p.text)).toEqual([
      '南沙方案',
      '一、总体要求',
      'The Greater Bay Area plan, adopted by the council in 2019 and\nrevised later, covers nine cities.',
      'Short title',
      'Next line.',
    ]);
  });

  it('does not end a paragraph at "1." opening it, nor run list items together', () => {
    const doc = splitDocument(
      'The plan sets out these aims for the whole of the district, namely\n1. Aims of the plan. More.\n- second aim',
    );
    expect(doc.map((p) => p.text)).toEqual([
      'The plan sets out these aims for the whole of the district, namely',
      '1. Aims of the plan. More.',
      '- second aim',
    ]);
    expect(sentences(doc[1])).toEqual(['1. Aims of the plan.', 'More.']);
  });

  it('reads Markdown headings and CRLF, with offsets into the original text', () => {
    const text = '# 南沙科创走廊 #\r\n\r\n## Aims\r\n  一、总体要求。\r\n\r\n\r\n正文。';
    const doc = splitDocument(text);
    expect(doc.map((p) => [p.text, p.heading])).toEqual([
      ['南沙科创走廊', 1],
      ['Aims', 2],
      ['一、总体要求。', 0],
      ['正文。', 0],
    ]);
    for (const p of doc) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(splitDocument('')).toEqual([]);
    expect(splitDocument(' \r\n\n\t')).toEqual([]);
  });
});
