import type { NanshaDb } from '../db/schema.ts';
import { t } from '../i18n/t.ts';
import { ClearEverythingSection } from './sections/ClearEverythingSection.tsx';
import { DataSection } from './sections/DataSection.tsx';
import { HighlightingSection } from './sections/HighlightingSection.tsx';
import { HistorySection } from './sections/HistorySection.tsx';
import { ShortcutsSection } from './sections/ShortcutsSection.tsx';
import { SitesSection } from './sections/SitesSection.tsx';
import { useSaved } from './use-saved.ts';

/** The options page: every setting saves as soon as it changes and says so ("Saved"). */
export function OptionsApp({ db }: { db: NanshaDb }) {
  const [saved, save] = useSaved();
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
        <HighlightingSection save={save} />
        <SitesSection save={save} />
        <HistorySection db={db} save={save} />
        <ShortcutsSection />
        <DataSection db={db} />
        <ClearEverythingSection db={db} />
      </main>
    </div>
  );
}
