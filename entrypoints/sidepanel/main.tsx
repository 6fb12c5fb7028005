import { render } from 'preact';
import { browser } from 'wxt/browser';
import { keepNoteSites } from '../../src/db/note-sites.ts';
import { openDb } from '../../src/db/schema.ts';
import { App } from '../../src/panel/App.tsx';
import { readIndexEarly } from '../../src/panel/use-search-index.ts';
// In this order: each sheet builds on the ones before (docs/decisions/041-stylesheets-by-area.md).
import '../../src/ui/base.css';
import '../../src/panel/layout.css';
import '../../src/panel/views.css';
import '../../src/panel/notes.css';
import '../../src/ui/data.css';

// The panel speaks the browser's UI language: say so to screen readers and fonts.
document.documentElement.lang = browser.i18n.getUILanguage();
const db = openDb();
readIndexEarly(db);
// Notes written here update the list of sites that have notes (read by the content script).
keepNoteSites(db);
render(<App db={db} />, document.getElementById('app') as HTMLElement);
