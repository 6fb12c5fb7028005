/** Pure parser of the resolution text (no `?raw` import: usable from Node scripts and tests). */

/** One sentence of the resolution's body. `id` is stable across parses: `p<n>.s<m>`. */
export interface Sentence {
  id: string;
  paragraphId: string;
  /** 1-based position in its paragraph. */
  number: number;
  text: string;
  /** Offset of the sentence in its paragraph's text. */
  start: number;
}

/** One body paragraph. `id` is `p<n>`, numbered from 1 in document order. */
export interface Paragraph {
  id: string;
  number: number;
  text: string;
  sentences: Sentence[];
}

export interface Resolution {
  title: string;
  /** The line in parentheses that says when and by whom it was adopted, as published. */
  adoptedBy: string;
  /** The session that adopted it: 中国共产党广州市第十二届委员会第四次全体会议. */
  session: string;
  /** ISO date of adoption (2022-09-22). */
  adoptionDate: string;
  /** ISO date of publication (2022-09-23). */
  publicationDate: string;
  /** The publication date line as published: 2022年09月23日. */
  published: string;
  paragraphs: Paragraph[];
}

// A sentence ends at 。！？!? (ASCII forms included, as published), with any closing quotes after it.
const SENTENCE = /[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)/g;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export function splitSentences(paragraphId: string, text: string): Sentence[] {
  return sentencesOf(paragraphId, text.match(SENTENCE) ?? []);
}

/**
 * Numbers the sentences of a paragraph from its pieces in order (they join to the paragraph's
 * text); pieces of only whitespace take no number. Shared with the reader's own documents.
 */
export function sentencesOf(paragraphId: string, pieces: Iterable<string>): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const part of pieces) {
    if (part.trim() !== '') {
      const number = out.length + 1;
      out.push({ id: `${paragraphId}.s${number}`, paragraphId, number, text: part, start });
    }
    start += part.length;
  }
  return out;
}

/** `2022年9月22日` → `2022-09-22`; empty string when there is no date. */
export function isoDate(s: string): string {
  const m = DATE.exec(s);
  if (!m) return '';
  const [, y = '', mo = '', d = ''] = m;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * Layout of the source: `(date + session + 通过)`, the title, the publication date, then one body
 * paragraph per non-empty line.
 */
export function parseResolution(source: string): Resolution {
  const lines = source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const [adoptedBy = '', title = '', published = '', ...body] = lines;
  const session = adoptedBy
    .replace(/^[(（]|[)）]$/g, '')
    .replace(DATE, '')
    .replace(/通过$/, '')
    .trim();
  const paragraphs = body.map((text, i) => {
    const id = `p${i + 1}`;
    return { id, number: i + 1, text, sentences: splitSentences(id, text) };
  });
  return {
    title,
    adoptedBy,
    session,
    adoptionDate: isoDate(adoptedBy),
    publicationDate: isoDate(published),
    published,
    paragraphs,
  };
}
