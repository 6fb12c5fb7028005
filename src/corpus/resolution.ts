import raw from './resolution.zh-CN.txt?raw';

/** One sentence of the resolution's body. `id` is stable across parses: `p<n>.s<m>`. */
export interface Sentence {
  id: string;
  paragraphId: string;
  text: string;
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
  /** The line in parentheses that says when and by whom it was adopted. */
  adoptedBy: string;
  paragraphs: Paragraph[];
}

// Sentence ends: 。！？； and a closing quote or bracket that follows one.
const SENTENCE = /[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)/g;

export function splitSentences(paragraphId: string, text: string): Sentence[] {
  const parts = text.match(SENTENCE)?.filter((s) => s.trim() !== '') ?? [];
  return parts.map((s, i) => ({ id: `${paragraphId}.s${i + 1}`, paragraphId, text: s }));
}

export function parseResolution(source: string): Resolution {
  const lines = source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const [adoptedBy = '', title = '', , ...body] = lines;
  const paragraphs = body.map((text, i) => {
    const id = `p${i + 1}`;
    return { id, number: i + 1, text, sentences: splitSentences(id, text) };
  });
  return { title, adoptedBy, paragraphs };
}

export const resolution: Resolution = parseResolution(raw);
