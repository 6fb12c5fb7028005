/**
 * The reader's own documents and their kept terms (issue 15). Every write runs in one Dexie
 * transaction through `guardWrite`; every refusal is a DocumentError with a code, thrown before
 * anything is written. Notes that name a deleted document's terms stay (shown as orphaned).
 */
import {
  foldedSentences,
  type ScriptConverter,
  splitForms,
  termForms,
  termPassages,
} from '../documents/forms.ts';
import { splitDocument } from '../documents/split.ts';
import {
  DOCUMENT_COLOURS,
  DOCUMENT_LIMITS,
  type DocumentId,
  type DocumentSource,
  termNumber,
  type UserDocument,
  type UserTerm,
} from '../documents/types.ts';
import { type TermError, validateTerm } from '../documents/validate.ts';
import { fold } from '../text/search-fold.ts';
import { guardWrite } from './errors.ts';
import type { NanshaDb } from './types.ts';

export type DocumentErrorCode =
  | 'empty-title'
  | 'empty-text'
  | 'text-too-long'
  | 'duplicate-title'
  | 'too-many-documents'
  | 'too-many-terms'
  /** A kept term's name fails validateTerm (`term`, `termError`). */
  | 'bad-term'
  /** One of a term's English forms fails validateTerm (`term` is the form). */
  | 'bad-form'
  | 'not-found';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    readonly term?: string,
    readonly termError?: TermError,
  ) {
    super(term === undefined ? code : `${code}: ${term} (${termError})`);
    this.name = 'DocumentError';
  }
}

/** A term as the reader kept it in the review: its name and the English forms typed for it. */
export interface TermInput {
  name: string;
  /** English forms; a string is split at commas and semicolons. */
  english?: readonly string[] | string;
}

export interface DocumentInput {
  /** An existing document's id: it is replaced (its terms keep their ids where the name stays). */
  id?: DocumentId;
  title: string;
  text: string;
  source: DocumentSource;
  terms: readonly TermInput[];
}

export interface DocumentWithTerms {
  document: UserDocument;
  terms: UserTerm[];
}

/** A document in the list: no text, its size and term count instead. */
export interface DocumentSummary extends Omit<UserDocument, 'text'> {
  chars: number;
  termCount: number;
}

/** Titles are compared folded (case, width, Traditional/Simplified), spaces made one. */
export const titleKey = (title: string): string => fold(title.trim().replace(/\s+/g, ' '));

/** `doc-` and 8 random base-36 characters. */
export function newDocumentId(): DocumentId {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `doc-${[...bytes].map((b) => (b % 36).toString(36)).join('')}`;
}

/** Checks the title and text; throws a DocumentError. */
export function checkTitleAndText(title: string, text: string): void {
  if (title.trim() === '') throw new DocumentError('empty-title');
  if (text.trim() === '') throw new DocumentError('empty-text');
  if (text.length > DOCUMENT_LIMITS.textChars) throw new DocumentError('text-too-long');
}

/** The terms' names and English forms checked (validateTerm) and trimmed; throws a DocumentError. */
export function checkTerms(terms: readonly TermInput[]): { name: string; english: string[] }[] {
  if (terms.length > DOCUMENT_LIMITS.termsPerDocument) throw new DocumentError('too-many-terms');
  const names: string[] = [];
  return terms.map((input) => {
    const check = validateTerm(input.name, names);
    if (!check.ok) throw new DocumentError('bad-term', input.name, check.error);
    names.push(check.term);
    const typed =
      typeof input.english === 'string' ? splitForms(input.english) : (input.english ?? []);
    const english: string[] = [];
    for (const form of typed) {
      const f = validateTerm(form, english);
      // The same form typed twice is kept once; anything else wrong is refused.
      if (!f.ok && f.error === 'duplicate') continue;
      if (!f.ok) throw new DocumentError('bad-form', form, f.error);
      english.push(f.term);
    }
    return { name: check.term, english };
  });
}

/** The colour used least by the other documents (the first such, in order). */
function nextColour(others: readonly UserDocument[]): number {
  const uses = DOCUMENT_COLOURS.map((_, i) => others.filter((d) => d.colour === i).length);
  return uses.indexOf(Math.min(...uses));
}

/**
 * Saves a new document, or replaces one (`input.id`), with its kept terms. Each term's forms are
 * its name, the name in the other Chinese script (`convert`) and the English forms typed; its
 * passages are the sentences holding a form. Refused whole (a DocumentError, nothing written):
 * no title or text, text over the limit, a title another document has, more documents or terms
 * than the limits, a term or form that fails validateTerm.
 */
