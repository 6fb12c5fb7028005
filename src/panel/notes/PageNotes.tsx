import { notesForUrl } from '../../db/notes.ts';
import type { Note } from '../../db/schema.ts';
import { t } from '../../i18n/t.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';
import { NoteCard } from './NoteCard.tsx';
import { type AnchorStatuses, groupPageNotes } from './page-status.ts';

export type { AnchorStatus, AnchorStatuses } from './page-status.ts';

/**
 * The notes taken on a page (by normalised URL, live), with their anchoring status from the
 * content script: found ones can be revealed on the page; orphans are listed apart.
 */
export function PageNotes({
  url,
  statuses,
  onReveal,
}: {
  url: string;
  /** Note id → status, from anchoring on the page (missing ids: pending). */
  statuses: AnchorStatuses;
  /** Scrolls the page to the note's quote. */
  onReveal?: (note: Note) => void;
}) {
  const { db } = usePanel();
  const notes = useLiveQuery(() => notesForUrl(db, url), [url]);
  if (!notes) return null;
  const { anchored, pending, orphans } = groupPageNotes(notes, statuses);
  const found = (note: Note) =>
    note.source?.selector && onReveal ? (
      <p class="anchor-status anchored">
        <span>{t('noteAnchored')}</span>{' '}
        <button type="button" class="link" onClick={() => onReveal(note)}>
          {t('revealNote')}
        </button>
      </p>
    ) : null;
  return (
    <section class="page-notes" aria-labelledby="page-notes-title">
      <h3 id="page-notes-title">{t('pageNotesTitle')}</h3>
      {notes.length === 0 ? <p class="empty small">{t('pageNotesNone')}</p> : null}
      {anchored.length + pending.length > 0 ? (
        <ul class="notes">
          {anchored.map((n) => (
            <NoteCard key={n.id} note={n} extra={found(n)} />
          ))}
          {pending.map((n) => (
            <NoteCard
              key={n.id}
              note={n}
              extra={<p class="anchor-status pending">{t('notePending')}</p>}
            />
          ))}
        </ul>
      ) : null}
      {orphans.length > 0 ? (
        <>
          <h4 class="orphans-title">{t('orphansTitle', orphans.length)}</h4>
          <p class="hint">{t('orphansHint')}</p>
          <ul class="notes orphans">
            {orphans.map((n) => (
              <NoteCard key={n.id} note={n} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
