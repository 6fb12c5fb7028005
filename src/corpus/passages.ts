import { termById } from './glossary.ts';
import type { Paragraph, Sentence } from './parse.ts';
import { resolution } from './resolution.ts';

const sentences = new Map<string, Sentence>();
const paragraphs = new Map<string, Paragraph>();
for (const p of resolution.paragraphs) {
  paragraphs.set(p.id, p);
  for (const s of p.sentences) sentences.set(s.id, s);
}

/** Sentences of the resolution that contain the term (ids computed by the matcher at generation). */
export function passagesFor(termId: string): Sentence[] {
  const ids = termById(termId)?.passageIds ?? [];
  return ids.map((id) => sentences.get(id)).filter((s): s is Sentence => s !== undefined);
}

export function sentenceById(id: string): Sentence | undefined {
  return sentences.get(id);
}

export function paragraphById(id: string): Paragraph | undefined {
  return paragraphs.get(id);
}

/** The paragraph a sentence belongs to, for context in the panel. */
export function paragraphOf(sentence: Sentence): Paragraph | undefined {
  return paragraphs.get(sentence.paragraphId);
}