export async function saveDocument(
  db: NanshaDb,
  input: DocumentInput,
  convert: ScriptConverter,
  now = Date.now(),
): Promise<DocumentWithTerms> {
  const title = input.title.trim().replace(/\s+/g, ' ');
  checkTitleAndText(title, input.text);
  const kept = checkTerms(input.terms);
  const sentences = foldedSentences(splitDocument(input.text));
  const prepared = kept.map((term) => ({
    ...term,
    forms: termForms(term.name, term.english, convert),
  }));

  return guardWrite(() =>
    db.transaction('rw', db.documents, db.documentTerms, db.notes, async () => {
      const all = await db.documents.toArray();
      const old = input.id ? all.find((d) => d.id === input.id) : undefined;
      if (input.id && !old) throw new DocumentError('not-found');
      const others = all.filter((d) => d.id !== input.id);
      if (others.some((d) => titleKey(d.title) === titleKey(title))) {
        throw new DocumentError('duplicate-title');
      }
      if (!old && others.length >= DOCUMENT_LIMITS.documents) {
        throw new DocumentError('too-many-documents');
      }
      const id = old?.id ?? newDocumentId();
      // A term kept under the same name keeps its id (notes name it); a new one never takes
      // a number a removed term or a note used.
      const oldTerms = old ? await db.documentTerms.where('docId').equals(id).toArray() : [];
      const idByName = new Map(oldTerms.map((t) => [titleKey(t.name), t.id]));
      let next = old ? (await lastTermNumber(db, old, oldTerms)) + 1 : 1;
      const terms: UserTerm[] = prepared.map((term) => ({
        id: idByName.get(titleKey(term.name)) ?? `${id}.t${next++}`,
        docId: id,
        name: term.name,
        forms: term.forms,
        passageIds: termPassages(id, sentences, term.forms),
      }));
      const document: UserDocument = {
        id,
        title,
        text: input.text,
        source: input.source,
        added: old?.added ?? now,
        updated: now,
        enabled: old?.enabled ?? true,
        colour: old?.colour ?? nextColour(others),
        termSeq: next - 1,
      };
      await db.documents.put(document);
      if (oldTerms.length > 0) await db.documentTerms.bulkDelete(oldTerms.map((t) => t.id));
      if (terms.length > 0) await db.documentTerms.bulkAdd(terms);
      return { document, terms };
    }),
  );
}

/**
 * Inside a transaction over documents, terms and notes: the highest term number `doc` has given
 * (its `termSeq`, its terms', the numbers its notes name), so that a new term never takes it.
 */
async function lastTermNumber(
  db: NanshaDb,
  doc: UserDocument,
  terms: readonly UserTerm[],
): Promise<number> {
  const noted = await db.notes.where('termIds').startsWith(`${doc.id}.`).toArray();
  return Math.max(
    0,
    doc.termSeq ?? 0,
    ...terms.map((t) => termNumber(t.id)),
    ...noted.flatMap((n) => n.termIds.filter((t) => t.startsWith(`${doc.id}.`)).map(termNumber)),
  );
}

/**
 * Adds a term to a saved document (its view's Add term): checked as in the review (validateTerm
 * against the document's other terms, the English forms too), its forms generated as a save
 * makes them, under the next number the document has never given. Refused whole with a
 * DocumentError (nothing written).
 */
export async function addDocumentTerm(
  db: NanshaDb,
  docId: DocumentId,
  input: TermInput,
  convert: ScriptConverter,
  now = Date.now(),
): Promise<UserTerm> {
  const [checked] = checkTerms([input]);
  if (!checked) throw new DocumentError('bad-term', input.name, 'empty');
  const forms = termForms(checked.name, checked.english, convert);
  return guardWrite(() =>
    db.transaction('rw', db.documents, db.documentTerms, db.notes, async () => {
      const doc = await db.documents.get(docId);
      if (!doc) throw new DocumentError('not-found');
      const terms = await db.documentTerms.where('docId').equals(docId).toArray();
      const check = validateTerm(
        checked.name,
        terms.map((t) => t.name),
      );
      if (!check.ok) throw new DocumentError('bad-term', checked.name, check.error);
      if (terms.length >= DOCUMENT_LIMITS.termsPerDocument) {
        throw new DocumentError('too-many-terms');
      }
      const n = (await lastTermNumber(db, doc, terms)) + 1;
      const sentences = foldedSentences(splitDocument(doc.text));
      const term: UserTerm = {
        id: `${docId}.t${n}`,
        docId,
        name: checked.name,
        forms,
        passageIds: termPassages(docId, sentences, forms),
      };
      await db.documentTerms.add(term);
      await db.documents.update(docId, { termSeq: n, updated: now });
      return term;
    }),
  );
}

/**
 * Removes one term from its document. Its number is never given again (`termSeq`); notes that
 * name it stay, shown as on a removed term. False when the term was not there.
 */
export async function removeDocumentTerm(
  db: NanshaDb,
  termId: string,
  now = Date.now(),
): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', db.documents, db.documentTerms, db.notes, async () => {
      const term = await db.documentTerms.get(termId);
      const doc = term && (await db.documents.get(term.docId));
      if (!term || !doc) return false;
      const terms = await db.documentTerms.where('docId').equals(doc.id).toArray();
      const seq = await lastTermNumber(db, doc, terms);
      await db.documentTerms.delete(termId);
      await db.documents.update(doc.id, { termSeq: seq, updated: now });
      return true;
    }),
  );
}

