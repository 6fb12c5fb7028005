import { useMemo, useRef, useState } from 'preact/hooks';
import { termById } from '../../corpus/glossary.ts';
import { writeFailureMessage } from '../../db/errors.ts';
import { createNote, parseTags, updateNote } from '../../db/notes.ts';
import type { Note } from '../../db/schema.ts';
import { documentOf } from '../../documents/types.ts';
import { t } from '../../i18n/t.ts';
import { passageLabel } from '../../ui/format.ts';
import { usePanel } from '../context.ts';
import { useDocumentLabels } from '../documents/labels.ts';
import { suggestLinks } from '../links.ts';

export interface Draft {
  body?: string;
  tags?: string[];
  termIds?: string[];
  passageIds?: string[];
  source?: Note['source'];
}

/**
 * Edits a note in place (or a new one). Links to terms and passages are suggested from the body
 * and quote as the user types; each is a chip that can be removed. Ctrl+Enter saves, Escape
 * cancels. A save the browser refuses (a full disk, say) leaves the editor open with everything
 * typed, says why in an alert, and can be tried again.
 */
export function NoteEditor({
  note,
  draft = {},
  onDone,
}: {
  note?: Note;
  draft?: Draft;
  onDone: (saved?: Note) => void;
}) {
  const { db, matcher } = usePanel();
  const [body, setBody] = useState(note?.body ?? draft.body ?? '');
  const [tags, setTags] = useState((note?.tags ?? draft.tags ?? []).join(', '));
  const [removedTerms, setRemovedTerms] = useState<string[]>([]);
  const [removedPassages, setRemovedPassages] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const source = note?.source ?? draft.source;
  const given = {
    termIds: note?.termIds ?? draft.termIds ?? [],
    passageIds: note?.passageIds ?? draft.passageIds ?? [],
  };
  const suggested = useMemo(
    () => suggestLinks(matcher, body, source?.quote),
    [matcher, body, source?.quote],
  );
  const termIds = [...new Set([...given.termIds, ...suggested.termIds])].filter(
    (id) => !removedTerms.includes(id) && (termById(id) || documentOf(id)),
  );
  const passageIds = [...new Set([...given.passageIds, ...suggested.passageIds])].filter(
    (id) => !removedPassages.includes(id),
  );
  const labels = useDocumentLabels([...termIds, ...passageIds]);
  const termName = (id: string) => termById(id)?.canonical ?? labels.get(id)?.label ?? id;
  const passageName = (id: string) =>
    documentOf(id) ? (labels.get(id)?.label ?? id) : passageLabel(id);

  const save = async () => {
    if (saving || body.trim() === '') return;
    setSaving(true);
    setFailure(null);
    const fields = { body, tags: parseTags(tags), termIds, passageIds };
    let saved: Note | undefined;
    try {
      saved = note
        ? await updateNote(db, note.id, fields)
        : await createNote(db, { ...fields, ...(source ? { source } : {}) });
    } catch (error) {
      console.error(error);
      setFailure(writeFailureMessage(error));
      return;
    } finally {
      setSaving(false);
    }
    onDone(saved);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    }
  };

  return (
    <form
      class="note-editor"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {source?.quote ? <blockquote class="quote">{source.quote}</blockquote> : null}
      <label>
        <span class="label">{t('noteBodyLabel')}</span>
        <textarea
          ref={area}
          rows={5}
          value={body}
          // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked for it
          autoFocus
          placeholder={t('noteBodyPlaceholder')}
          onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <label>
        <span class="label">{t('tagsLabel')}</span>
        <input
          type="text"
          value={tags}
          placeholder={t('tagsPlaceholder')}
          onInput={(e) => setTags((e.target as HTMLInputElement).value)}
        />
      </label>
      {termIds.length + passageIds.length > 0 ? (
        <div class="links">
          <span class="label">{t('linkedTo')}</span>
          <ul class="chips">
            {termIds.map((id) => (
              <li key={id} class="chip term-chip">
                {termName(id)}
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={t('removeLink', termName(id))}
                  onClick={() => setRemovedTerms([...removedTerms, id])}
                >
                  ×
                </button>
              </li>
            ))}
            {passageIds.map((id) => (
              <li key={id} class="chip passage-chip">
                {passageName(id)}
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={t('removeLink', passageName(id))}
                  onClick={() => setRemovedPassages([...removedPassages, id])}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {failure ? (
        <div class="save-failure" role="alert">
          <p>{failure}</p>
          <p>{t('draftKept')}</p>
        </div>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving || body.trim() === ''}>
          {t('save')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('cancel')}
        </button>
        <span class="hint">{t('saveHint')}</span>
      </div>
    </form>
  );
}
