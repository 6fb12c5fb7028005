import { glossary } from '../corpus/glossary.ts';
import { resolution } from '../corpus/resolution.ts';
import type { Matcher } from '../match/matcher.ts';

const sentences = resolution.paragraphs.flatMap((p) => p.sentences);
const strip = (s: string) => s.replace(/[\s。！？!?，,；;：:“”"]+/g, '');

/**
 * Links suggested for a note: the terms its body and quote contain (matcher), and the
 * resolution's sentences its quote comes from (or that its body quotes whole).
 */
export function suggestLinks(
  matcher: Matcher,
  body: string,
  quote = '',
): { termIds: string[]; passageIds: string[] } {
  const termIds = [...new Set(matcher.find(`${body}\n${quote}`).map((m) => m.termId))].sort(
    (a, b) => glossary.findIndex((t) => t.id === a) - glossary.findIndex((t) => t.id === b),
  );
  const q = strip(quote);
  const b = strip(body);
  const passageIds = sentences
    .filter((s) => {
      const text = strip(s.text);
      if (text.length < 8) return false;
      return (q.length >= 8 && (text.includes(q) || q.includes(text))) || b.includes(text);
    })
    .map((s) => s.id);
  return { termIds, passageIds };
}
