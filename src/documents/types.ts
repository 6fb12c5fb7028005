/**
 * A reader's own documents (issue 15): what the panel stores (src/db, Dexie), what the background
 * compiles for pages, and what the lens highlights. The resolution stays the built-in first
 * document (the glossary); these types are for the reader's own.
 */
import type { Script } from '../corpus/glossary.ts';

/** `doc-` and 8 base-36 characters; kept across export and import (a clash gets a new one). */
export type DocumentId = string;

export interface DocumentSource {
  kind: 'paste' | 'file' | 'page';
  /** A file's name. */
  name?: string;
  /** The page's URL ("Use this page"). */
  url?: string;
}

export interface UserDocument {
  id: DocumentId;
  /** Unique among the reader's documents (compared folded: case, width, Traditional). */
  title: string;
  /** Plain text as stored and shown (HTML is kept as its text, never as markup). */
  text: string;
  source: DocumentSource;
  /** ms since the epoch. */
  added: number;
  updated: number;
  /** Highlighted on pages (the reader's switch per document). */
  enabled: boolean;
  /** Index into DOCUMENT_COLOURS. */
  colour: number;
  /**
   * The highest term number given so far (`doc-x.t12` → 12): a term added later takes the next,
   * never a removed term's (notes and sightings keep naming the removed one). Missing before
   * terms could be edited: then the terms' and notes' numbers stand for it.
   */
  termSeq?: number;
}

export interface UserTermForm {
  form: string;
  script: Script;
}

export interface UserTerm {
  /** `${docId}.t${n}`: a note's termIds and a page report's termId hold it. */
  id: string;
  docId: DocumentId;
  /** As the reader kept it: shown on the card, in lists and as the term's name. */
  name: string;
  /**
   * Every form matched: the name, its Traditional or Simplified counterpart (generated), and the
   * English forms the reader typed.
   */
  forms: UserTermForm[];
  /** The document's sentences that use it, as `${docId}.p3.s6`. */
  passageIds: string[];
}

/** The number of a term id (`doc-x.t12` → 12), or 0: terms in the order the reader kept them. */
export const termNumber = (id: string): number => Number(/\.t(\d+)$/.exec(id)?.[1] ?? 0);

/** Terms in their documents' order (`docIds`), each document's in the order kept; sorts in place. */
export function sortTerms<T extends { id: string; docId: string }>(
  terms: T[],
  docIds: readonly string[],
): T[] {
  const order = new Map(docIds.map((d, i) => [d, i]));
  return terms.sort(
    (a, b) =>
      (order.get(a.docId) ?? 0) - (order.get(b.docId) ?? 0) || termNumber(a.id) - termNumber(b.id),
  );
}

/** A document's passage id (`doc-x1y2z3w4.p3.s6`) from the document and a sentence id. */
export const documentPassageId = (docId: DocumentId, sentenceId: string): string =>
  `${docId}.${sentenceId}`;

/** The document a term or passage id belongs to, or undefined for the resolution's own ids. */
export function documentOf(id: string): DocumentId | undefined {
  const m = /^(doc-[0-9a-z]{8})\./.exec(id);
  return m ? m[1] : undefined;
}

/** One colour per document, in turn (the resolution's categories keep theirs). */
export const DOCUMENT_COLOURS = ['#c2185b', '#6a1b9a', '#00838f', '#ef6c00', '#2e7d32'] as const;

/** Limits a reader meets (each with its own message): text size, terms per document. */
export const DOCUMENT_LIMITS = {
  /** Characters of text (a 10 MB paste or file is refused, with a message). */
  textChars: 1_000_000,
  /** Bytes of a file before it is read (PDF and .docx included). */
  fileBytes: 4 * 1024 * 1024,
  termsPerDocument: 500,
  documents: 50,
} as const;

/** Why "Use this page" found no text to add (each has its own message in the panel). */
export type PageArticleError = 'not-a-page' | 'pdf' | 'cannot-read' | 'no-article' | 'too-long';

/** What "Use this page" reads from the reader's tab (src/page/article.ts). */
export type PageArticle =
  | { ok: true; title: string; text: string; url: string; lang: string }
  | { ok: false; error: PageArticleError };
