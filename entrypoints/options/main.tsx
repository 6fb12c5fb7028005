import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openDb } from '../../src/db/schema';
import { t } from '../../src/i18n';
import { OptionsApp } from '../../src/options/OptionsApp';
import '../../src/panel/panel.css';
import '../../src/options/options.css';

// The page speaks the browser's UI language: say so to screen readers and fonts.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
const db = openDb();
render(<OptionsApp db={db} />, document.getElementById('app') as HTMLElement);
