import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { type PdfPiece, pdfText } from '../../../src/documents/pdf-text.ts';
import { splitDocument } from '../../../src/documents/split.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/documents');

/** Lines of fixed-width characters, as a PDF lays them out: [x in characters, row, text]. */
function page(lines: [number, number, string][], size = 10): PdfPiece[] {
  return lines.map(([x, row, str]) => ({
    str,
    x: 72 + x * size,
    y: 700 - row * size * 1.5,
    width: [...str].length * size,
    height: size,
  }));
}

/** The fixture's pages as pdf.js gives them (the legacy build, for Node). */
async function piecesOf(name: string): Promise<PdfPiece[][]> {
  const task = getDocument({
    data: new Uint8Array(readFileSync(join(FIXTURES, name))),
    cMapUrl: join(import.meta.dirname, '../../../node_modules/pdfjs-dist/cmaps/'),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const doc = await task.promise;
  const pages: PdfPiece[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items.flatMap((i) =>
        'str' in i
          ? [{ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, height: i.height }]
          : [],
      ),
    );
  }
  await task.destroy();
  return pages;
}

describe('pdfText: a PDF page back into paragraphs', () => {
  it('joins wrapped Chinese lines without a space, and starts a paragraph at an indent', () => {
    const text = pdfText([
      page([
        [2, 0, '为加快建设临江科学城，推动规划落地'],
        [0, 1, '见效，制定本方案。'],
        [2, 2, '明湖实验室要发挥核心平台作用。'],
      ]),
    ]);
    expect(text).toBe(
      '为加快建设临江科学城，推动规划落地见效，制定本方案。\n\n明湖实验室要发挥核心平台作用。',
    );
  });

  it('joins wrapped English lines with a space; a line the next word would have fitted ends one', () => {
    const text = pdfText([
      page([
        [0, 0, 'The corridor now hosts 140 firms, against a'],
        [0, 1, 'target of 500 by 2027.'],
        [0, 2, 'The laboratory opened its equipment to all'],
        [0, 3, 'start-ups in March.'],
      ]),
    ]);
    expect(text.split('\n\n')).toEqual([
      'The corridor now hosts 140 firms, against a target of 500 by 2027.',
      'The laboratory opened its equipment to all start-ups in March.',
    ]);
  });

  it('a hyphen at a line’s end before a lower-case word stays, without a space', () => {
    expect(
      pdfText([
        page([
          [0, 0, 'firms in the corridor can serve cross-'],
          [0, 1, 'border customers.'],
        ]),
      ]),
    ).toBe('firms in the corridor can serve cross-border customers.');
  });

  it('a wider gap between lines ends a paragraph; page numbers are dropped', () => {
    const text = pdfText([
      page([
        [0, 0, '第一段第一行文字写满整行了'],
        [0, 1, '第一段第二行文字写满整行了'],
        [0, 3, '第二段文字写满整行了写满了'],
        [14, 10, '— 1 —'],
        [0, 11, '第3页'],
      ]),
    ]);
    expect(text.split('\n\n')).toEqual([
      '第一段第一行文字写满整行了第一段第二行文字写满整行了',
      '第二段文字写满整行了写满了',
    ]);
  });

  it('a paragraph goes on over a page break unless the next page starts indented', () => {
    const full = '满满一行的文字写到了右边';
    const on = pdfText([
      page([
        [0, 0, full],
        [0, 1, full],
      ]),
      page([[0, 0, '接着写完。']]),
    ]);
    expect(on).toBe(`${full}${full}接着写完。`);
    const apart = pdfText([
      page([
        [0, 0, full],
        [0, 1, full],
      ]),
      page([[2, 0, '新的一段。']]),
    ]);
    expect(apart.split('\n\n')).toHaveLength(2);
  });

  it('no pieces, or only blanks and page numbers: no text', () => {
    expect(pdfText([])).toBe('');
    expect(
      pdfText([
        page([
          [0, 0, ' '],
          [10, 5, '2'],
        ]),
      ]),
    ).toBe('');
  });
});

describe('the PDF fixtures through pdf.js', () => {
  it('a Chinese PDF with a predefined CMap over two pages: five paragraphs, the terms whole', async () => {
    const text = pdfText(await piecesOf('linjiang-plan.pdf'));
    const paragraphs = splitDocument(text);
    expect(paragraphs.map((p) => p.text.slice(0, 7))).toEqual([
      '临江科学城建设',
      '为加快建设临江',
      '明湖实验室要发',
      '设立成果转化基',
      '各有关单位要建',
    ]);
    for (const term of [
      '《江北新区国土空间总体规划》',
      '“一廊两谷三片区”',
      '成果转化基金',
      '人才公寓保障',
    ]) {
      expect(text).toContain(term);
    }
    // The paragraph that crosses the page break is one paragraph.
    expect(paragraphs[3]?.text).toMatch(/人才公寓保障。区财政每年安排专项资金/);
  });

  it('an English PDF: four paragraphs, quoted phrase and names whole', async () => {
    const text = pdfText(await piecesOf('corridor-report.pdf'));
    expect(splitDocument(text)).toHaveLength(4);
    expect(text).toContain(
      'opened its equipment to start-ups in March, and the district applied for a "cross-border data pilot"',
    );
  });
});
