import { useEffect } from 'preact/hooks';
import { glossary, termById } from '../../corpus/glossary.ts';
import { listDocuments } from '../../db/documents.ts';
import { allSources, allTags, queryNotes, RESOLUTION } from '../../db/notes.ts';
import { documentOf } from '../../documents/types.ts';
import { t } from '../../i18n/t.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';
import { useDocumentLabels } from '../documents/labels.ts';
import { NoteList } from '../notes/NoteCard.tsx';
import type { Route } from '../router.ts';

type NotesRoute = Extract<Route, { view: 'notes' }>;

/** All notes, filtered by document, term, tag or page, newest change first. */
export function NotesView({ route }: { route: NotesRoute }) {
  const { db, router } = usePanel();
  const { termId, tag, url, docId, noteId } = route;
  const filter = {
    ...(termId ? { termId } : {}),
    ...(tag ? { tag } : {}),
    ...(url ? { url } : {}),
    ...(docId ? { docId } : {}),
  };
  const notes = useLiveQuery(() => queryNotes(db, filter), [termId, tag, url, docId]);
  const tags = useLiveQuery(() => allTags(db), []);
  const sources = useLiveQuery(() => allSources(db), []);
  const documents = useLiveQuery(() => listDocuments(db), []);
  const termsInUse = useLiveQuery(
    async () => (await db.notes.orderBy('termIds').uniqueKeys()).map(String),
    [],
  );
  // The reader's document terms that notes name, by name (a deleted document's are left out).
  const docTermIds = (termsInUse ?? []).filter((id) => documentOf(id) !== undefined);
  const labels = useDocumentLabels(docTermIds);
  const inDocument = (id: string) => !docId || (documentOf(id) ?? RESOLUTION) === docId;
  const docTerms = (documents ?? []).map((d) => ({
    doc: d,
    terms: docTermIds.filter(
      (id) =>
        documentOf(id) === d.id &&
        inDocument(id) &&
        (id === termId || labels.get(id)?.orphan === false),
    ),
  }));

  useEffect(() => {
    if (!noteId || !notes) return;
    document.getElementById(`note-${noteId}`)?.scrollIntoView({ block: 'center' });
  }, [noteId, notes]);

  const set = (change: Partial<NotesRoute>) => {
    const next: NotesRoute = { view: 'notes', termId, tag, url, docId, ...change };
    router.replace(
      Object.fromEntries(
        Object.entries(next).filter(([, v]) => v !== undefined && v !== ''),
      ) as NotesRoute,
    );
  };

  return (
    <section class="notes-view" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notesTitle')}</h2>
      <div class="filters">
        <label>
          <span class="label">{t('filterDocument')}</span>
          <select
            value={docId ?? ''}
            onChange={(e) => {
              const next = (e.target as HTMLSelectElement).value;
              // A term of another document would leave nothing to show.
              set({
                docId: next,
                ...(termId && next && !((documentOf(termId) ?? RESOLUTION) === next)
                  ? { termId: '' }
                  : {}),
              });
            }}
          >
            <option value="">{t('filterAny')}</option>
            <option value={RESOLUTION}>{t('filterResolution')}</option>
            {(documents ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="label">{t('filterTerm')}</span>
          <select
            value={termId ?? ''}
            onChange={(e) => set({ termId: (e.target as HTMLSelectElement).value })}
          >
            <option value="">{t('filterAny')}</option>
            {glossary
              .filter((x) => (termsInUse?.includes(x.id) && inDocument(x.id)) || x.id === termId)
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {x.canonical}
                </option>
              ))}
            {docTerms
              .filter((g) => g.terms.length > 0)
              .map((g) => (
                <optgroup key={g.doc.id} label={g.doc.title}>
                  {g.terms.map((id) => (
                    <option key={id} value={id}>
                      {labels.get(id)?.label ?? id}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </label>
        <label>
          <span class="label">{t('filterTag')}</span>
          <select
            value={tag ?? ''}
            onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value })}
          >
            <option value="">{t('filterAny')}</option>
            {(tags ?? []).map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="label">{t('filterPage')}</span>
          <select
            value={url ?? ''}
            onChange={(e) => set({ url: (e.target as HTMLSelectElement).value })}
          >
            <option value="">{t('filterAny')}</option>
            {(sources ?? []).map((x) => (
              <option key={x.url} value={x.url}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <NoteList
        notes={notes}
        highlight={noteId}
        draft={
          termId && (termById(termId) || labels.get(termId)?.orphan === false)
            ? { termIds: [termId], ...(tag ? { tags: [tag] } : {}) }
            : tag
              ? { tags: [tag] }
              : {}
        }
      />
    </section>
  );
}
