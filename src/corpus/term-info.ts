import { createMatcher, type Matcher } from '../match/matcher.ts';
import type { TermInfo } from '../messaging/messages.ts';
import { glossary } from './glossary.ts';
import { paragraphOf, passagesFor } from './passages.ts';
import { resolution } from './resolution.ts';

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
