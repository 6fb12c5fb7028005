import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { formsToShow, type Script, termById } from '../../corpus/glossary.ts';
import type { PassageLanguage } from '../../corpus/languages.ts';
import { passageIn } from '../../corpus/passage-language.ts';
import { paragraphOf, passagesFor } from '../../corpus/passages.ts';
import { queryNotes } from '../../db/notes.ts';
import { documentOf } from '../../documents/types.ts';
import { t } from '../../i18n/t.ts';
import { categoryLabel, scriptLabel } from '../../ui/format.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';
import { LanguageSwitch, TranslationNotice } from '../LanguageSwitch.tsx';
import { Marked } from '../Marked.tsx';
import { NoteList } from '../notes/NoteCard.tsx';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import { uiPassageLanguage, usePassageLanguage } from '../use-passage-language.ts';
import { AlsoIn } from './AlsoIn.tsx';
import { SeenOnPages } from './SeenOnPages.tsx';
import { UserTermView } from './UserTermView.tsx';

const SCRIPTS: Script[] = ['zh-Hans', 'zh-Hant', 'en'];

/** A term: its forms, the resolution's sentences that use it (in `lang` or the UI's), notes, pages. */
export function TermView({ termId, lang }: { termId: string; lang?: PassageLanguage }) {
  // A term of one of the reader's own documents (issue 15).
  if (documentOf(termId)) return <UserTermView termId={termId} />;
  return <ResolutionTermView termId={termId} lang={lang} />;
}

function ResolutionTermView({ termId, lang }: { termId: string; lang?: PassageLanguage }) {
  const { db, matcher, router } = usePanel();
  const ui = uiPassageLanguage();
  const [shown, choose] = usePassageLanguage(lang ?? ui.auto);
  const text = (id: string) => passageIn(id, shown, ui.region);
  const term = termById(termId);
  const notes = useLiveQuery(() => queryNotes(db, { termId }), [termId]);
  const [noteOn, setNoteOn] = useState<string | null>(null);
  if (!term) return <p class="empty">{t('unknownTerm')}</p>;
  const passages = passagesFor(term.id);

  return (
    <section class="term" aria-labelledby="term-title">
      <h2 id="term-title">{term.canonical}</h2>
      <p class="meta">
        <span class="category">{categoryLabel(term.category)}</span>
      </p>
      <AlsoIn term={term} />
      <dl class="variants">
        {SCRIPTS.map((script) => {
          const forms = formsToShow(term, script);
          if (forms.length === 0) return null;
          return (
            <div key={script}>
              <dt>{scriptLabel(script)}</dt>
              <dd lang={script}>
                {forms.map((f) => (
                  <span key={f} class="variant">
                    {f}
                  </span>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>

      <div class="section-head">
        <h3>
          {t('resolutionText')} <span class="count">{passages.length}</span>
        </h3>
        <LanguageSwitch shown={shown} onChoose={choose} />
      </div>
      <TranslationNotice language={shown} />
      <ol class="passages">
        {passages.map((s) => {
          const paragraph = paragraphOf(s);
          return (
            <li key={s.id} data-passage={s.id}>
              <span class="where">
                {t('paragraphSentence', [paragraph?.number ?? '', s.number])}
              </span>
              <p class="sentence" lang={text(s.id)?.lang}>
                <Marked text={text(s.id)?.text ?? s.text} termId={term.id} matcher={matcher} />
              </p>
              {paragraph && paragraph.sentences.length > 1 ? (
                <details class="context">
                  <summary>{t('showParagraph', paragraph.number)}</summary>
                  <p lang={text(s.id)?.lang}>
                    {paragraph.sentences.map((x, i) => (
                      <Fragment key={x.id}>
                        {i > 0 && shown === 'en' ? ' ' : null}
                        {x.id === s.id ? (
                          <strong>
                            <Marked
                              text={text(x.id)?.text ?? x.text}
                              termId={term.id}
                              matcher={matcher}
                            />
                          </strong>
                        ) : (
                          <span class="muted">{text(x.id)?.text ?? x.text}</span>
                        )}
                      </Fragment>
                    ))}
                  </p>
                </details>
              ) : null}
              <div class="actions">
                <button
                  type="button"
                  class="link"
                  onClick={() => router.go({ view: 'document', passageId: s.id })}
                >
                  {t('openInDocument')}
                </button>
                <button type="button" class="link" onClick={() => setNoteOn(s.id)}>
                  {t('noteThisPassage')}
                  {/* The name starts with the visible words (WCAG 2.5.3, for voice control). */}
                  <span class="visually-hidden">
                    {' '}
                    ({t('paragraphSentence', [paragraph?.number ?? '', s.number])})
                  </span>
                </button>
              </div>
              {noteOn === s.id ? (
                <NoteEditor
                  draft={{ termIds: [term.id], passageIds: [s.id] }}
                  onDone={() => setNoteOn(null)}
                />
              ) : null}
            </li>
          );
        })}
      </ol>

      <h3>{t('myNotes')}</h3>
      <NoteList notes={notes} draft={{ termIds: [term.id] }} />

      <SeenOnPages termId={term.id} />
    </section>
  );
}
