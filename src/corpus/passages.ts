import { createMatcher } from '../match/matcher';
import { glossary } from './glossary';
import { resolution, type Sentence } from './resolution';

let index: Map<string, Sentence[]> | undefined;

/** Sentences of the resolution that contain the term, computed by the matcher (never by hand). */
export function passagesFor(termId: string): Sentence[] {
  if (!index) {
    const matcher = createMatcher(glossary);
    index = new Map();
    for (const p of resolution.paragraphs) {
      for (const s of p.sentences) {
        for (const id of new Set(matcher.find(s.text).map((m) => m.termId))) {
          const list = index.get(id) ?? [];
          list.push(s);
          index.set(id, list);
        }
      }
    }
  }
  return index.get(termId) ?? [];
}
