/**
 * A PDF's text as a document's text: the positioned pieces a PDF reader gives for each page
 * (pdf.js `getTextContent`) put back into lines, and the lines into paragraphs, one per line of
 * the result. Pure: the panel reads the file (src/panel/documents/read-pdf.ts).
 */

/** A piece of text on a page: its baseline's start (`x`, `y` upward), width and font height. */
export interface PdfPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  text: string;
  x: number;
  y: number;
  end: number;
  height: number;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** A line that is only a page number: 3, - 3 -, — 3 —, 第3页, Page 3 of 9. */
const PAGE_NUMBER =
  /^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|page \d+(?: of \d+)?)$/i;

/** Whether two texts meet without a space: Chinese on either side, or a hyphen at a line's end. */
function joinsTight(before: string, after: string): boolean {
  const a = before.at(-1) ?? '';
  const b = after[0] ?? '';
  return CJK.test(a) || CJK.test(b) || /\s/.test(a) || /\s/.test(b);
}

/** The pieces of one page, in reading order, as lines. */
function linesOf(pieces: readonly PdfPiece[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  for (const p of pieces) {
    if (p.str === '') continue;
    const height = p.height || 10;
    if (line && Math.abs(p.y - line.y) <= line.height / 2 && p.x >= line.end - line.height) {
      // Same line: a gap wider than a fifth of the font's height between Latin pieces is a space.
      const gap = p.x - line.end;
      const space = gap > height / 5 && !joinsTight(line.text, p.str);
      line.text += (space ? ' ' : '') + p.str;
      line.end = Math.max(line.end, p.x + p.width);
      line.height = Math.max(line.height, height);
    } else {
      line = { text: p.str, x: p.x, y: p.y, end: p.x + p.width, height };
      lines.push(line);
    }
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text !== '' && !PAGE_NUMBER.test(l.text));
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
};

/**
 * Whether `line`'s first word (in Chinese, its first character) would have fit at the end of
 * `before`: then `before` was ended on purpose, as a paragraph's last line is.
 */
function endsEarly(before: Line, line: Line, right: number): boolean {
  const perChar = (line.end - line.x) / Math.max(1, [...line.text].length);
  const word = CJK.test(line.text[0] ?? '') ? 1 : (/^\S+/.exec(line.text)?.[0].length ?? 1);
  return before.end + perChar * (word + 1) <= right + perChar / 2;
}

/** Joins a line to the paragraph it continues. */
function join(paragraph: string, line: string): string {
  if (/[A-Za-z]-$/.test(paragraph) && /^[a-z]/.test(line)) return paragraph + line;
  return paragraph + (joinsTight(paragraph, line) ? '' : ' ') + line;
}

/**
 * Pages of pieces → text, a paragraph per line. A line starts a new paragraph when it is indented,
 * when the gap above it is wider than the page's usual line spacing, or when the line before
 * stopped well short of the right margin (a paragraph's last line); otherwise it continues it,
 * across a page break too.
 */
export function pdfText(pages: readonly (readonly PdfPiece[])[]): string {
  const paragraphs: string[] = [];
  let open = false; // the last paragraph may go on on the next line
  const all = pages.map(linesOf);
  // The margins of the whole document: a page with one short line has the same ones.
  const left = Math.min(...all.flat().map((l) => l.x));
  const right = Math.max(...all.flat().map((l) => l.end));
  for (const lines of all) {
    if (lines.length === 0) continue;
    const gaps: number[] = [];
    for (let i = 1; i < lines.length; i++) {
      const gap = (lines[i - 1] as Line).y - (lines[i] as Line).y;
      if (gap > 0) gaps.push(gap);
    }
    const spacing = median(gaps);
    let previous: Line | undefined;
    for (const line of lines) {
      const indented = line.x > left + line.height;
      const gap = previous ? previous.y - line.y : 0;
      const apart = previous !== undefined && spacing > 0 && (gap > spacing * 1.4 || gap < 0);
      const short = previous !== undefined && endsEarly(previous, line, right);
      const starts = previous ? indented || apart || short : !open || indented;
      if (starts) paragraphs.push(line.text);
      else paragraphs[paragraphs.length - 1] = join(paragraphs.at(-1) ?? '', line.text);
      previous = line;
    }
    // A page's last line that reaches the margin goes on over the page break.
    open = previous !== undefined && previous.end >= right - 2 * previous.height;
  }
  return paragraphs.join('\n\n');
}
