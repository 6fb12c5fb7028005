import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { documentErrorMessage, documentFileText } from '../../db/document-file.ts';
import {
  addDocumentTerm,
  DocumentError,
  deleteDocument,
  getDocument,
  removeDocumentTerm,
} from '../../db/documents.ts';
import { writeFailureMessage } from '../../db/errors.ts';
import { splitDocument } from '../../documents/split.ts';
import { DOCUMENT_COLOURS } from '../../documents/types.ts';
import { t, tn } from '../../i18n/t.ts';
import { downloadText } from '../../ui/download.ts';
import { formatDate } from '../../ui/format.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';
import { documentsChanged } from '../documents/changed.ts';
import { loadScriptConverter } from '../documents/opencc.ts';
import { safeHref } from '../safe-url.ts';
import { sourceLabel } from './DocumentsView.tsx';

/**
 * One of the reader's documents: its title, source, terms (each removable, a term added as in the
 * review), its text (paragraphs numbered, as the resolution's), Export, and Delete document
 * (asked twice). `passageId` (`p3` or `p3.s2` from This page's coverage, or the whole
 * `doc-x.p3.s2` from a search result): that paragraph or sentence is scrolled to, marked and
 * focused.
 */
export function UserDocumentView({
  docId,
  passageId: given,
}: {
  docId: string;
  passageId?: string;
}) {
  const { db, router } = usePanel();
  const passageId = given?.startsWith(`${docId}.`) ? given.slice(docId.length + 1) : given;
  const doc = useLiveQuery(() => getDocument(db, docId).then((d) => d ?? null), [docId]);
  const paragraphs = useMemo(() => (doc ? splitDocument(doc.document.text) : []), [doc]);
  const root = useRef<HTMLElement>(null);
  const ready = paragraphs.length > 0;
  useEffect(() => {
    if (!passageId || !ready) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-passage="${passageId}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.classList.add('flash');
    target.focus({ preventScroll: true });
  }, [passageId, ready]);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [newTerm, setNewTerm] = useState('');
  const [newEnglish, setNewEnglish] = useState('');
  const [termError, setTermError] = useState<string | null>(null);
  const [termStatus, setTermStatus] = useState<string | null>(null);

  if (doc === undefined) return null;
  if (doc === null) return <p class="empty">{t('documentNotFound')}</p>;
  const { document, terms } = doc;
  const href = safeHref(document.source.url);

  const remove = async () => {
    try {
      await deleteDocument(db, docId);
      documentsChanged();
      if (!router.back()) router.replace({ view: 'documents' });
    } catch (e) {
      console.error(e);
      setError(writeFailureMessage(e));
    }
  };

  // A term edited: pages take the new terms (documents-changed), the view follows the database.
  const editFailed = (e: unknown) => {
    if (!(e instanceof DocumentError)) console.error(e);
    setTermStatus(null);
    setTermError(e instanceof DocumentError ? documentErrorMessage(e) : writeFailureMessage(e));
  };
  const removeTerm = async (id: string, name: string) => {
    try {
      await removeDocumentTerm(db, id);
      documentsChanged();
      setTermError(null);
      setTermStatus(t('termRemovedStatus', name));
    } catch (e) {
      editFailed(e);
    }
  };
  const addTerm = async () => {
    try {
      const term = await addDocumentTerm(
        db,
        docId,
        { name: newTerm, english: newEnglish },
        await loadScriptConverter(),
      );
      documentsChanged();
      setNewTerm('');
      setNewEnglish('');
      setTermError(null);
      setTermStatus(t('termAddedStatus', term.name));
    } catch (e) {
      editFailed(e);
    }
  };

  return (
    <section class="document user-document" ref={root} aria-labelledby="doc-title">
      <div class="doc-head">
        <span
          class="swatch"
          title={t('documentColour')}
          style={{ background: DOCUMENT_COLOURS[document.colour] ?? DOCUMENT_COLOURS[0] }}
        />
        <h2 id="doc-title">{document.title}</h2>
      </div>
      <p class="meta-line">
        {href ? <a href={href}>{document.source.url}</a> : sourceLabel(document.source)} ·{' '}
        {t('documentAdded', formatDate(document.added))} ·{' '}
        {tn('documentChars', document.text.length)}
      </p>

      <h3>
        {t('documentTermsHeading')} <span class="count">{terms.length}</span>
      </h3>
      {terms.length === 0 ? (
        <p class="empty small">{t('documentNoTerms')}</p>
      ) : (
        <ul class="chips doc-terms">
          {terms.map((term) => (
            <li key={term.id} class="chip" title={term.forms.map((f) => f.form).join(' · ')}>
              <button
                type="button"
                class="link"
                onClick={() => router.go({ view: 'term', termId: term.id })}
              >
                {term.name}
              </button>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('removeTerm', term.name)}
                title={t('removeTerm', term.name)}
                onClick={() => void removeTerm(term.id, term.name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="add-own">
        <label>
          <span class="label">{t('addOwnTerm')}</span>
          <input
            type="text"
            value={newTerm}
            onInput={(e) => setNewTerm((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void addTerm();
              }
            }}
          />
        </label>
        <input
          type="text"
          value={newEnglish}
          aria-label={t('newTermEnglish')}
          placeholder={t('englishFormsPlaceholder')}
          onInput={(e) => setNewEnglish((e.target as HTMLInputElement).value)}
        />
        <button type="button" onClick={() => void addTerm()}>
          {t('addTermButton')}
        </button>
      </div>
      {termError ? (
        <p class="form-error" role="alert">
          {termError}
        </p>
      ) : null}
      <p class="hint" role="status">
        {termStatus}
      </p>

      <div class="actions doc-actions">
        <button
          type="button"
          onClick={() =>
            downloadText(
              documentFileText(doc),
              `nansha-lens-document-${document.id}.json`,
              'application/json',
            )
          }
        >
          {t('exportDocument')}
        </button>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('deleteDocument')}
        </button>
      </div>

      <h3>{t('documentTextHeading')}</h3>
      <ol class="paragraphs">
        {paragraphs.map((p) => (
          <li
            key={p.id}
            value={p.number}
            class={
              [p.heading ? 'heading' : '', p.id === passageId ? 'current' : ''].join(' ').trim() ||
              undefined
            }
            data-passage={p.id}
            tabIndex={p.id === passageId ? -1 : undefined}
          >
            <span class="pnum" aria-hidden="true">
              {p.number}
            </span>
            <p>
              {p.sentences.map((s) => (
                <Fragment key={s.id}>
                  <span
                    class={s.id === passageId ? 'sentence current' : 'sentence'}
                    id={`${document.id}.${s.id}`}
                    data-passage={s.id}
                    tabIndex={s.id === passageId ? -1 : undefined}
                  >
                    {s.text}
                  </span>
                </Fragment>
              ))}
            </p>
            <span class="visually-hidden">{t('paragraphN', p.number)}</span>
          </li>
        ))}
      </ol>

      {error ? (
        <p class="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby="delete-doc-text">
          <p id="delete-doc-text">{t('deleteDocumentConfirm', document.title)}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void remove()}>
              {t('deleteDocumentYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
