/**
 * One document with its terms as one JSON file (`format: 'nansha-lens-document'`, version 1):
 * export, and import that validates the whole file first and then adds it in one transaction
 * (a title another document has gets " (2)", an id another has gets a new id).
 */
import { DOCUMENT_LIMITS } from '../documents/types.ts';
import { t } from '../i18n/t.ts';
import { checkDocumentRecord, termErrorMessage } from './document-schema.ts';
import { DocumentError, type DocumentWithTerms, getDocument, placeDocuments } from './documents.ts';
import { guardWrite } from './errors.ts';
import type { NanshaDb } from './types.ts';
import { ImportError, MAX_IMPORT_BYTES, tooLarge } from './validate.ts';

export const DOCUMENT_FORMAT = 'nansha-lens-document';
export const DOCUMENT_VERSION = 1;

/** The file's text for one document and its terms. */
export function documentFileText(doc: DocumentWithTerms, now = Date.now()): string {
  return JSON.stringify(
    {
      format: DOCUMENT_FORMAT,
      version: DOCUMENT_VERSION,
      exportedAt: now,
      document: doc.document,
      terms: doc.terms,
    },
    null,
    2,
  );
}

/** A document's file text, or undefined when it is gone. */
export async function exportDocument(
  db: NanshaDb,
  id: string,
  now = Date.now(),
): Promise<string | undefined> {
  const doc = await getDocument(db, id);
  return doc && documentFileText(doc, now);
}

/** Parses and checks a document file's text; throws ImportError naming every problem. */
export function parseDocumentFile(text: string): DocumentWithTerms {
  if (text.length > MAX_IMPORT_BYTES) throw tooLarge(text.length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError([t('importNotJson', (error as Error).message)]);
  }
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (record.format !== DOCUMENT_FORMAT) throw new ImportError([t('importNotDocument')]);
  if (record.version !== DOCUMENT_VERSION) {
    throw new ImportError([
      t('importWrongVersion', [String(record.version), String(DOCUMENT_VERSION)]),
    ]);
  }
  const problems: string[] = [];
  const doc = checkDocumentRecord(record, '', problems);
  if (!doc) throw new ImportError(problems);
  return doc;
}

/** Adds a parsed document (see parseDocumentFile); returns it as stored (its title, its id). */
export async function importDocument(
  db: NanshaDb,
  doc: DocumentWithTerms,
): Promise<DocumentWithTerms> {
  try {
    return await guardWrite(() =>
      db.transaction('rw', db.documents, db.documentTerms, async () => {
        const { added } = await placeDocuments(db, [doc], false);
        return added[0] as DocumentWithTerms;
      }),
    );
  } catch (error) {
    if (error instanceof DocumentError && error.code === 'too-many-documents') {
      throw new ImportError([documentErrorMessage(error)]);
    }
    throw error;
  }
}

/** Reads a document file (refused by size before it is read), checks it and adds it. */
export async function importDocumentFile(db: NanshaDb, file: Blob): Promise<DocumentWithTerms> {
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge(file.size);
  return importDocument(db, parseDocumentFile(await file.text()));
}

/** A DocumentError in words. */
export function documentErrorMessage(error: DocumentError): string {
  switch (error.code) {
    case 'empty-title':
      return t('documentEmptyTitle');
    case 'empty-text':
      return t('documentEmptyText');
    case 'text-too-long':
      return t('documentTooLong', DOCUMENT_LIMITS.textChars.toLocaleString('en'));
    case 'duplicate-title':
      return t('documentDuplicateTitle');
    case 'too-many-documents':
      return t('documentTooMany', DOCUMENT_LIMITS.documents);
    case 'too-many-terms':
      return t('documentTooManyTerms', DOCUMENT_LIMITS.termsPerDocument);
    case 'not-found':
      return t('documentNotFound');
    case 'bad-term':
    case 'bad-form':
      return termErrorMessage(error.termError ?? 'empty', error.term ?? '');
  }
}
