import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { categoryIds, glossary, termById } from '../../corpus/glossary.ts';
import { traditionalSameOffsets } from '../../corpus/passage-language.ts';
import { paragraphById, sentenceById } from '../../corpus/passages.ts';
import { documentOf } from '../../documents/types.ts';
import { t, tn } from '../../i18n/t.ts';
import type { Hit, Kind } from '../../search/engine.ts';
import { queryLanguage } from '../../search/query-language.ts';
import { categoryLabel } from '../../ui/format.ts';
import { usePanel } from '../context.ts';
import { Highlighted, snippet } from '../Highlighted.tsx';
import { uiPassageLanguage } from '../use-passage-language.ts';
import { ApproximateTerms, DidYouMean, useApproximateTerms } from './DidYouMean.tsx';

const KINDS: Kind[] = ['passage', 'term', 'note'];
const HEADINGS = {
  passage: 'resultsPassages',
  term: 'resultsTerms',
  note: 'resultsNotes',
} as const;

/** Moves focus between the search box and the result buttons with the arrow keys. */
export function moveFocus(from: Element | null, root: HTMLElement | null, delta: 1 | -1): void {
  if (!root) return;
  const input = root.querySelector<HTMLInputElement>('input[type=search]');
  const items = [...root.querySelectorAll<HTMLElement>('.results .result')];
  const at = from instanceof HTMLElement ? items.indexOf(from) : -1;
  const next = at + delta;
  if (next < 0) input?.focus();
  else items[Math.min(next, items.length - 1)]?.focus();
}

