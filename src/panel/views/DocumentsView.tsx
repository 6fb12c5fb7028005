import { useState } from 'preact/hooks';
import { glossary } from '../../corpus/glossary.ts';
import { passageIn } from '../../corpus/passage-language.ts';
import { documentErrorMessage, importDocumentFile } from '../../db/document-file.ts';
import { DocumentError, listDocuments, setDocumentEnabled } from '../../db/documents.ts';
import { writeFailureMessage } from '../../db/errors.ts';
import { ImportError } from '../../db/validate.ts';
import { DOCUMENT_COLOURS, type DocumentSource } from '../../documents/types.ts';
import { t, tn } from '../../i18n/t.ts';
import { resolutionEnabledItem } from '../../settings/items.ts';
import { formatDate } from '../../ui/format.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { useStorageItem } from '../../ui/use-storage-item.ts';
import { usePanel } from '../context.ts';
import { documentsChanged } from '../documents/changed.ts';
import { uiPassageLanguage } from '../use-passage-language.ts';

/** "pasted", "file plan.txt", or the page's URL. */
export function sourceLabel(source: DocumentSource): string {
  if (source.url) return source.url;
  if (source.kind === 'file' && source.name) return t('documentFile', source.name);
  return t('documentPasted');
}

type Status = { kind: 'done' | 'error'; text: string; problems?: string[] } | null;

/**
 * The resolution (built in: it can be switched off, never deleted), then the reader's own
 * documents, each with its switch and colour; Add document; Import a document.
 */
export function DocumentsView() {
  const { db, router } = usePanel();
  const docs = useLiveQuery(() => listDocuments(db), []);
  const resolutionOn = useStorageItem(resolutionEnabledItem);
  const { auto, region } = uiPassageLanguage();
  const resolutionTitle = passageIn('title', auto, region);
  const [status, setStatus] = useState<Status>(null);

  const toggle = async (id: string, enabled: boolean) => {
    try {
      await setDocumentEnabled(db, id, enabled);
      setStatus(null);
      documentsChanged();
    } catch (error) {
      setStatus({
        kind: 'error',
        text:
          error instanceof DocumentError ? documentErrorMessage(error) : writeFailureMessage(error),
      });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const doc = await importDocumentFile(db, file);
      setStatus({ kind: 'done', text: t('importDocumentDone', doc.document.title) });
      documentsChanged();
    } catch (error) {
      if (!(error instanceof ImportError)) console.error(error);
      setStatus({
        kind: 'error',
        text: t('importDocumentFailed'),
        problems: error instanceof ImportError ? error.problems : [writeFailureMessage(error)],
      });
    } finally {
      input.value = '';
    }
  };

  return (
    <section class="documents-view" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documentsTitle')}</h2>
      <p class="hint">{t('documentsHint')}</p>
      <ul class="doc-list">
        <li class="doc-item" data-document="resolution">
          <span class="swatch builtin" aria-hidden="true" />
          <div class="doc-main">
            <button
              type="button"
              class="doc-open"
              lang={resolutionTitle?.lang}
              onClick={() => router.go({ view: 'document' })}
            >
              {resolutionTitle?.text}
            </button>
            <span class="doc-meta">
              <span class="badge">{t('builtIn')}</span> · {tn('documentTerms', glossary.length)}
            </span>
          </div>
          <DocSwitch
            label={t('highlightDocument', resolutionTitle?.text ?? '')}
            checked={resolutionOn !== false}
            onChange={(on) => {
              void resolutionEnabledItem.setValue(on).then(documentsChanged);
            }}
          />
        </li>
      </ul>

      <h3>{t('yourDocuments')}</h3>
      {docs === undefined ? null : docs.length === 0 ? (
        <p class="empty small">{t('documentsNone')}</p>
      ) : (
        <ul class="doc-list">
          {docs.map((doc) => (
            <li class="doc-item" key={doc.id} data-document={doc.id}>
              <span
                class="swatch"
                title={t('documentColour')}
                style={{ background: DOCUMENT_COLOURS[doc.colour] ?? DOCUMENT_COLOURS[0] }}
              />
              <div class="doc-main">
                <button
                  type="button"
                  class="doc-open"
                  onClick={() => router.go({ view: 'user-document', docId: doc.id })}
                >
                  {doc.title}
                </button>
                <span class="doc-meta">
                  {tn('documentTerms', doc.termCount)} · {tn('documentChars', doc.chars)} ·{' '}
                  {t('documentAdded', formatDate(doc.added))}
                </span>
                <span class="doc-meta doc-source">{sourceLabel(doc.source)}</span>
              </div>
              <DocSwitch
                label={t('highlightDocument', doc.title)}
                checked={doc.enabled}
                onChange={(on) => void toggle(doc.id, on)}
              />
            </li>
          ))}
        </ul>
      )}

      <div class="actions doc-actions">
        <button type="button" class="primary" onClick={() => router.go({ view: 'add-document' })}>
          {t('addDocument')}
        </button>
        <label class="file-button">
          <span>{t('importDocument')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void importFile(e.target as HTMLInputElement)}
          />
        </label>
      </div>
      {status ? (
        <div
          class={status.kind === 'error' ? 'data-status error' : 'data-status'}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{status.text}</p>
          {status.problems ? (
            <ul>
              {status.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** A document's switch: on, its terms are highlighted on pages. */
export function DocSwitch({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label class="toggle doc-switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        aria-label={label}
        onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
      />
      <span aria-hidden="true">{t('highlightOnPages')}</span>
    </label>
  );
}
