import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type CategoryId, categoryIds } from '../corpus/glossary.ts';
import type { NanshaDb } from '../db/schema.ts';
import { clearSightings } from '../db/sightings.ts';
import { type MessageKey, t } from '../i18n/t.ts';
import { type HighlightSettings, withDefaults } from '../settings/colours.ts';
import {
  disabledSitesItem,
  enabledItem,
  highlightItem,
  recordSightingsItem,
} from '../settings/items.ts';
import { NotesData } from '../ui/NotesData.tsx';
import { useLiveQuery } from '../ui/use-live-query.ts';
import { useStorageItem } from '../ui/use-storage-item.ts';
import {
  checkColour,
  clearEverything,
  describeCommands,
  formatRatio,
  resetColours,
  type Shortcut,
  sampleTerm,
  setCategoryShown,
  setColour,
  shortcutKeys,
} from './model.ts';

/** How long "Saved" stays on screen. */
const SAVED_MS = 2500;

const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';

const categoryLabel = (id: CategoryId) => t(`category_${id}` as MessageKey);

/** The options page: every setting saves as soon as it changes and says so ("Saved"). */
export function OptionsApp({ db }: { db: NanshaDb }) {
  const [saved, setSaved] = useState(false);
  const savedTimer = useRef<ReturnType<typeof setTimeout>>();
  const enabled = useStorageItem(enabledItem);
  const stored = useStorageItem(highlightItem);
  const highlight = withDefaults(stored);

  /** Runs a write, then shows "Saved". */
  const save = async (write: () => Promise<unknown>) => {
    await write();
    setSaved(true);
    clearTimeout(savedTimer.current);
    savedTimer.current = setTimeout(() => setSaved(false), SAVED_MS);
  };

  /** Changes the highlight settings from their latest stored value (null: nothing to write). */
  const updateHighlight = (change: (s: HighlightSettings) => HighlightSettings | null) =>
    save(async () => {
      const next = change(withDefaults(await highlightItem.getValue()));
      if (next) await highlightItem.setValue(next);
    });

  return (
    <div class="options">
      <header class="options-head">
        <h1>{t('optionsTitle')}</h1>
        <p class="hint">{t('optionsIntro')}</p>
        <p class="saved" role="status">
          {saved ? `✓ ${t('optionsSaved')}` : ''}
        </p>
      </header>
      <main>
        <section aria-labelledby="highlight-title">
          <h2 id="highlight-title">{t('highlightTitle')}</h2>
          <label class="toggle switch">
            <input
              type="checkbox"
              checked={enabled ?? true}
              onChange={(e) =>
                void save(() => enabledItem.setValue((e.target as HTMLInputElement).checked))
              }
            />
            {t('highlightEnabled')}
          </label>
          {enabled === false ? <p class="hint">{t('highlightOffHint')}</p> : null}

          <h3 id="categories-title">{t('categoriesTitle')}</h3>
          <p class="hint" id="categories-hint">
            {t('categoriesHint')}
          </p>
          <ul class="categories" aria-labelledby="categories-title">
            {categoryIds.map((id) => (
              <CategoryRow
                key={id}
                id={id}
                shown={!highlight.hiddenCategories.includes(id)}
                colour={highlight.colours[id]}
                onShown={(shown) => void updateHighlight((s) => setCategoryShown(s, id, shown))}
                onColour={(colour) => void updateHighlight((s) => setColour(s, id, colour))}
              />
            ))}
          </ul>
          <button type="button" onClick={() => void updateHighlight(resetColours)}>
            {t('resetColours')}
          </button>

          <fieldset class="checks">
            <legend>{t('variantsTitle')}</legend>
            <p class="hint">{t('variantsHint')}</p>
            <label class="toggle">
              <input
                type="checkbox"
                checked={highlight.traditional}
                onChange={(e) => {
                  const traditional = (e.target as HTMLInputElement).checked;
                  void updateHighlight((s) => ({ ...s, traditional }));
                }}
              />
              {t('matchTraditional')}
            </label>
            <label class="toggle">
              <input
                type="checkbox"
                checked={highlight.english}
                onChange={(e) => {
                  const english = (e.target as HTMLInputElement).checked;
                  void updateHighlight((s) => ({ ...s, english }));
                }}
              />
              {t('matchEnglish')}
            </label>
          </fieldset>
        </section>

        <DisabledSites save={save} />
        <History db={db} save={save} />
        <Shortcuts />

        <section class="options-data" aria-label={t('tabData')}>
          <NotesData db={db} />
        </section>

        <ClearEverything db={db} />
      </main>
    </div>
  );
}

