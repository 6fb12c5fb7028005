import { sightingsForTerm } from '../../db/sightings.ts';
import { t } from '../../i18n/t.ts';
import { formatDate } from '../../ui/format.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';

/** The pages where a term was seen (the resolution's or a document's), newest first. */
export function SeenOnPages({ termId }: { termId: string }) {
  const { db } = usePanel();
  const pages = useLiveQuery(() => sightingsForTerm(db, termId), [termId]);
  return (
    <>
      <h3>{t('seenOnPages')}</h3>
      {pages === undefined ? null : pages.length === 0 ? (
        <p class="empty small">{t('notSeenYet')}</p>
      ) : (
        <ul class="pages">
          {pages.map((p) => (
            <li key={p.url}>
              <a href={p.url} target="_blank" rel="noreferrer">
                {p.title || p.url}
              </a>
              <span class="result-meta">
                {t('seenTimes', [p.counts[termId] ?? 0, formatDate(p.lastSeen)])}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
