import { useState } from 'preact/hooks';
import { documentErrorMessage } from '../../db/document-file.ts';
import { termErrorMessage } from '../../db/document-schema.ts';
import { checkTitleAndText, DocumentError, saveDocument } from '../../db/documents.ts';
import { writeFailureMessage } from '../../db/errors.ts';
import type { Candidate } from '../../documents/candidates.ts';
import { DOCUMENT_LIMITS, type DocumentSource } from '../../documents/types.ts';
import { validateTerm } from '../../documents/validate.ts';
import { t, tn } from '../../i18n/t.ts';
import { usePanel } from '../context.ts';
import { documentsChanged } from '../documents/changed.ts';
import { loadScriptConverter } from '../documents/opencc.ts';
import { proposeInBackground } from '../documents/propose.ts';
import { readDocumentFile } from '../documents/read-file.ts';
import { readPageArticle } from '../documents/read-page.ts';
import { targetTab } from './PageView.tsx';

/** A row of the review: a proposed term, or one the reader added. */
interface Row {
  surface: string;
  checked: boolean;
  english: string;
  candidate?: Candidate;
}

type Review = { rows: Row[]; more: number };

/** A title from a file's name: its extension dropped. */
const titleOfFile = (name: string) => name.replace(/\.[^.]+$/, '').trim();

/**
 * Add document: a title, a text (typed, pasted or read from a file), Find terms, the review of
 * the proposed terms (checkboxes, the suggested ones checked; one's own; English forms), Save.
 */
