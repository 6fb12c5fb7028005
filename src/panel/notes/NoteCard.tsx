import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { termById } from '../../corpus/glossary.ts';
import type { Note } from '../../db/schema.ts';
import { documentOf } from '../../documents/types.ts';
import { t } from '../../i18n/t.ts';
import { formatDate, passageLabel } from '../../ui/format.ts';
import { usePanel } from '../context.ts';
import { useDocumentLabels } from '../documents/labels.ts';
import { Markdown } from '../Markdown.tsx';
import { safeHref } from '../safe-url.ts';
import { NoteEditor } from './NoteEditor.tsx';

/**
 * One note: rendered body, tags, links, source; Edit in place and Delete (with Undo). `extra` is
 * shown above the footer (the anchoring status on the This page view). Text from pages (title,
 * quote, URL) is only ever text; the source is a link only when it is http(s).
 */
export function NoteCard({
  note,
  highlight = false,
  extra,
}: {
  note: Note;
  highlight?: boolean;
  extra?: ComponentChildren;
}) {
  const { router, removeNote } = usePanel();
  const [editing, setEditing] = useState(false);
  // Terms and sentences of the reader's documents: named from the database, marked once deleted.
  const labels = useDocumentLabels([...note.termIds, ...note.passageIds]);
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
      {note.source ? <NoteSourceLine source={note.source} /> : null}
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
              class={labels.get(id)?.orphan ? 'chip term-chip orphan' : 'chip term-chip'}
              onClick={() => router.go({ view: 'term', termId: id })}
            >
              {termById(id)?.canonical ?? labels.get(id)?.label ?? id}
            </button>
          </li>
        ))}
        {note.passageIds.map((id) => {
          const docId = documentOf(id);
          const label = labels.get(id);
          return (
            <li key={`passage-${id}`}>
              <button
                type="button"
                class={label?.orphan ? 'chip passage-chip orphan' : 'chip passage-chip'}
                disabled={label?.orphan === true}
                onClick={() =>
                  router.go(
                    docId
                      ? { view: 'user-document', docId, passageId: id }
                      : { view: 'document', passageId: id },
                  )
                }
              >
                {docId ? (label?.label ?? '…') : passageLabel(id)}
              </button>
            </li>
          );
        })}
      </ul>
      {extra}
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

function NoteSourceLine({ source }: { source: NonNullable<Note['source']> }) {
  const href = safeHref(source.url);
  const label = source.title || source.url;
  return (
    <p class="source">
      {source.quote ? <q>{source.quote}</q> : null}{' '}
      {href ? (
        <a href={href} target="_blank" rel="noreferrer">
          {label}
        </a>
      ) : (
        <span class="unsafe-url" title={source.url}>
          {label}
        </span>
      )}
    </p>
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
