import { useMemo } from 'preact/hooks';
import { glossary, termById } from '../corpus/glossary';
import { passagesFor } from '../corpus/passages';
import { resolution } from '../corpus/resolution';
import type { NanshaDb } from '../db/schema';
import { t } from '../i18n';
import { createMatcher } from '../match/matcher';
import { Marked } from './Marked';
import { useFocus } from './useFocus';
import { useLiveQuery } from './useLiveQuery';

const paragraphNumber = new Map(resolution.paragraphs.map((p) => [p.id, p.number]));

export function App({ db }: { db: NanshaDb }) {
  const [focus, setFocus] = useFocus();
  const matcher = useMemo(() => createMatcher(glossary), []);
  const term = focus ? termById(focus.termId) : undefined;
  const noteCount = useLiveQuery(
    () => (term ? db.notes.where('termIds').equals(term.id).count() : db.notes.count()),
    [term?.id],
  );

  return (
    <main>
      <header class="top">
        <h1>{t('panelTitle')}</h1>
        <p class="sub">{resolution.title}</p>
      </header>
      {term ? (
        <section class="term" aria-labelledby="term-title">
          <button type="button" class="back" onClick={() => setFocus(null)}>
            ← {t('allTerms')}
          </button>
          <h2 id="term-title">{term.canonical}</h2>
          <p class="meta">
            <span class="category">{term.category}</span>
            {term.variants
              .filter((v) => v.form !== term.canonical)
              .map((v) => (
                <span key={v.form} class="variant" lang={v.script}>
                  {v.form}
                </span>
              ))}
          </p>
          <h3>{t('resolutionText')}</h3>
          <ol class="passages">
            {passagesFor(term.id).map((s) => (
              <li key={s.id} data-passage={s.id}>
                <span class="where">
                  {t('paragraphN', paragraphNumber.get(s.paragraphId) ?? '')}
                </span>
                <Marked text={s.text} termId={term.id} matcher={matcher} />
              </li>
            ))}
          </ol>
          <h3>{t('myNotes')}</h3>
          <p class="notes-count">{noteCount === undefined ? '…' : t('noteCount', noteCount)}</p>
        </section>
      ) : (
        <section aria-labelledby="terms-title">
          <h2 id="terms-title">{t('keyTerms')}</h2>
          <ul class="terms">
            {glossary.map((t) => (
              <li key={t.id}>
                <button type="button" onClick={() => setFocus({ termId: t.id, at: Date.now() })}>
                  {t.canonical}
                </button>
              </li>
            ))}
          </ul>
          <p class="notes-count">{noteCount === undefined ? '…' : t('noteCount', noteCount)}</p>
        </section>
      )}
    </main>
  );
}
