import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { glossary } from '../corpus/glossary.ts';
import { writeFailureMessage } from '../db/errors.ts';
import { deleteNote, restoreNote } from '../db/notes.ts';
import type { NanshaDb, Note } from '../db/schema.ts';
import { t } from '../i18n/t.ts';
import { createMatcher } from '../match/matcher.ts';
import { draftItem, openNoteItem } from '../messaging/handoff.ts';
import { sendToTab } from '../messaging/send.ts';
import { useStorageItem } from '../ui/use-storage-item.ts';
import { type Panel, PanelContext } from './context.ts';
import { type Route, useRouter, type View } from './router.ts';
import { useFocus } from './use-focus.ts';
import { useSearchIndex } from './use-search-index.ts';
import { AddDocumentView } from './views/AddDocumentView.tsx';
import { ComposeView } from './views/ComposeView.tsx';
import { DocumentsView } from './views/DocumentsView.tsx';
import { DocumentView } from './views/DocumentView.tsx';
import { NotesDataView } from './views/NotesDataView.tsx';
import { NotesView } from './views/NotesView.tsx';
import { PageView, targetTab } from './views/PageView.tsx';
import { SearchView } from './views/SearchView.tsx';
import { TermView } from './views/TermView.tsx';
import { UserDocumentView } from './views/UserDocumentView.tsx';

/** The page in the browser underlines its notes' quotes: tell it they changed. */
async function refreshPageNotes(): Promise<void> {
  const tabId = await targetTab().catch(() => undefined);
  if (tabId !== undefined) await sendToTab(tabId, { type: 'refresh-notes' }).catch(() => {});
}

/** How long Undo is offered after a note is deleted. */
export const UNDO_MS = 8000;

