import { useMemo, useState } from 'preact/hooks';
import type { Script } from '../../corpus/glossary.ts';
import { getDocument } from '../../db/documents.ts';
import { queryNotes } from '../../db/notes.ts';
import { splitDocument } from '../../documents/split.ts';
import { DOCUMENT_COLOURS, documentOf, documentPassageId } from '../../documents/types.ts';
import { t } from '../../i18n/t.ts';
import { scriptLabel } from '../../ui/format.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';
import { NoteList } from '../notes/NoteCard.tsx';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import { AlsoIn } from './AlsoIn.tsx';
import { SeenOnPages } from './SeenOnPages.tsx';

const SCRIPTS: Script[] = ['zh-Hans', 'zh-Hant', 'en'];

/**
 * A term of one of the reader's documents: its forms, the document's sentences that use it, the
 * notes on it and the pages where it was seen. A note outlives the document: where the document
 * was deleted, its notes are still listed here, marked as such.
 */
export function UserTermView({ termId }: { termId: string }) {
  const { db, router } = usePanel();
  const docId = documentOf(termId) ?? '';
  const doc = useLiveQuery(() => getDocument(db, docId).then((d) => d ?? null), [docId]);
  const notes = useLiveQuery(() => queryNotes(db, { termId }), [termId]);
  const [noteOn, setNoteOn] = useState<string | null>(null);
  const term = doc?.terms.find((x) => x.id === termId);
  const sentences = useMemo(() => {
    if (!doc || !term) return [];
    const wanted = new Set(term.passageIds);
    return splitDocument(doc.document.text).flatMap((p) =>
      p.sentences
        .filter((s) => wanted.has(documentPassageId(docId, s.id)))
        .map((s) => ({ id: documentPassageId(docId, s.id), paragraph: p.number, s })),
    );
  }, [doc, term, docId]);

  if (doc === undefined) return null;
  if (!doc || !term) {
    // The document was deleted, or this term removed from it (its notes stay).
    return (
      <section class="term" aria-labelledby="term-title">
        <h2 id="term-title">{doc ? t('documentTermRemoved') : t('documentTermGone')}</h2>
        <p class="hint">
          {doc ? t('documentTermRemovedHint', doc.document.title) : t('documentTermGoneHint')}
        </p>
        <h3>{t('myNotes')}</h3>
        <NoteList notes={notes} draft={undefined} />
      </section>
    );
  }
  const { document } = doc;
  return (
    <section class="term user-term" aria-labelledby="term-title">
      <h2 id="term-title">{term.name}</h2>
      <p class="meta">
        <span
          class="swatch"
          style={{ background: DOCUMENT_COLOURS[document.colour] ?? DOCUMENT_COLOURS[0] }}
        />
        <button
          type="button"
          class="link"
          onClick={() => router.go({ view: 'user-document', docId })}
        >
          {document.title}
        </button>
      </p>
      <AlsoIn term={{ id: term.id, canonical: term.name, variants: term.forms }} />
      <dl class="variants">
        {SCRIPTS.map((script) => {
          const forms = term.forms.filter((f) => f.script === script && f.form !== term.name);
          if (forms.length === 0) return null;
          return (
            <div key={script}>
              <dt>{scriptLabel(script)}</dt>
              <dd lang={script}>
                {forms.map((f) => (
                  <span key={f.form} class="variant">
                    {f.form}
                  </span>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>

      <h3>
        {t('inTheDocument')} <span class="count">{sentences.length}</span>
      </h3>
      <ol class="passages">
        {sentences.map(({ id, paragraph, s }) => (
          <li key={id} data-passage={id}>
            <span class="where">{t('paragraphSentence', [paragraph, s.number])}</span>
            <p class="sentence">{s.text.trim()}</p>
            <div class="actions">
              <button type="button" class="link" onClick={() => setNoteOn(id)}>
                {t('noteThisPassage')}
                <span class="visually-hidden">
                  {' '}
                  ({t('paragraphSentence', [paragraph, s.number])})
                </span>
              </button>
            </div>
            {noteOn === id ? (
              <NoteEditor
                draft={{ termIds: [term.id], passageIds: [id] }}
                onDone={() => setNoteOn(null)}
              />
            ) : null}
          </li>
        ))}
      </ol>

      <h3>{t('myNotes')}</h3>
      <NoteList notes={notes} draft={{ termIds: [term.id] }} />

      <SeenOnPages termId={term.id} />
    </section>
  );
}