/** Every document of the reader's, oldest first, without its text. */
export async function listDocuments(db: NanshaDb): Promise<DocumentSummary[]> {
  return db.transaction('r', db.documents, db.documentTerms, async () => {
    const docs = await db.documents.orderBy('added').toArray();
    return Promise.all(
      docs.map(async ({ text, ...doc }) => ({
        ...doc,
        chars: text.length,
        termCount: await db.documentTerms.where('docId').equals(doc.id).count(),
      })),
    );
  });
}

/** A document with its terms (in the order kept), or undefined. */
export async function getDocument(
  db: NanshaDb,
  id: DocumentId,
): Promise<DocumentWithTerms | undefined> {
  return db.transaction('r', db.documents, db.documentTerms, async () => {
    const document = await db.documents.get(id);
    if (!document) return undefined;
    const terms = await db.documentTerms.where('docId').equals(id).toArray();
    return { document, terms: terms.sort((a, b) => termNumber(a.id) - termNumber(b.id)) };
  });
}

/** Every document with its terms (the full export, backups). */
export async function allDocuments(db: NanshaDb): Promise<DocumentWithTerms[]> {
  const [docs, terms] = await Promise.all([
    db.documents.orderBy('added').toArray(),
    db.documentTerms.toArray(),
  ]);
  return docs.map((document) => ({
    document,
    terms: terms
      .filter((t) => t.docId === document.id)
      .sort((a, b) => termNumber(a.id) - termNumber(b.id)),
  }));
}

/** Highlighting of a document's terms on pages, on or off. */
export async function setDocumentEnabled(
  db: NanshaDb,
  id: DocumentId,
  enabled: boolean,
): Promise<void> {
  const changed = await guardWrite(() => db.documents.update(id, { enabled }));
  if (changed === 0 && !(await db.documents.get(id))) throw new DocumentError('not-found');
}

/** Deletes a document and its terms; notes naming its terms stay. False when it was not there. */
export async function deleteDocument(db: NanshaDb, id: DocumentId): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', db.documents, db.documentTerms, async () => {
      const there = (await db.documents.get(id)) !== undefined;
      await db.documentTerms.where('docId').equals(id).delete();
      await db.documents.delete(id);
      return there;
    }),
  );
}

/** Deletes every document and term (inside a caller's transaction over both tables, or alone). */
export async function deleteAllDocuments(db: NanshaDb): Promise<void> {
  await db.documentTerms.clear();
  await db.documents.clear();
}

/** `title`, or `title (2)`, `title (3)`… : the first whose folded key is not in `taken`. */
export function freeTitle(title: string, taken: ReadonlySet<string>): string {
  if (!taken.has(titleKey(title))) return title;
  for (let n = 2; ; n++) {
    const candidate = `${title} (${n})`;
    if (!taken.has(titleKey(candidate))) return candidate;
  }
}

/** The same document and terms under another id (term and passage ids follow). */
export function withDocumentId(doc: DocumentWithTerms, id: DocumentId): DocumentWithTerms {
  const old = doc.document.id;
  const move = (s: string) => (s.startsWith(`${old}.`) ? `${id}${s.slice(old.length)}` : s);
  return {
    document: { ...doc.document, id },
    terms: doc.terms.map((t) => ({
      ...t,
      id: move(t.id),
      docId: id,
      passageIds: t.passageIds.map(move),
    })),
  };
}

/**
 * Inside a rw transaction over documents and terms: adds imported documents. A title another
 * document has gets " (2)"; an id another has gets a new id (`keepSameId`: unless it is the
 * same document, which is then replaced when the imported one is newer). Counts what it did.
 */
export async function placeDocuments(
  db: NanshaDb,
  incoming: readonly DocumentWithTerms[],
  sameIdReplaces: boolean,
): Promise<{ added: DocumentWithTerms[]; updated: number; unchanged: number }> {
  const all = await db.documents.toArray();
  const byId = new Map(all.map((d) => [d.id, d]));
  const titles = new Set(all.map((d) => titleKey(d.title)));
  const added: DocumentWithTerms[] = [];
  let updated = 0;
  let unchanged = 0;
  for (let doc of incoming) {
    const old = byId.get(doc.document.id);
    if (old && sameIdReplaces) {
      if (doc.document.updated <= old.updated) {
        unchanged++;
        continue;
      }
      titles.delete(titleKey(old.title));
      const title = freeTitle(doc.document.title, titles);
      titles.add(titleKey(title));
      await db.documentTerms.where('docId').equals(old.id).delete();
      await db.documents.put({ ...doc.document, title });
      if (doc.terms.length > 0) await db.documentTerms.bulkAdd(doc.terms);
      updated++;
      continue;
    }
    if (old) {
      let id = newDocumentId();
      while (byId.has(id)) id = newDocumentId();
      doc = withDocumentId(doc, id);
    }
    if (byId.size >= DOCUMENT_LIMITS.documents) throw new DocumentError('too-many-documents');
    const title = freeTitle(doc.document.title, titles);
    titles.add(titleKey(title));
    const document = { ...doc.document, title };
    byId.set(document.id, document);
    await db.documents.add(document);
    if (doc.terms.length > 0) await db.documentTerms.bulkAdd(doc.terms);
    added.push({ document, terms: doc.terms });
  }
  return { added, updated, unchanged };
}
