import { glossary } from '../corpus/glossary.ts';
import { type PassageLanguage, passageLanguages, type Region } from '../corpus/languages.ts';
import { passageIn } from '../corpus/passage-language.ts';
import { paragraphOf, passagesFor } from '../corpus/passages.ts';
import { resolution } from '../corpus/resolution.ts';
import { createMatcher, type Matcher } from './matcher.ts';

/** A passage's text in one language, with the term's offsets in it. */
export interface MarkedText {
  text: string;
  marks: [number, number][];
  /** BCP 47 tag of the text. */
  lang: string;
  /** Our translation, not the original: shown with a notice. */
  translated: boolean;
}

/** What the hover card shows about a term beyond the glossary: from the resolution itself. */
export interface TermInfo {
  termId: string;
  /** How many times the term occurs in the resolution. */
  occurrences: number;
  /** The first sentence that contains it, in each language, with the term's offsets. */
  passage?: {
    id: string;
    paragraph: number;
    texts: Partial<Record<PassageLanguage, MarkedText>>;
  };
  /** The language the match called for, and the one to show (the reader's choice for it). */
  auto?: PassageLanguage;
  shown?: PassageLanguage;
  /**
   * The other documents that keep the same term (the resolution, the reader's enabled ones), in
   * the order pages take them: the card names each (docs/decisions/103-shared-and-edited-terms.md).
   */
  also?: SharedTermInfo[];
}

/** A term the same as the one asked about, kept by another document: its count and sentence. */
export interface SharedTermInfo {
  termId: string;
  /** The document's title (the resolution's, in the original). */
  title: string;
  occurrences: number;
  passage?: TermInfo['passage'];
}

let matcher: Matcher | undefined;
const cache = new Map<string, TermInfo>();

/**
 * How often a term occurs in the resolution, and its first passage in the original, English and
 * Traditional (`region`'s conventions), each with the term's offsets found by the matcher.
 */
export function termInfo(termId: string, region: Region = 'tw'): TermInfo {
  const key = `${termId} ${region}`;
  const cached = cache.get(key);
  if (cached) return cached;
  matcher ??= createMatcher(glossary);
  const m = matcher;
  let occurrences = 0;
  for (const p of resolution.paragraphs) {
    for (const found of m.find(p.text)) if (found.termId === termId) occurrences++;
  }
  const first = passagesFor(termId)[0];
  const info: TermInfo = { termId, occurrences };
  if (first) {
    const texts: Partial<Record<PassageLanguage, MarkedText>> = {};
    for (const language of passageLanguages) {
      const shown = passageIn(first.id, language, region);
      if (!shown || shown.language !== language) continue;
      texts[language] = {
        text: shown.text,
        lang: shown.lang,
        translated: shown.translated,
        marks: m
          .find(shown.text)
          .filter((x) => x.termId === termId)
          .map((x) => [x.start, x.end]),
      };
    }
    // Stryker disable next-line OptionalChaining: a passage of the resolution is always in a paragraph
    info.passage = { id: first.id, paragraph: paragraphOf(first)?.number ?? 0, texts };
  }
  cache.set(key, info);
  return info;
}
