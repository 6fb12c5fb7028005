import { t } from '../../i18n/t.ts';
import { draftItem } from '../../messaging/handoff.ts';
import { sendToTab } from '../../messaging/send.ts';
import { useStorageItem } from '../../ui/use-storage-item.ts';
import { usePanel } from '../context.ts';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import { safeHref } from '../safe-url.ts';

/** A new note on a quote taken from a page: the editor, filled with the quote and the page. */
export function ComposeView() {
  const { router } = usePanel();
  const draft = useStorageItem(draftItem);
  if (draft === undefined) return null;
  if (draft === null) {
    return (
      <section class="compose" aria-labelledby="compose-title">
        <h2 id="compose-title">{t('newNoteOnPage')}</h2>
        <p class="hint">{t('noDraft')}</p>
      </section>
    );
  }
  const href = safeHref(draft.url);
  return (
    <section class="compose" aria-labelledby="compose-title">
      <h2 id="compose-title">{t('newNoteOnPage')}</h2>
      <p class="page-title">
        {href ? (
          <a href={href} target="_blank" rel="noreferrer">
            {draft.title || draft.url}
          </a>
        ) : (
          draft.title || draft.url
        )}
      </p>
      <NoteEditor
        key={draft.at}
        draft={{
          source: {
            url: draft.url,
            title: draft.title,
            quote: draft.selector.exact,
            selector: draft.selector,
            position: draft.position,
          },
        }}
        onDone={async (saved) => {
          await draftItem.setValue(null);
          // The page underlines the new note's quote at once.
          if (draft.tabId !== undefined) {
            void sendToTab(draft.tabId, { type: 'refresh-notes' }).catch(() => {});
          }
          if (saved) router.replace({ view: 'notes', url: saved.source?.url, noteId: saved.id });
          else router.back();
        }}
      />
    </section>
  );
}
