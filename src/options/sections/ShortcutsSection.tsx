import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../i18n/t.ts';
import { describeCommands, type Shortcut, shortcutKeys } from '../model.ts';

const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';

/** Firefox 137+ can open its shortcut settings from an extension page. */
const openShortcutSettings = (
  browser.commands as unknown as { openShortcutSettings?: () => Promise<void> }
).openShortcutSettings;

/** The extension's keyboard shortcuts, and where the browser lets you change them. */
export function ShortcutsSection() {
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
