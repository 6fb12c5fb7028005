import { useEffect } from 'preact/hooks';
import { glossary, termById } from '../../corpus/glossary.ts';
import { allSources, allTags, queryNotes } from '../../db/notes.ts';
import { t } from '../../i18n/t.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';
import { NoteList } from '../notes/NoteCard.tsx';
import type { Route } from '../router.ts';

type NotesRoute = Extract<Route, { view: 'notes' }>;

/** All notes, filtered by term, tag or page, newest change first. */
export function NotesView({ route }: { route: NotesRoute }) {
  const { db, router } = usePanel();
  const { termId, tag, url, noteId } = route;
  const filter = {
    ...(termId ? { termId } : {}),
    ...(tag ? { tag } : {}),
    ...(url ? { url } : {}),
  };
  const notes = useLiveQuery(() => queryNotes(db, filter), [termId, tag, url]);
  const tags = useLiveQuery(() => allTags(db), []);
  const sources = useLiveQuery(() => allSources(db), []);
  const termsInUse = useLiveQuery(
    async () => (await db.notes.orderBy('termIds').uniqueKeys()).map(String),
    [],
  );

  useEffect(() => {
    if (!noteId || !notes) return;
    document.getElementById(`note-${noteId}`)?.scrollIntoView({ block: 'center' });
  }, [noteId, notes]);

  const set = (change: Partial<NotesRoute>) => {
    const next: NotesRoute = { view: 'notes', termId, tag, url, ...change };
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
          <span class="label">{t('filterTerm')}</span>
          <select
            value={termId ?? ''}
            onChange={(e) => set({ termId: (e.target as HTMLSelectElement).value })}
          >
            <option value="">{t('filterAny')}</option>
            {glossary
              .filter((x) => termsInUse?.includes(x.id) || x.id === termId)
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {x.canonical}
                </option>
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
          termId && termById(termId)
            ? { termIds: [termId], ...(tag ? { tags: [tag] } : {}) }
            : tag
              ? { tags: [tag] }
              : {}
        }
      />
    </section>
  );
}
