/**
 * How a note names the reader's document terms and sentences (its chips), read live from the
 * database: a term's name, a sentence as "Title · ¶3 sentence 2", and — once the document is
 * deleted, or the term removed from it — that it was (the note itself stays).
 */
import { type DocumentWithTerms, getDocument } from '../../db/documents.ts';
import { documentOf } from '../../documents/types.ts';
import { t } from '../../i18n/t.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';

export interface DocumentLabel {
  label: string;
  /** The document is gone: the link leads nowhere. */
  orphan: boolean;
}

/** Labels of the document ids among `ids` (term or passage ids); others are not in the map. */
export function useDocumentLabels(ids: readonly string[]): Map<string, DocumentLabel> {
  const { db } = usePanel();
  const docIds = [...new Set(ids.map(documentOf).filter((d): d is string => d !== undefined))];
  const docs = useLiveQuery(
    async () =>
      new Map<string, DocumentWithTerms | undefined>(
        await Promise.all(docIds.map(async (d) => [d, await getDocument(db, d)] as const)),
      ),
    [docIds.join(' ')],
  );
  const out = new Map<string, DocumentLabel>();
  if (docIds.length === 0 || docs === undefined) return out;
  for (const id of ids) {
    const docId = documentOf(id);
    if (docId === undefined) continue;
    const doc = docs.get(docId);
    if (!doc) {
      out.set(id, { label: t('fromDeletedDocument'), orphan: true });
      continue;
    }
    const where = /\.p(\d+)\.s(\d+)$/.exec(id);
    if (where) {
      out.set(id, {
        label: `${doc.document.title} · ${t('paragraphSentence', [where[1] ?? '', where[2] ?? ''])}`,
        orphan: false,
      });
    } else {
      const term = doc.terms.find((x) => x.id === id);
      out.set(
        id,
        term
          ? { label: term.name, orphan: false }
          : { label: t('termRemovedFrom', doc.document.title), orphan: true },
      );
    }
  }
  return out;
}
