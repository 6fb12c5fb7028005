/** Search documents for the resolution's sentences, the glossary's terms and the user's notes. */
import type { Term } from '../corpus/glossary.ts';
import type { Resolution } from '../corpus/parse.ts';
import type { Matcher } from '../match/matcher.ts';
import { type IndexOptions, type SearchDoc, SearchIndex } from './engine.ts';

/** A sentence's text in another language (our English), or undefined where there is none. */
export type Translate = (sentenceId: string) => string | undefined;

/**
 * One document per sentence, in document order, linked to the terms it contains: the original,
 * then (with `english`) its English text, so English words find it (field 1).
 */
export function passageDocs(
  resolution: Resolution,
  matcher: Matcher,
  english?: Translate,
): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (const p of resolution.paragraphs) {
    for (const s of p.sentences) {
      const termIds = [...new Set(matcher.find(s.text).map((m) => m.termId))];
      const en = english?.(s.id);
      const fields = en ? [s.text, en] : [s.text];
      out.push({ kind: 'passage', id: s.id, fields, termIds, rank: out.length });
    }
  }
  return out;
}

/** One document per term: the canonical form, then every variant (Traditional, English). */
export function termDocs(glossary: readonly Term[]): SearchDoc[] {
  return glossary.map((t, i) => ({
    kind: 'term',
    id: t.id,
    fields: [t.canonical, ...t.variants.map((v) => v.form).filter((f) => f !== t.canonical)],
    termIds: [t.id],
    rank: i,
  }));
}

/** Note fields, in this order: body, tags, quote, source title. */
export const NOTE_FIELDS = ['body', 'tags', 'quote', 'title'] as const;

/** What the index reads of a note (the stored `Note` has these fields and more). */
export interface IndexedNote {
  id: string;
  body: string;
  tags: readonly string[];
  termIds: string[];
  updatedAt: number;
  source?: { quote?: string; title: string };
}

export function noteDoc(note: IndexedNote): SearchDoc {
  return {
    kind: 'note',
    id: note.id,
    fields: [note.body, note.tags.join(', '), note.source?.quote ?? '', note.source?.title ?? ''],
    termIds: note.termIds,
    rank: note.updatedAt,
  };
}

/** The index over the corpus and the glossary, with term marking by the matcher. */
export function corpusIndex(
  resolution: Resolution,
  glossary: readonly Term[],
  matcher: Matcher,
  notes: readonly IndexedNote[] = [],
  english?: Translate,
): SearchIndex {
  const options: IndexOptions = {
    termRanges: (text, termId) => matcher.find(text).filter((m) => m.termId === termId),
  };
  return new SearchIndex(
    [...passageDocs(resolution, matcher, english), ...termDocs(glossary), ...notes.map(noteDoc)],
    options,
  );
}
