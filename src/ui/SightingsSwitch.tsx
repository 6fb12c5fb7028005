import { t } from '../i18n/t.ts';
import { recordSightingsItem } from '../settings/items.ts';
import { useStorageItem } from './use-storage-item.ts';

/** Runs a write to storage (the options page's runs it, then says "Saved"). */
export type Save = (write: () => Promise<unknown>) => Promise<unknown>;

const writeNow: Save = (write) => write();

/**
 * The switch for the history of pages where terms were seen (on by default): in the panel's This
 * page and on the options page.
 */
export function SightingsSwitch({ save = writeNow }: { save?: Save }) {
  const record = useStorageItem(recordSightingsItem);
  return (
    <label class="toggle">
      <input
        type="checkbox"
        checked={record ?? true}
        onChange={(e) => {
          const checked = (e.target as HTMLInputElement).checked;
          void save(() => recordSightingsItem.setValue(checked));
        }}
      />
      {t('recordSightings')}
    </label>
  );
}