export function SearchView({ q }: { q: string }) {
  const { index, indexVersion, notesReady, router } = usePanel();
  const [query, setQuery] = useState(q);
  const root = useRef<HTMLElement>(null);
  // indexVersion: the search runs again when notes change.
  const results = useMemo(
    () => (query.trim() ? index.search(query) : undefined),
    [query, index, indexVersion],
  );

  useEffect(() => {
    root.current?.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }, []);

  const onInput = (value: string) => {
    setQuery(value);
    router.replace({ view: 'search', q: value });
  };

  const open = (hit: Hit) => {
    const { kind, id } = hit.doc;
    const docId = documentOf(id);
    // A document's term opens its own Term view (TermView tells the two apart).
    if (kind === 'term') router.go({ view: 'term', termId: id });
    else if (kind === 'passage' && docId)
      router.go({ view: 'user-document', docId, passageId: id });
    else if (kind === 'passage') router.go({ view: 'document', passageId: id });
    else router.go({ view: 'notes', noteId: id });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(document.activeElement, root.current, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      // Enter in the box opens the best result.
      const first = root.current?.querySelector<HTMLElement>('.results .result');
      first?.click();
    }
  };

  const total = results ? results.total.passage + results.total.term + results.total.note : 0;
  // Terms by a name typed with a slip, when the engine finds none.
  const approximate = useApproximateTerms(query, notesReady && results?.term.length === 0);

  return (
    <section class="search" ref={root} onKeyDown={onKeyDown} aria-labelledby="search-title">
      <h2 id="search-title" class="visually-hidden">
        {t('searchTitle')}
      </h2>
      <input
        type="search"
        class="search-box"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        autoComplete="off"
        spellcheck={false}
      />
      {results === undefined ? (
        <Browse />
      ) : !notesReady ? (
        // Passages and terms are found already, but the notes may rank among them: wait.
        <p class="empty" role="status" aria-busy="true">
          {t('notesLoading')}
        </p>
      ) : total === 0 ? (
        <div class="results">
          <p class="empty" role="status">
            {t('noResults', query)}
          </p>
          <DidYouMean hits={approximate} onPick={onInput} />
          <ApproximateTerms hits={approximate} />
        </div>
      ) : (
        <div class="results">
          <p class="visually-hidden" role="status">
            {tn('resultCount', total)}
          </p>
          {KINDS.map((kind) =>
            results[kind].length === 0 ? (
              kind === 'term' ? (
                <ApproximateTerms key={kind} hits={approximate} />
              ) : null
            ) : (
              <section key={kind} class={`group group-${kind}`}>
                <h3>
                  {t(HEADINGS[kind])} <span class="count">{results.total[kind]}</span>
                </h3>
                <ul>
                  {results[kind].map((hit) => (
                    <li key={hit.doc.id}>
                      <button type="button" class="result" onClick={() => open(hit)}>
                        <Result hit={hit} query={query} />
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ),
          )}
        </div>
      )}
    </section>
  );
}

/**
 * A passage result in the language of the query: English words → its English text (field 1);
 * Traditional characters, or Han the scripts share in the 繁體 UI → Traditional; else the original.
 */
function shownPassage(hit: Hit, query: string): { text: string; field: number; lang?: string } {
  const { doc, ranges } = hit;
  // A reader's document has one text, in its own language.
  if (documentOf(doc.id)) return { text: doc.fields[0] ?? '', field: 0 };
  const language = queryLanguage(query);
  const inOriginal = ranges.some((r) => r.field === 0);
  const inEnglish = ranges.some((r) => r.field === 1);
  if (inEnglish && (language === 'en' || !inOriginal)) {
    return { text: doc.fields[1] ?? '', field: 1, lang: 'en' };
  }
  const ui = uiPassageLanguage();
  if (language === 'zh-Hant' || (language === undefined && ui.auto === 'zh-Hant')) {
    const hant = traditionalSameOffsets(doc.id, ui.region);
    if (hant) return { text: hant.text, field: 0, lang: hant.lang };
  }
  return { text: doc.fields[0] ?? '', field: 0, lang: 'zh-CN' };
}

/** Paragraph and sentence numbers of a passage id (`p3.s6`, `doc-x.p3.s6`). */
function passageNumbers(id: string): [number | string, number | string] {
  const m = /p(\d+)\.s(\d+)$/.exec(id);
  return m ? [Number(m[1]), Number(m[2])] : ['', ''];
}

/**
 * "in <title>" for a result from one of the reader's documents; undefined for the resolution's
 * and the glossary's, which keep their look (the panel's own document needs no label).
 */
function useSource(id: string): string | undefined {
  const { documentTitles } = usePanel();
  const docId = documentOf(id);
  return docId ? t('searchInDocument', documentTitles.get(docId) ?? '…') : undefined;
}

function Result({ hit, query }: { hit: Hit; query: string }) {
  const { doc, ranges } = hit;
  const source = useSource(doc.id);
  const inField = (f: number) => ranges.filter((r) => r.field === f);
  const fuzzy = hit.tier === 3 ? <span class="badge">{t('approximate')}</span> : null;
  if (doc.kind === 'term') {
    const term = documentOf(doc.id) ? undefined : termById(doc.id);
    // The canonical form, and the variant that matched when it is another one.
    const other = ranges.find((r) => r.field > 0)?.field;
    return (
      <>
        <span class="result-title">
          <Highlighted text={doc.fields[0] ?? ''} ranges={inField(0)} />
        </span>
        {other !== undefined && inField(0).length === 0 ? (
          <span class="result-sub">
            <Highlighted text={doc.fields[other] ?? ''} ranges={inField(other)} />
          </span>
        ) : null}
        {term ? <span class="result-meta">{categoryLabel(term.category)}</span> : null}
        {source ? <span class="result-meta result-source">{source}</span> : null}
        {fuzzy}
      </>
    );
  }
  if (doc.kind === 'passage') {
    const sentence = documentOf(doc.id) ? undefined : sentenceById(doc.id);
    const paragraph = sentence ? paragraphById(sentence.paragraphId) : undefined;
    const [p, s] = sentence ? [paragraph?.number ?? '', sentence.number] : passageNumbers(doc.id);
    const shown = shownPassage(hit, query);
    // A long sentence of a reader's document is cut around its first mark.
    const text = documentOf(doc.id)
      ? snippet(shown.text, inField(shown.field), 200)
      : { text: shown.text, ranges: inField(shown.field) };
    return (
      <>
        <span class="result-meta">
          {source ? (
            <>
              <span class="result-source">{source}</span>
              {' · '}
            </>
          ) : null}
          {t('paragraphSentence', [p, s])}
        </span>
        <span class="result-text" lang={shown.lang}>
          <Highlighted text={text.text} ranges={text.ranges} />
        </span>
        {fuzzy}
      </>
    );
  }
  const body = snippet(doc.fields[0] ?? '', inField(0));
  const tagRanges = inField(1);
  const quoteRanges = inField(2);
  return (
    <>
      <span class="result-text">
        <Highlighted text={body.text} ranges={body.ranges} />
      </span>
      {quoteRanges.length > 0 ? (
        <span class="result-sub">
          “
          <Highlighted {...snippet(doc.fields[2] ?? '', quoteRanges, 80)} />”
        </span>
      ) : null}
      {doc.fields[1] ? (
        <span class="result-meta">
          # <Highlighted text={doc.fields[1]} ranges={tagRanges} />
        </span>
      ) : null}
      {fuzzy}
    </>
  );
}

/** With an empty box: the glossary by category, to browse. */
function Browse() {
  const { router } = usePanel();
  return (
    <div class="browse results">
      <p class="hint">{t('searchHint')}</p>
      {categoryIds.map((id) => {
        const terms = glossary.filter((term) => term.category === id);
        if (terms.length === 0) return null;
        return (
          <section key={id} class="group">
            <h3>{categoryLabel(id)}</h3>
            <ul class="terms">
              {terms.map((term) => (
                <li key={term.id}>
                  <button
                    type="button"
                    class="result chip"
                    onClick={() => router.go({ view: 'term', termId: term.id })}
                  >
                    {term.canonical}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
