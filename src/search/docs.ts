/**
 * Search documents for the resolution's sentences, the glossary's terms, the reader's own
 * documents' sentences and terms, and the user's notes.
 */
import type { Term } from '../corpus/glossary.ts';
import type { Resolution } from '../corpus/parse.ts';
import { splitDocument } from '../documents/split.ts';
import {
  documentOf,
  documentPassageId,
  termNumber,
  type UserDocument,
  type UserTerm,
} from '../documents/types.ts';
import type { Matcher } from '../match/matcher.ts';
import { fold } from '../text/search-fold.ts';
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

/** What the index reads of a reader's document and its kept terms (db/documents.ts). */
export interface IndexedDocument {
  document: Pick<UserDocument, 'id' | 'text' | 'added'> & { updated?: number };
  terms: readonly Pick<UserTerm, 'id' | 'name' | 'forms' | 'passageIds'>[];
}

/**
 * One document per sentence of a reader's document (`doc-x.p3.s6`, linked to the document's terms
 * it holds, as `UserTerm.passageIds` says), then one per kept term: its name, then its other forms
 * (Traditional or Simplified, English). All in the document's group (`added`): after the
 * resolution's and the glossary's, whatever the order documents were added to the index in.
 */
export function documentDocs(doc: IndexedDocument): SearchDoc[] {
  const { id, text, added } = doc.document;
  const linked = new Map<string, string[]>();
  for (const term of doc.terms) {
    for (const p of term.passageIds) {
      const ids = linked.get(p);
      if (ids) ids.push(term.id);
      else linked.set(p, [term.id]);
    }
  }
  const out: SearchDoc[] = [];
  for (const p of splitDocument(text)) {
    for (const s of p.sentences) {
      const passageId = documentPassageId(id, s.id);
      out.push({
        kind: 'passage',
        id: passageId,
        fields: [s.text],
        termIds: linked.get(passageId) ?? [],
        rank: out.length,
        group: added,
      });
    }
  }
  for (const term of doc.terms) {
    const forms = term.forms.map((f) => f.form).filter((f) => f !== term.name);
    out.push({
      kind: 'term',
      id: term.id,
      fields: [term.name, ...new Set(forms)],
      termIds: [term.id],
      rank: termNumber(term.id),
      group: added,
    });
  }
  return out;
}

/** What decides a document's records: its text (through `updated`, every save sets it), its terms. */
const recordsKey = ({ document, terms }: IndexedDocument): string =>
  JSON.stringify([document.updated ?? document.text, document.added, document.text.length, terms]);

/**
 * Keeps the reader's documents' records in an index in step with the documents as stored: each
 * `sync` adds the records of a document added or changed (after removing its old ones) and
 * removes those of a document deleted; the others are left as they are.
 */
export class DocumentRecords {
  private readonly seen = new Map<string, { key: string; docs: SearchDoc[] }>();
  private readonly index: SearchIndex;
  constructor(index: SearchIndex) {
    this.index = index;
  }

  /** Brings the index to `all` (every document there is); false when nothing changed. */
  sync(all: readonly IndexedDocument[]): boolean {
    let changed = false;
    const ids = new Set<string>();
    for (const doc of all) {
      const id = doc.document.id;
      ids.add(id);
      const key = recordsKey(doc);
      const old = this.seen.get(id);
      if (old?.key === key) continue;
      for (const d of old?.docs ?? []) this.index.remove(d.kind, d.id);
      const docs = documentDocs(doc);
      for (const d of docs) this.index.add(d);
      this.seen.set(id, { key, docs });
      changed = true;
    }
    for (const [id, old] of this.seen) {
      if (ids.has(id)) continue;
      for (const d of old.docs) this.index.remove(d.kind, d.id);
      this.seen.delete(id);
      changed = true;
    }
    return changed;
  }
}

/** Where a document term's forms occur in `text` (folded, as its passages were found). */
export function formRanges(
  text: string,
  forms: readonly string[],
): { start: number; end: number }[] {
  const folded = fold(text);
  const out: { start: number; end: number }[] = [];
  for (const form of forms) {
    const key = fold(form);
    if (key === '') continue;
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length))
      out.push({ start: at, end: at + key.length });
  }
  return out;
}

/**
 * The index over the corpus, the glossary, the reader's documents and the notes. Terms are marked
 * by the matcher; a document's terms by their forms, as the index holds them now.
 */
export function corpusIndex(
  resolution: Resolution,
  glossary: readonly Term[],
  matcher: Matcher,
  notes: readonly IndexedNote[] = [],
  english?: Translate,
  documents: readonly IndexedDocument[] = [],
): SearchIndex {
  const options: IndexOptions = {
    termRanges: (text, termId) =>
      documentOf(termId)
        ? formRanges(text, index.get('term', termId)?.fields ?? [])
        : matcher.find(text).filter((m) => m.termId === termId),
  };
  const index: SearchIndex = new SearchIndex(
    [
      ...passageDocs(resolution, matcher, english),
      ...termDocs(glossary),
      ...documents.flatMap(documentDocs),
      ...notes.map(noteDoc),
    ],
    options,
  );
  return index;
}
