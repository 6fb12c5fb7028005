import { storage } from 'wxt/utils/storage';

/** The term the panel should show: set by the background when a term is chosen on a page. */
export interface Focus {
  termId: string;
  tabId?: number;
  /** When it was chosen (ms since epoch), so choosing the same term again is still a change. */
  at: number;
}

// Session storage: lives while the browser runs, readable by the background and the panel.
export const focusItem = storage.defineItem<Focus | null>('session:focus', { fallback: null });
