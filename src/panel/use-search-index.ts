import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { glossary } from '../corpus/glossary.ts';
import { resolution } from '../corpus/resolution.ts';
import type { NanshaDb } from '../db/schema.ts';
import type { Matcher } from '../match/matcher.ts';
import { corpusIndex, noteDoc } from '../search/docs.ts';
import type { SearchIndex } from '../search/engine.ts';

/**
 * The search index, built once when the panel opens; notes are added, replaced and removed one by
 * one as the notes table changes (in this panel or another one: liveQuery).
 */
export function useSearchIndex(db: NanshaDb, matcher: Matcher): [SearchIndex, number] {
  const [index] = useState(() => corpusIndex(resolution, glossary, matcher));
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const seen = new Map<string, number>();
    const subscription = liveQuery(() => db.notes.toArray()).subscribe({
      next: (notes) => {
        const ids = new Set<string>();
        for (const n of notes) {
          ids.add(n.id);
          if (seen.get(n.id) === n.updatedAt && index.has('note', n.id)) continue;
          index.add(noteDoc(n));
          seen.set(n.id, n.updatedAt);
        }
        for (const id of seen.keys()) {
          if (ids.has(id)) continue;
          index.remove('note', id);
          seen.delete(id);
        }
        setVersion((v) => v + 1);
      },
      error: (error: unknown) => console.error('Nansha Lens: notes query failed', error),
    });
    return () => subscription.unsubscribe();
  }, [db, index]);
  return [index, version];
}
