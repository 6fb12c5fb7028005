/**
 * The sites (hosts) that have notes, kept in `storage.local` for the content script: a page on
 * any other site does not ask the background for its notes, so most pages send no message and
 * do not wake the service worker. Written after every change to the notes, from whichever
 * extension page made it, and when the extension starts (docs/decisions/006-one-settings-read.md).
 */
import Dexie from 'dexie';
import { noteSitesItem } from '../settings/items.ts';
import { siteOf } from '../settings/sites.ts';
import type { NanshaDb } from './schema.ts';

/** Writes the list of sites that have notes now. */
export async function writeNoteSites(db: NanshaDb): Promise<string[]> {
  const urls = await db.notes.orderBy('source.url').uniqueKeys();
  const sites = [...new Set(urls.map((u) => siteOf(String(u))))].filter(Boolean).sort();
  await noteSitesItem.setValue(sites);
  return sites;
}

/** Keeps the list current while `db` is open: after each committed change to its notes. */
export function keepNoteSites(db: NanshaDb): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const prefix = `idb://${db.name}/notes/`;
  const listener = (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((k) => k.startsWith(prefix))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void writeNoteSites(db).catch(console.error), 20);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
