import { glossary } from '../../corpus/glossary.ts';
import { passageIn } from '../../corpus/passage-language.ts';
import { documentOf, sortTerms } from '../../documents/types.ts';
import { t } from '../../i18n/t.ts';
import { type FormsOf, sharedWith } from '../../match/shared-terms.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';

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
  const ids = docs.map((d) => d.id);
  const kept = sortTerms(
    terms.filter((x) => ids.includes(x.docId)),
    ids,
  ).map((x) => ({ id: x.id, canonical: x.name, variants: x.forms }));
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
