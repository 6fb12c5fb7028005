import type { NanshaDb } from '../../db/schema.ts';
import { t } from '../../i18n/t.ts';
import { NotesData } from '../../ui/NotesData.tsx';

/** Export, import and backups: the panel's Data view, on this page too. */
export function DataSection({ db }: { db: NanshaDb }) {
  return (
    <section class="options-data" aria-label={t('tabData')}>
      <NotesData db={db} />
    </section>
  );
}
