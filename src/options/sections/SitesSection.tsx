import { t } from '../../i18n/t.ts';
import { disabledSitesItem } from '../../settings/items.ts';
import { useStorageItem } from '../../ui/use-storage-item.ts';
import type { Save } from '../use-saved.ts';

/** The sites where highlighting is off, each with Remove. */
export function SitesSection({ save }: { save: Save }) {
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
