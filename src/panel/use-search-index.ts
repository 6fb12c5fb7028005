import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { glossary } from '../corpus/glossary.ts';
import { resolution } from '../corpus/resolution.ts';
import { passageText } from '../corpus/translations.ts';
import { allDocuments, type DocumentWithTerms } from '../db/documents.ts';
import {
  notesStamp,
  readIndexSnapshot,
  readNotesStamped,
  saveIndexSnapshot,
} from '../db/index-snapshot.ts';
import type { NanshaDb } from '../db/schema.ts';
import type { Matcher } from '../match/matcher.ts';
import { corpusIndex, DocumentRecords, noteDoc } from '../search/docs.ts';
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
 * by one (docs/decisions/070-panel-index-snapshot.md). The reader's documents are read when the
 * panel opens and again whenever they change: only a document added, changed or deleted has its
 * records added or removed (docs/decisions/102-document-search.md); they are never in the
 * snapshot. The flag is false until the notes and the documents are in; the map gives each
 * document's title by its id.
 */
export function useSearchIndex(
  db: NanshaDb,
  matcher: Matcher,
): [SearchIndex, number, boolean, ReadonlyMap<string, string>] {
  const [index] = useState(() =>
    corpusIndex(resolution, glossary, matcher, [], (id) => passageText(id, 'en')?.text),
  );
  const [version, setVersion] = useState(0);
  const [notesIn, setNotesIn] = useState(false);
  const [documentsIn, setDocumentsIn] = useState(false);
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    const records = new DocumentRecords(index);
    const apply = (all: DocumentWithTerms[]) => {
      const changed = records.sync(all);
      setTitles(new Map(all.map((d) => [d.document.id, d.document.title])));
      if (changed) setVersion((v) => v + 1);
      setDocumentsIn(true);
    };
    const subscription = liveQuery(() => allDocuments(db)).subscribe({
      next: apply,
      error: (error) => {
        // Search goes on without the documents rather than waiting for ever.
        console.error('Nansha Lens: documents query failed', error);
        setDocumentsIn(true);
      },
    });
    return () => subscription.unsubscribe();
  }, [db, index]);
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
      setNotesIn(true);
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
  return [index, version, notesIn && documentsIn, titles];
}
