import { glossary } from '../../corpus/glossary.ts';
import { passageIn } from '../../corpus/passage-language.ts';
import { documentOf } from '../../documents/types.ts';
import { t } from '../../i18n/t.ts';
import { type FormsOf, sharedWith } from '../../match/shared-terms.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';

/** `doc-x.t12` → 12. */
const termNumber = (id: string) => Number(/\.t(\d+)$/.exec(id)?.[1] ?? 0);

/**
 * "Also in:" the other documents that keep the same term (the same folded form: the resolution,
 * the reader's documents, switched on or off), each a link to that document's term view
 * (docs/decisions/103-shared-and-edited-terms.md).
 */
export function AlsoIn({ term }: { term: FormsOf }) {
  const { db, router } = usePanel();
  const stored = useLiveQuery(
    () => Promise.all([db.documents.orderBy('added').toArray(), db.documentTerms.toArray()]),
    [],
  );
  if (!stored) return null;
  const [docs, terms] = stored;
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const kept = terms
    .filter((x) => order.has(x.docId))
    .sort((a, b) =>
      a.docId === b.docId
        ? termNumber(a.id) - termNumber(b.id)
        : (order.get(a.docId) ?? 0) - (order.get(b.docId) ?? 0),
    )
    .map((x) => ({ id: x.id, canonical: x.name, variants: x.forms }));
  const others: FormsOf[] = [...(documentOf(term.id) ? glossary : []), ...kept];
  const shared = sharedWith(term, others);
  if (shared.length === 0) return null;
  const titleOf = (id: string) => {
    const doc = documentOf(id);
    return doc === undefined
      ? (passageIn('title', 'original')?.text ?? '')
      : (docs.find((d) => d.id === doc)?.title ?? '');
  };
  return (
    <p class="also-in">
      {t('alsoIn')}{' '}
      {shared.map((other, i) => (
        <span key={other.id}>
          {i > 0 ? ' · ' : null}
          <button
            type="button"
            class="link"
            onClick={() => router.go({ view: 'term', termId: other.id })}
          >
            {titleOf(other.id)}
          </button>
        </span>
      ))}
    </p>
  );
}
