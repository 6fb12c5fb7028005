import { useState } from 'preact/hooks';
import type { NanshaDb } from '../../db/schema.ts';
import { clearSightings } from '../../db/sightings.ts';
import { t } from '../../i18n/t.ts';
import { SightingsSwitch } from '../../ui/SightingsSwitch.tsx';
import type { Save } from '../use-saved.ts';

/** The history of pages where terms were seen: on or off, and Clear. */
export function HistorySection({ db, save }: { db: NanshaDb; save: Save }) {
  const [cleared, setCleared] = useState(false);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      <SightingsSwitch save={save} />
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
