/**
 * Search: terms found by a name typed with a slip ("Nansah Plan"), shown when the engine finds no
 * term; "Did you mean …?" when a query finds nothing at all. The lookup (Fuse.js,
 * src/search/term-lookup.ts) is loaded and indexed on its first use, not when the panel opens.
 */
import { useEffect, useState } from 'preact/hooks';
import { termById } from '../../corpus/glossary.ts';
import { t } from '../../i18n/t.ts';
import type { TermMatch } from '../../search/term-lookup.ts';
import { categoryLabel } from '../../ui/format.ts';
import { usePanel } from '../context.ts';
import { Highlighted } from '../Highlighted.tsx';

/** Suggestions in "Did you mean": at most this many, each this close to the best one's score. */
const SUGGESTIONS = 3;
const SUGGESTION_SCORE_SPREAD = 0.1;

/** Terms whose name is close to `query`, when `enabled` (else none). */
export function useApproximateTerms(query: string, enabled: boolean): readonly TermMatch[] {
  const [found, setFound] = useState<{ query: string; hits: TermMatch[] }>();
  useEffect(() => {
    if (!enabled || !query.trim()) return;
    let live = true;
    void import('../../search/term-lookup.ts').then(({ lookupTerms }) => {
      if (live) setFound({ query, hits: lookupTerms(query) });
    });
    return () => {
      live = false;
    };
  }, [query, enabled]);
  return enabled && found?.query === query ? found.hits : [];
}

/** The approximate terms, as a group of term results. */
export function ApproximateTerms({ hits }: { hits: readonly TermMatch[] }) {
  const { router } = usePanel();
  if (hits.length === 0) return null;
  return (
    <section class="group group-term approximate-terms">
      <h3>
        {t('resultsTerms')} <span class="count">{hits.length}</span>
      </h3>
      <ul>
        {hits.map((hit) => {
          const term = termById(hit.termId);
          const canonical = term?.canonical ?? hit.form;
          return (
            <li key={hit.termId}>
              <button
                type="button"
                class="result"
                onClick={() => router.go({ view: 'term', termId: hit.termId })}
              >
                <span class="result-title">
                  <Highlighted text={canonical} ranges={hit.form === canonical ? hit.ranges : []} />
                </span>
                {hit.form === canonical ? null : (
                  <span class="result-sub">
                    <Highlighted text={hit.form} ranges={hit.ranges} />
                  </span>
                )}
                {term ? <span class="result-meta">{categoryLabel(term.category)}</span> : null}
                <span class="badge">{t('approximate')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A character no message contains: where the suggestions go in "Did you mean $1?". */
const SLOT = '\u2063';

/** "Did you mean A or B?", each suggestion a button that searches for it. */
export function DidYouMean({
  hits,
  onPick,
}: {
  hits: readonly TermMatch[];
  onPick: (query: string) => void;
}) {
  const best = hits[0];
  if (!best) return null;
  const forms = [
    ...new Set(
      hits
        .filter((hit) => hit.score <= best.score + SUGGESTION_SCORE_SPREAD)
        .slice(0, SUGGESTIONS)
        .map((hit) => hit.form),
    ),
  ];
  const [before = '', after = ''] = t('didYouMean', SLOT).split(SLOT);
  const parts = new Intl.ListFormat(t('uiLocale'), { type: 'disjunction' }).formatToParts(forms);
  const pick = (form: string, button: HTMLElement) => {
    onPick(form);
    // The button goes away with the new results: the search box keeps the focus.
    button.closest('.search')?.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  };
  return (
    <p class="did-you-mean">
      {before}
      {parts.map((part) =>
        part.type === 'element' ? (
          <button
            key={part.value}
            type="button"
            class="link suggestion"
            onClick={(e) => pick(part.value, e.currentTarget)}
          >
            {part.value}
          </button>
        ) : (
          part.value
        ),
      )}
      {after}
    </p>
  );
}
