/**
 * Pure: the passages a text of the resolution in another language must cover, and the parser of
 * such texts (`id<TAB>text`, one line per passage), which refuses any text that does not line up
 * with the Chinese. Used by the loader (translations.ts), the build check and the tests.
 */
import type { Resolution } from './parse.ts';

/** Ids of the lines before the body, in document order. */
export const HEAD_IDS = ['title', 'adopted-by', 'published'] as const;

export interface Passage {
  /** `title`, `adopted-by`, `published`, or a sentence id (`p3.s6`). */
  id: string;
  text: string;
}

/** Every passage of the resolution in document order: the three head lines, then the sentences. */
export function resolutionPassages(r: Resolution): Passage[] {
  return [
    { id: 'title', text: r.title },
    { id: 'adopted-by', text: r.adoptedBy },
    { id: 'published', text: r.published },
    ...r.paragraphs.flatMap((p) => p.sentences.map((s) => ({ id: s.id, text: s.text }))),
  ];
}

export interface AlignedText {
  /** The file's first line without `# `: says the text is unofficial and who made it. */
  notice: string;
  /** Passage id → text, in document order. */
  texts: ReadonlyMap<string, string>;
}

export interface AlignOptions {
  /** Named in error messages: `src/corpus/resolution.en.txt`. */
  file: string;
  /** English: no Chinese characters or full-width punctuation may be left. */
  latinOnly?: boolean;
}

const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;
const NOTICE = /Nansha Lens/;
const UNOFFICIAL = /unofficial|not an official|非官方/i;

/**
 * Parses a text of the resolution: `#` lines are its head (the first is the notice), every other
 * non-empty line is `id<TAB>text`. Throws one error listing every missing, unknown, repeated,
 * misplaced or empty passage by id, so a build or an import fails with the sentence to write.
 */
export function alignTranslation(
  raw: string,
  passages: readonly Passage[],
  options: AlignOptions,
): AlignedText {
  const errors: string[] = [];
  const lines = raw.split(/\r?\n/);
  const notice = lines[0]?.startsWith('# ') ? lines[0].slice(2).trim() : '';
  if (!NOTICE.test(notice) || !UNOFFICIAL.test(notice)) {
    errors.push('first line: "# " and a notice naming Nansha Lens and saying it is unofficial');
  }
  const expected = new Set(passages.map((p) => p.id));
  const texts = new Map<string, string>();
  const order: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    const id = tab < 0 ? line.trim() : line.slice(0, tab);
    const text = tab < 0 ? '' : line.slice(tab + 1).trim();
    if (!expected.has(id)) errors.push(`line ${i + 1}: unknown id ${JSON.stringify(id)}`);
    else if (texts.has(id)) errors.push(`${id}: given twice (line ${i + 1})`);
    else {
      if (text === '') errors.push(`${id}: empty text (line ${i + 1})`);
      else if (options.latinOnly && CHINESE.test(text)) {
        errors.push(`${id}: Chinese characters left in the text (line ${i + 1})`);
      }
      texts.set(id, text);
      order.push(id);
    }
  });
  for (const p of passages) if (!texts.has(p.id)) errors.push(`${p.id}: missing translation`);
  const inOrder = passages.map((p) => p.id).filter((id) => texts.has(id));
  const misplaced = order.findIndex((id, k) => id !== inOrder[k]);
  if (misplaced >= 0) errors.push(`${order[misplaced]}: out of document order`);
  if (errors.length > 0) {
    throw new Error(
      `${options.file} does not line up with the resolution:\n  ${errors.join('\n  ')}`,
    );
  }
  return { notice, texts };
}