function CategoryRow(props: {
  id: CategoryId;
  shown: boolean;
  colour: string;
  onShown(shown: boolean): void;
  onColour(colour: string): void;
}) {
  const { id } = props;
  const label = categoryLabel(id);
  // A colour being picked (or refused) is shown here until it is saved or replaced.
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    setDraft(null);
    setRefused(false);
  }, [props.colour]);
  const check = checkColour(draft ?? props.colour);
  const sample = sampleTerm(id);
  // The sample shows a colour that may be saved: a refused one is never drawn as text.
  const shown = check.ok ? check : checkColour(props.colour);
  const style = { background: shown.colour, color: shown.text };

  const pick = (value: string, commit: boolean) => {
    const next = checkColour(value);
    setDraft(next.colour === props.colour ? null : next.colour);
    setRefused(!next.ok);
    if (commit && next.ok && next.colour !== props.colour) props.onColour(next.colour);
  };

  return (
    <li class="category-row" data-category={id}>
      <label class="toggle category-name">
        <input
          type="checkbox"
          checked={props.shown}
          onChange={(e) => props.onShown((e.target as HTMLInputElement).checked)}
        />
        {label}
      </label>
      <input
        type="color"
        value={check.colour}
        aria-label={t('colourFor', label)}
        aria-describedby={`ratio-${id}`}
        aria-invalid={refused ? 'true' : undefined}
        onInput={(e) => pick((e.target as HTMLInputElement).value, false)}
        onChange={(e) => pick((e.target as HTMLInputElement).value, true)}
      />
      <span class="samples">
        <span class="strip light">
          <span class="sample" style={style}>
            {sample.zh} {sample.en}
          </span>
          <span class="strip-label">{t('sampleLight')}</span>
        </span>
        <span class="strip dark" aria-hidden="true">
          <span class="sample" style={style}>
            {sample.zh} {sample.en}
          </span>
          <span class="strip-label">{t('sampleDark')}</span>
        </span>
      </span>
      <span class={`ratio${check.ok ? '' : ' bad'}`} id={`ratio-${id}`}>
        {t('contrastRatio', formatRatio(check.ratio))}
      </span>
      {refused ? (
        <p class="warning" role="alert">
          {t('contrastRefused', [check.colour, formatRatio(check.ratio)])}
        </p>
      ) : null}
    </li>
  );
}

type Save = (write: () => Promise<unknown>) => Promise<void>;

function DisabledSites({ save }: { save: Save }) {
  const sites = useStorageItem(disabledSitesItem);
  const remove = (site: string) =>
    save(async () => {
      const current = await disabledSitesItem.getValue();
      await disabledSitesItem.setValue(current.filter((s) => s !== site));
    });
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      {sites && sites.length > 0 ? (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site || t('siteNoHost')}</span>
              <button
                type="button"
                aria-label={t('removeSite', site || t('siteNoHost'))}
                onClick={() => void remove(site)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{sites ? t('sitesNone') : '…'}</p>
      )}
    </section>
  );
}

function History({ db, save }: { db: NanshaDb; save: Save }) {
  const record = useStorageItem(recordSightingsItem);
  const [cleared, setCleared] = useState(false);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      <label class="toggle">
        <input
          type="checkbox"
          checked={record ?? true}
          onChange={(e) =>
            void save(() => recordSightingsItem.setValue((e.target as HTMLInputElement).checked))
          }
        />
        {t('recordSightings')}
      </label>
      <div class="actions">
        <button type="button" onClick={() => void clearSightings(db).then(() => setCleared(true))}>
          {t('clearHistory')}
        </button>
        <span class="hint" role="status">
          {cleared ? t('historyCleared') : ''}
        </span>
      </div>
    </section>
  );
}

/** Firefox 137+ can open its shortcut settings from an extension page. */
const openShortcutSettings = (
  browser.commands as unknown as { openShortcutSettings?: () => Promise<void> }
).openShortcutSettings;

function Shortcuts() {
  const [rows, setRows] = useState<Shortcut[] | null | undefined>(undefined);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setRows(describeCommands(commands)))
      .catch(() => setRows(null));
  }, []);
  const canOpen = !IS_FIREFOX || openShortcutSettings !== undefined;
  const open = () => {
    if (IS_FIREFOX) void openShortcutSettings?.();
    else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  };
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcutsTitle')}</h2>
      {rows === null ? (
        <p class="empty">{t('shortcutsUnavailable')}</p>
      ) : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('shortcutCommand')}</th>
              <th scope="col">{t('shortcutKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((row) => (
              <tr key={row.name} data-command={row.name}>
                <td>{row.label}</td>
                <td class="keys">
                  {row.shortcut ? (
                    shortcutKeys(row.shortcut).map((key, i) => (
                      <span key={key}>
                        {i > 0 ? '+' : ''}
                        <kbd>{key}</kbd>
                      </span>
                    ))
                  ) : (
                    <span class="muted">{t('shortcutNotSet')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">{IS_FIREFOX ? t('shortcutsHintFirefox') : t('shortcutsHintChrome')}</p>
      {canOpen ? (
        <button type="button" onClick={open}>
          {t('shortcutsOpen')}
        </button>
      ) : null}
    </section>
  );
}

function ClearEverything({ db }: { db: NanshaDb }) {
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
      // Open pages stop underlining the quotes of notes that are gone.
      for (const tab of await browser.tabs.query({})) {
        if (tab.id !== undefined) {
          void browser.tabs
            .sendMessage(tab.id, { type: 'refresh-notes' }, { frameId: 0 })
            .catch(() => {});
        }
      }
    } catch (error) {
      setState({ kind: 'error', message: String(error) });
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
        <p id="clear-confirm-text">{t('clearConfirm', count ?? 0)}</p>
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
