/** Pages where terms were seen: recorded by the background from content-script reports. */
import type { PageReport } from '../match/report.ts';
import { recordSightingsItem } from '../settings/items.ts';
import { type NanshaDb, openDb, type Sighting } from './schema.ts';

/** Records (or refreshes) the page of a report; pages without terms are not recorded. */
export async function recordSighting(
  db: NanshaDb,
  report: PageReport,
  now = Date.now(),
): Promise<Sighting | undefined> {
  const terms = report.terms.filter((t) => t.count > 0);
  if (terms.length === 0 || !/^https?:/.test(report.url)) return undefined;
  return db.transaction('rw', db.sightings, async () => {
    const old = await db.sightings.get(report.url);
    const counts: Record<string, number> = { ...old?.counts };
    for (const t of terms) counts[t.termId] = t.count;
    const sighting: Sighting = {
      url: report.url,
      title: report.title || old?.title || report.url,
      termIds: Object.keys(counts),
      counts,
      firstSeen: old?.firstSeen ?? now,
      lastSeen: now,
    };
    await db.sightings.put(sighting);
    return sighting;
  });
}

/** Records the page unless the user turned sightings off. */
export async function recordSightingIfEnabled(db: NanshaDb, report: PageReport): Promise<void> {
  if (await recordSightingsItem.getValue()) await recordSighting(db, report);
}

/** Pages where a term was seen, most recent first. */
export async function sightingsForTerm(db: NanshaDb, termId: string): Promise<Sighting[]> {
  const list = await db.sightings.where('termIds').equals(termId).toArray();
  return list.sort((a, b) => b.lastSeen - a.lastSeen);
}

export async function clearSightings(db: NanshaDb): Promise<void> {
  await db.sightings.clear();
}

let backgroundDb: NanshaDb | undefined;

/** For the background: records a top frame's report in the default database, when enabled. */
export async function recordPageSighting(report: PageReport): Promise<void> {
  backgroundDb ??= openDb();
  await recordSightingIfEnabled(backgroundDb, report);
}
