import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { writeFailureMessage } from '../../db/errors.ts';
import type { NanshaDb } from '../../db/schema.ts';
import { t, tn } from '../../i18n/t.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { clearEverything } from '../model.ts';

/** Deletes every note (after a backup), the history and every setting, once confirmed. */
export function ClearEverythingSection({ db }: { db: NanshaDb }) {
  const count = useLiveQuery(() => db.notes.count(), []);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<
    { kind: 'busy' | 'done' } | { kind: 'error'; message: string } | null
  >(null);

  const ask = () => {
    setState(null);
    dialog.current?.showModal();
    // The safe choice has the focus.
    cancel.current?.focus();
  };
  const yes = async () => {
    dialog.current?.close();
    setState({ kind: 'busy' });
    try {
      await clearEverything(db);
      setState({ kind: 'done' });
      void browser.runtime.sendMessage({ type: 'documents-changed' }).catch(() => {});
      // Open pages stop underlining the quotes of notes that are gone.
      for (const tab of await browser.tabs.query({})) {
        if (tab.id !== undefined) {
          void browser.tabs
            .sendMessage(tab.id, { type: 'refresh-notes' }, { frameId: 0 })
            .catch(() => {});
        }
      }
    } catch (error) {
      console.error(error);
      setState({ kind: 'error', message: writeFailureMessage(error) });
    }
  };

  return (
    <section class="clear-all" aria-labelledby="clear-title">
      <h2 id="clear-title">{t('clearTitle')}</h2>
      <p class="hint">{t('clearHint')}</p>
      <button type="button" class="danger" onClick={ask}>
        {t('clearEverything')}
      </button>
      <p class="data-status-line" role="status">
        {state?.kind === 'done'
          ? t('clearDone')
          : state?.kind === 'error'
            ? state.message
            : state?.kind === 'busy'
              ? '…'
              : ''}
      </p>
      <dialog ref={dialog} class="confirm-dialog" aria-labelledby="clear-confirm-text">
        <p id="clear-confirm-text">{tn('clearConfirm', count ?? 0)}</p>
        <div class="actions">
          <button type="button" class="danger" onClick={() => void yes()}>
            {t('clearYes')}
          </button>
          <button type="button" ref={cancel} onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
