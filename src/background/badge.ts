import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PageReport } from '../match/report.ts';

/**
 * The toolbar badge: how many distinct terms the tab's page has, over all its frames. Kept in
 * session storage, so a restarted service worker still knows the other frames' terms.
 */
type FrameTerms = Record<string, string[]>; // frameId → term ids

/** One session key per tab (read and written by key: an item per tab would be defined anew). */
const key = (tabId: number) => `session:badge:${tabId}` as const;

// Frames report at the same moment: one tab's updates run one after the other.
const queues = new Map<number, Promise<void>>();
function queue(tabId: number, job: () => Promise<void>): Promise<void> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  queues.set(tabId, next);
  return next;
}

export function updateBadge(tabId: number, frameId: number, report: PageReport): Promise<void> {
  return queue(tabId, async () => {
    const frames = (await storage.getItem<FrameTerms>(key(tabId))) ?? {};
    frames[frameId] = report.terms.map((t) => t.termId);
    await storage.setItem(key(tabId), frames);
    const distinct = new Set(Object.values(frames).flat()).size;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6e75' });
    await browser.action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' });
  });
}

/** A new document in the tab (or the tab closed): the old frames' terms no longer count. */
export function forgetTab(tabId: number): Promise<void> {
  return queue(tabId, () => storage.removeItem(key(tabId)));
}

/** A tab that closes or starts loading a new page forgets its frames' terms. */
export function watchTabsForBadge(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void forgetTab(tabId);
    // A page without terms sends no report: its badge is cleared here, as the tab starts loading.
    void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });
}
