import { glossary } from '../corpus/glossary.ts';
import { paragraphOf, passagesFor } from '../corpus/passages.ts';
import { resolution } from '../corpus/resolution.ts';
import { createMatcher, type Matcher } from './matcher.ts';

/** What the hover card shows about a term beyond the glossary: from the resolution itself. */
export interface TermInfo {
  termId: string;
  /** How many times the term occurs in the resolution. */
  occurrences: number;
  /** The first sentence that contains it, with the term's offsets in it. */
  passage?: { id: string; paragraph: number; text: string; marks: [number, number][] };
}

let matcher: Matcher | undefined;
const cache = new Map<string, TermInfo>();

/** How often a term occurs in the resolution, and its first passage with the term's offsets. */
export function termInfo(termId: string): TermInfo {
  const cached = cache.get(termId);
  if (cached) return cached;
  matcher ??= createMatcher(glossary);
  let occurrences = 0;
  for (const p of resolution.paragraphs) {
    for (const m of matcher.find(p.text)) if (m.termId === termId) occurrences++;
  }
  const first = passagesFor(termId)[0];
  const info: TermInfo = { termId, occurrences };
  if (first) {
    info.passage = {
      id: first.id,
      paragraph: paragraphOf(first)?.number ?? 0,
      text: first.text,
      marks: matcher
        .find(first.text)
        .filter((m) => m.termId === termId)
        .map((m) => [m.start, m.end]),
    };
  }
  cache.set(termId, info);
  return info;
}
