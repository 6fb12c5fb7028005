import { storage } from 'wxt/utils/storage';

/** Record the pages where terms were seen (this machine only). On unless the user turns it off. */
export const recordSightingsItem = storage.defineItem<boolean>('local:settings.recordSightings', {
  fallback: true,
});