const TABS: {
  view: View;
  label: 'tabSearch' | 'tabDocument' | 'tabPage' | 'tabNotes' | 'tabDocuments';
}[] = [
  { view: 'search', label: 'tabSearch' },
  { view: 'document', label: 'tabDocument' },
  { view: 'page', label: 'tabPage' },
  { view: 'notes', label: 'tabNotes' },
  { view: 'documents', label: 'tabDocuments' },
];

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function App({ db }: { db: NanshaDb }) {
  const [focus] = useFocus();
  const router = useRouter({ view: 'search' });
  const matcher = useMemo(() => createMatcher(glossary), []);
  const [index, indexVersion, notesReady] = useSearchIndex(db, matcher);
  const [deleted, setDeleted] = useState<Note | null>(null);
  /** Why a delete or an Undo was refused (a full disk…): nothing changed, Undo stays offered. */
  const [failure, setFailure] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  // A term chosen on a page opens its Term view.
  const lastFocus = useRef(0);
  useEffect(() => {
    if (!focus || focus.at === lastFocus.current) return;
    lastFocus.current = focus.at;
    router.go({ view: 'term', termId: focus.termId, lang: focus.language });
  }, [focus, router.go]);

  // A quote noted on a page opens the editor; a noted quote clicked on a page opens its note.
  const draft = useStorageItem(draftItem);
  const lastDraft = useRef(0);
  useEffect(() => {
    if (!draft || draft.at === lastDraft.current) return;
    lastDraft.current = draft.at;
    router.go({ view: 'compose' });
  }, [draft, router.go]);
  const openNote = useStorageItem(openNoteItem);
  const lastOpenNote = useRef(0);
  useEffect(() => {
    if (!openNote || openNote.at === lastOpenNote.current) return;
    lastOpenNote.current = openNote.at;
    router.go({ view: 'notes', noteId: openNote.noteId });
  }, [openNote, router.go]);

  const panel: Panel = {
    db,
    matcher,
    router,
    index,
    indexVersion,
    notesReady,
    async removeNote(note) {
      let removed: Note | undefined;
      try {
        removed = await deleteNote(db, note.id);
      } catch (error) {
        console.error(error);
        setFailure(writeFailureMessage(error));
        return;
      }
      setFailure(null);
      if (!removed) return;
      void refreshPageNotes();
      clearTimeout(timer.current);
      setDeleted(removed);
      timer.current = setTimeout(() => setDeleted(null), UNDO_MS);
    },
  };

  const undo = async () => {
    if (!deleted) return;
    clearTimeout(timer.current);
    try {
      await restoreNote(db, deleted);
    } catch (error) {
      console.error(error);
      setFailure(writeFailureMessage(error));
      return;
    }
    setFailure(null);
    setDeleted(null);
    void refreshPageNotes();
  };

  const dismissFailure = () => {
    setFailure(null);
    if (deleted) timer.current = setTimeout(() => setDeleted(null), UNDO_MS);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '/' && !isEditable(event.target)) {
        event.preventDefault();
        if (router.route.view !== 'search') router.go({ view: 'search' });
        else document.querySelector<HTMLInputElement>('input[type=search]')?.focus();
      } else if (event.key === 'Escape') {
        const target = event.target;
        // Escape in a filled search box clears it (the browser does); otherwise: Back.
        if (target instanceof HTMLInputElement && target.type === 'search' && target.value) return;
        if (router.back()) event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const { route } = router;
  // A new view starts at its top (the Document view scrolls to its passage itself).
  const routeKey = JSON.stringify(route.view === 'search' ? route.view : route);
  useEffect(() => {
    if (routeKey) window.scrollTo(0, 0);
  }, [routeKey]);
  return (
    <PanelContext.Provider value={panel}>
      <div class="app">
        <header class="top">
          <div class="title-row">
            {router.canGoBack ? (
              <button
                type="button"
                class="back"
                onClick={() => router.back()}
                aria-label={t('back')}
              >
                ←
              </button>
            ) : null}
            <h1>{t('panelTitle')}</h1>
            <button
              type="button"
              class="data-link"
              aria-current={route.view === 'data' ? 'page' : undefined}
              onClick={() => router.go({ view: 'data' })}
            >
              {t('tabData')}
            </button>
          </div>
          <nav aria-label={t('views')}>
            <ul class="tabs">
              {TABS.map((tab) => (
                <li key={tab.view}>
                  <button
                    type="button"
                    aria-current={
                      route.view === tab.view ||
                      (tab.view === 'documents' &&
                        (route.view === 'add-document' || route.view === 'user-document'))
                        ? 'page'
                        : undefined
                    }
                    onClick={() => router.go({ view: tab.view } as Route)}
                  >
                    {t(tab.label)}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main
          key={
            route.view === 'search' || route.view === 'notes' ? route.view : JSON.stringify(route)
          }
        >
          {route.view === 'search' ? (
            <SearchView q={route.q ?? ''} />
          ) : route.view === 'term' ? (
            <TermView termId={route.termId} lang={route.lang} />
          ) : route.view === 'document' ? (
            <DocumentView passageId={route.passageId} />
          ) : route.view === 'page' ? (
            <PageView />
          ) : route.view === 'data' ? (
            <NotesDataView />
          ) : route.view === 'compose' ? (
            <ComposeView />
          ) : route.view === 'documents' ? (
            <DocumentsView />
          ) : route.view === 'add-document' ? (
            <AddDocumentView />
          ) : route.view === 'user-document' ? (
            <UserDocumentView docId={route.docId} passageId={route.passageId} />
          ) : (
            <NotesView route={route} />
          )}
        </main>
        {failure ? (
          <div class="toast" role="alert">
            <span>{failure}</span>
            {deleted ? (
              <button type="button" onClick={() => void undo()}>
                {t('undo')}
              </button>
            ) : null}
            <button type="button" onClick={dismissFailure}>
              {t('dismiss')}
            </button>
          </div>
        ) : deleted ? (
          <div class="toast" role="status">
            <span>{t('noteDeleted')}</span>
            <button type="button" onClick={() => void undo()}>
              {t('undo')}
            </button>
          </div>
        ) : null}
      </div>
    </PanelContext.Provider>
  );
}