export function AddDocumentView() {
  const { db, router } = usePanel();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState<DocumentSource>({ kind: 'paste' });
  const [textError, setTextError] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);
  const [review, setReview] = useState<Review | null>(null);
  const [own, setOwn] = useState('');
  const [ownError, setOwnError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readDocumentFile(file);
    if (!read.ok) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      setTextError(
        read.reason === 'too-large'
          ? t('fileTooLarge', [read.name, mb(file.size), mb(DOCUMENT_LIMITS.fileBytes)])
          : read.reason === 'locked'
            ? t('pdfLocked', read.name)
            : read.reason === 'no-text'
              ? t('pdfNoText', read.name)
              : t('fileUnreadable', read.name),
      );
      return;
    }
    setTextError(null);
    setText(read.text);
    setSource({ kind: 'file', name: read.name });
    setReview(null);
    if (title.trim() === '') setTitle(titleOfFile(read.name));
  };

  /** "Use this page": the article of the reader's tab becomes the text (and the title). */
  const usePage = async () => {
    const article = await readPageArticle(await targetTab().catch(() => undefined));
    if (!article.ok) {
      setTextError(
        t(
          (
            {
              'not-a-page': 'usePageNotAPage',
              pdf: 'usePagePdf',
              'cannot-read': 'usePageCannotRead',
              'no-article': 'usePageNoArticle',
              'too-long': 'usePageTooLong',
            } as const
          )[article.error],
        ),
      );
      return;
    }
    setTextError(null);
    setText(article.text);
    setSource({ kind: 'page', url: article.url });
    setReview(null);
    if (title.trim() === '') setTitle(article.title);
  };

  const findTerms = async () => {
    setSaveError(null);
    if (text.trim() === '') return setTextError(t('documentEmptyText'));
    if (text.length > DOCUMENT_LIMITS.textChars) {
      return setTextError(t('documentTooLong', DOCUMENT_LIMITS.textChars.toLocaleString('en')));
    }
    setTextError(null);
    setFinding(true);
    try {
      const proposal = await proposeInBackground(text);
      setReview({
        rows: proposal.candidates.map((c) => ({
          surface: c.surface,
          checked: c.suggested,
          english: '',
          candidate: c,
        })),
        more: proposal.total - proposal.candidates.length,
      });
    } finally {
      setFinding(false);
    }
  };

  const update = (i: number, change: Partial<Row>) =>
    setReview(
      (r) => r && { ...r, rows: r.rows.map((row, k) => (k === i ? { ...row, ...change } : row)) },
    );

  const addOwn = () => {
    if (!review) return;
    const check = validateTerm(
      own,
      review.rows.map((r) => r.surface),
    );
    if (!check.ok) return setOwnError(termErrorMessage(check.error, own.trim()));
    setOwnError(null);
    setOwn('');
    setReview({
      ...review,
      rows: [...review.rows, { surface: check.term, checked: true, english: '' }],
    });
  };

  const save = async () => {
    if (!review) return;
    setSaving(true);
    try {
      checkTitleAndText(title, text);
      const terms = review.rows
        .filter((r) => r.checked)
        .map((r) => ({ name: r.surface, english: r.english }));
      await saveDocument(db, { title, text, source, terms }, await loadScriptConverter());
      documentsChanged();
      router.replace({ view: 'documents' });
    } catch (error) {
      if (!(error instanceof DocumentError)) console.error(error);
      setSaveError(
        error instanceof DocumentError ? documentErrorMessage(error) : writeFailureMessage(error),
      );
    } finally {
      setSaving(false);
    }
  };

  const kept = review?.rows.filter((r) => r.checked).length ?? 0;
  return (
    <section class="add-document" aria-labelledby="add-title">
      <h2 id="add-title">{t('newDocumentTitle')}</h2>
      <label class="field">
        <span class="label">{t('documentTitleLabel')}</span>
        <input
          type="text"
          value={title}
          maxLength={200}
          onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        <span class="label">{t('documentTextLabel')}</span>
        <textarea
          rows={8}
          value={text}
          onInput={(e) => {
            setText((e.target as HTMLTextAreaElement).value);
            setSource({ kind: 'paste' });
            setReview(null);
          }}
        />
      </label>
      <div class="actions">
        <button type="button" onClick={() => void usePage()}>
          {t('usePage')}
        </button>
        {source.kind === 'page' && source.url ? (
          <span class="hint">{t('usePageRead', source.url)}</span>
        ) : null}
      </div>
      <label class="file-button">
        <span>{t('documentFileLabel')}</span>
        <input
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf"
          onChange={(e) => void readFile(e.target as HTMLInputElement)}
        />
      </label>
      {textError ? (
        <p class="form-error" role="alert">
          {textError}
        </p>
      ) : null}
      <div class="actions">
        <button type="button" class="primary" disabled={finding} onClick={() => void findTerms()}>
          {t('findTerms')}
        </button>
        {finding ? <span role="status">{t('findingTerms')}</span> : null}
      </div>

      {review ? (
        <div class="review">
          <h3 id="review-title">{t('reviewTitle')}</h3>
          {review.rows.length === 0 ? (
            <p class="empty" role="status">
              {t('noCandidates')}
            </p>
          ) : (
            <>
              <p class="hint">{t('reviewHint')}</p>
              <ul class="candidates" aria-labelledby="review-title">
                {review.rows.map((row, i) => (
                  <li key={row.surface} class={row.checked ? 'kept' : undefined}>
                    <label class="candidate">
                      <input
                        type="checkbox"
                        checked={row.checked}
                        aria-describedby={row.candidate ? `cand-${i}` : undefined}
                        onChange={(e) =>
                          update(i, { checked: (e.target as HTMLInputElement).checked })
                        }
                      />
                      <span class="surface">{row.surface}</span>
                    </label>
                    {row.candidate ? (
                      <span class="cand-context" id={`cand-${i}`}>
                        <span class="count">{tn('occurrences', row.candidate.count)}</span>{' '}
                        {row.candidate.firstContext.excerpt}
                      </span>
                    ) : null}
                    {row.checked ? (
                      <input
                        type="text"
                        class="english-forms"
                        value={row.english}
                        aria-label={t('englishForms', row.surface)}
                        placeholder={t('englishFormsPlaceholder')}
                        onInput={(e) =>
                          update(i, { english: (e.target as HTMLInputElement).value })
                        }
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
              {review.more > 0 ? <p class="hint">{tn('moreCandidates', review.more)}</p> : null}
            </>
          )}
          <div class="add-own">
            <label>
              <span class="label">{t('addOwnTerm')}</span>
              <input
                type="text"
                value={own}
                onInput={(e) => setOwn((e.target as HTMLInputElement).value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addOwn();
                  }
                }}
              />
            </label>
            <button type="button" onClick={addOwn}>
              {t('addTermButton')}
            </button>
          </div>
          {ownError ? (
            <p class="form-error" role="alert">
              {ownError}
            </p>
          ) : null}
          <div class="actions save-row">
            <button type="button" class="primary" disabled={saving} onClick={() => void save()}>
              {t('saveDocument')}
            </button>
            <span class="hint">{tn('keptCount', kept)}</span>
          </div>
          {saveError ? (
            <p class="form-error" role="alert">
              {saveError}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
