import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { glossary } from '../corpus/glossary.ts';
import { resolution } from '../corpus/resolution.ts';
import { passageText } from '../corpus/translations.ts';
import {
  notesStamp,
  readIndexSnapshot,
  readNotesStamped,
  saveIndexSnapshot,
} from '../db/index-snapshot.ts';
import type { NanshaDb } from '../db/schema.ts';
import type { Matcher } from '../match/matcher.ts';
import { corpusIndex, noteDoc } from '../search/docs.ts';
import type { SearchIndex } from '../search/engine.ts';
import { type IndexSnapshot, restoreSnapshot, takeSnapshot } from '../search/snapshot.ts';

/** The kept index, asked for before the panel's first render (see `readIndexEarly`). */
let early: { db: NanshaDb; read: ReturnType<typeof readIndexSnapshot> } | undefined;

/**
 * Starts reading the kept index at once, while the panel builds its first screen and the index of
 * the passages and terms: the read (most of the wait at 10,000 notes) overlaps them.
 */
export function readIndexEarly(db: NanshaDb): void {
  early = { db, read: readIndexSnapshot(db) };
}

/** How long the index stays unchanged before it is kept for the next opening. */
const SAVE_AFTER_MS = 2000;

/**
 * The search index: passages and terms built when the panel opens; the notes restored from the
 * snapshot the last panel kept, or read and added when there is none; then, whenever the notes'
 * stamp changes (in this panel or another page), read again and added, replaced or removed one
 * by one (docs/decisions/070-panel-index-snapshot.md). The flag is false until the notes are in.
 */
export function useSearchIndex(db: NanshaDb, matcher: Matcher): [SearchIndex, number, boolean] {
  const [index] = useState(() =>
    corpusIndex(resolution, glossary, matcher, [], (id) => passageText(id, 'en')?.text),
  );
  const [version, setVersion] = useState(0);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const seen = new Map<string, number>();
    /** The restored snapshot, whose notes go into `seen` only when the notes are next read. */
    let restored: IndexSnapshot | undefined;
    /** The stamp of the notes in the index (null: none read yet); the latest one seen. */
    let known: string | undefined | null = null;
    let latest: string | undefined | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = (error: unknown) => console.error('Nansha Lens: notes query failed', error);

    const save = () => {
      clearTimeout(timer);
      const stamp = known;
      timer = setTimeout(() => {
        if (stopped || stamp !== known || stamp === null) return;
        void saveIndexSnapshot(db, stamp, takeSnapshot(index)).catch(fail);
      }, SAVE_AFTER_MS);
    };
    const changed = () => {
      setVersion((v) => v + 1);
      setReady(true);
    };
    const refresh = async () => {
      const { stamp, notes } = await readNotesStamped(db);
      if (stopped) return;
      if (restored) {
        for (const [i, id] of restored.ids.entries()) seen.set(id, restored.ranks[i] as number);
        restored = undefined;
      }
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
      known = stamp;
      changed();
      save();
    };
    const load = async () => {
      const read = early?.db === db ? early.read : readIndexSnapshot(db);
      early = undefined;
      const { stamp, snapshot } = await read;
      if (stopped) return;
      if (snapshot && restoreSnapshot(index, snapshot)) {
        restored = snapshot;
        known = stamp;
        changed();
      } else await refresh();
      if (latest !== null && latest !== known) await refresh();
    };
    let queue = load().catch(fail);
    const subscription = liveQuery(() => notesStamp(db)).subscribe({
      next: (stamp) => {
        latest = stamp;
        if (known !== null && stamp !== known) queue = queue.then(refresh).catch(fail);
      },
      error: fail,
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [db, index]);
  return [index, version, ready];
}
