import { useState } from 'preact/hooks';
import { termById } from '../../corpus/glossary';
import type { Note } from '../../db/schema';
import { t } from '../../i18n';
import { usePanel } from '../context';
import { formatDate } from '../format';
import { Markdown } from '../Markdown';
import { NoteEditor, passageLabel } from './NoteEditor';

/** One note: rendered body, tags, links, source; Edit in place and Delete (with Undo). */
export function NoteCard({ note, highlight = false }: { note: Note; highlight?: boolean }) {
  const { router, removeNote } = usePanel();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li class="note editing" data-note={note.id}>
        <NoteEditor note={note} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li class={highlight ? 'note flash' : 'note'} data-note={note.id} id={`note-${note.id}`}>
      <Markdown source={note.body} />
      {note.source ? (
        <p class="source">
          {note.source.quote ? <q>{note.source.quote}</q> : null}{' '}
          <a href={note.source.url} target="_blank" rel="noreferrer">
            {note.source.title || note.source.url}
          </a>
        </p>
      ) : null}
      <ul class="chips">
        {note.tags.map((tag) => (
          <li key={`tag-${tag}`}>
            <button
              type="button"
              class="chip tag-chip"
              onClick={() => router.go({ view: 'notes', tag })}
            >
              #{tag}
            </button>
          </li>
        ))}
        {note.termIds.map((id) => (
          <li key={`term-${id}`}>
            <button
              type="button"
              class="chip term-chip"
              onClick={() => router.go({ view: 'term', termId: id })}
            >
              {termById(id)?.canonical ?? id}
            </button>
          </li>
        ))}
        {note.passageIds.map((id) => (
          <li key={`passage-${id}`}>
            <button
              type="button"
              class="chip passage-chip"
              onClick={() => router.go({ view: 'document', passageId: id })}
            >
              {passageLabel(id)}
            </button>
          </li>
        ))}
      </ul>
      <div class="note-foot">
        <time dateTime={new Date(note.updatedAt).toISOString()}>
          {note.updatedAt !== note.createdAt
            ? t('editedAt', formatDate(note.updatedAt))
            : formatDate(note.createdAt)}
        </time>
        <span class="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('edit')}
          </button>
          <button type="button" class="danger" onClick={() => void removeNote(note)}>
            {t('delete')}
          </button>
        </span>
      </div>
    </li>
  );
}

/** A list of notes with a New note button and an editor for a new one. */
export function NoteList({
  notes,
  draft,
  highlight,
}: {
  notes: Note[] | undefined;
  draft: Parameters<typeof NoteEditor>[0]['draft'];
  highlight?: string;
}) {
  const [creating, setCreating] = useState(false);
  return (
    <div class="note-list">
      {creating ? (
        <NoteEditor draft={draft} onDone={() => setCreating(false)} />
      ) : (
        <button type="button" class="new-note primary" onClick={() => setCreating(true)}>
          {t('newNote')}
        </button>
      )}
      <p class="notes-count">{notes === undefined ? '…' : t('noteCount', notes.length)}</p>
      {notes && notes.length > 0 ? (
        <ul class="notes">
          {notes.map((n) => (
            <NoteCard key={n.id} note={n} highlight={n.id === highlight} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
