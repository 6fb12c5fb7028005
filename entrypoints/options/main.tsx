import { render } from 'preact';
import { browser } from 'wxt/browser';
import { keepNoteSites } from '../../src/db/note-sites.ts';
import { openDb } from '../../src/db/schema.ts';
import { t } from '../../src/i18n/t.ts';
import { OptionsApp } from '../../src/options/OptionsApp.tsx';
// In this order: each sheet builds on the ones before (docs/decisions/041-stylesheets-by-area.md).
import '../../src/ui/base.css';
import '../../src/ui/data.css';
import '../../src/options/options.css';

// The page speaks the browser's UI language: say so to screen readers and fonts.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
const db = openDb();
// Imports, restores and Clear everything update the list of sites that have notes.
keepNoteSites(db);
render(<OptionsApp db={db} />, document.getElementById('app') as HTMLElement);
