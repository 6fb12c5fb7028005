import { type Focus, focusItem } from '../messaging/handoff.ts';
import { useStorageItem } from '../ui/use-storage-item.ts';

/** The term chosen on a page, kept current while the panel is open. */
export function useFocus(): [Focus | null, (focus: Focus | null) => void] {
  return [useStorageItem(focusItem) ?? null, (value) => void focusItem.setValue(value)];
}
