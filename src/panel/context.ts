import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { NanshaDb, Note } from '../db/schema.ts';
import type { Matcher } from '../match/matcher.ts';
import type { SearchIndex } from '../search/engine.ts';
import type { Router } from './router.ts';

export interface Panel {
  db: NanshaDb;
  matcher: Matcher;
  router: Router;
  /** The search index over passages, terms and notes (kept in step with the notes table). */
  index: SearchIndex;
  /** Bumped whenever the index changes, so searches run again. */
  indexVersion: number;
  /**
   * False until the notes and the reader's documents are in the index (the resolution's passages
   * and the glossary's terms are there from the start).
   */
  notesReady: boolean;
  /** The reader's documents' titles by id (search results say which document they come from). */
  documentTitles: ReadonlyMap<string, string>;
  /** Deletes a note and offers Undo. */
  removeNote(note: Note): Promise<void>;
}

export const PanelContext = createContext<Panel | null>(null);

export function usePanel(): Panel {
  const panel = useContext(PanelContext);
  if (!panel) throw new Error('usePanel outside PanelContext');
  return panel;
}
