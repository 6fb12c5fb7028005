import type { Term } from '../../../src/corpus/glossary.ts';
import { isAcronym, type Match } from '../../../src/match/matcher.ts';
import {
  buildFoldTables,
  CLOSING_QUOTES,
  foldString,
  IGNORABLE,
  OPENING_QUOTES,
  SEPARATOR,
} from '../../../src/text/fold.ts';

interface Form {
  termId: string | undefined;
  form: string;
  key: string;
  caseKey: string | undefined;
  quoted: boolean;
}

/** Quotation marks around a `quoted` form (written out again: the reference shares no logic). */
const OPEN = new Set(['"', "'", '“', '‘', '«', '「', '『']);
const CLOSE = new Set(['"', "'", '”', '’', '»', '」', '』']);
const quotedAt = (text: string, start: number, end: number): boolean =>
  start > 0 &&
  OPEN.has(text.charAt(start - 1)) &&
  (CLOSE.has(text.charAt(end)) ||
    ([',', '.'].includes(text.charAt(end)) && CLOSE.has(text.charAt(end + 1))));

/**
 * Naive reference for the property test: fold the whole text first, then at each folded position
 * try every form, keep the longest that satisfies the boundary and case rules.
 */
export function createReferenceMatcher(terms: readonly Term[], t2s: string) {
  const { fold, foldCase, word } = buildFoldTables(t2s);
  const forms: Form[] = [];
  const push = (termId: string | undefined, form: string, cs: boolean, quoted = false) => {
    if (forms.some((f) => f.form === form && f.termId === termId)) return;
    forms.push({
      termId,
      form,
      key: foldString(form, fold),
      caseKey: cs ? foldString(form, foldCase) : undefined,
      quoted,
    });
  };
  for (const t of terms)
    for (const v of t.variants)
      push(t.id, v.form, !!v.caseSensitive || isAcronym(v.form), !!v.quoted);
  for (const t of terms) for (const x of t.exclusions) push(undefined, x.form, !!x.caseSensitive);

  return (input: string | readonly string[]): Match[] => {
    const text = typeof input === 'string' ? input : input.join('');
    const folded: string[] = [];
    const pos: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const f = fold[text.charCodeAt(i)] as number;
      if (f === IGNORABLE) continue;
      if (f === SEPARATOR && folded[folded.length - 1] === ' ') continue;
      folded.push(String.fromCharCode(f));
      pos.push(i);
    }
    const s = folded.join('');
    const isWord = (c: number) => word[c] === 1;
    const out: Match[] = [];
    let lastEnd = 0;
    let k = 0;
    while (k < s.length) {
      const valid = forms.filter((f) => {
        if (f.key === '' || !s.startsWith(f.key, k)) return false;
        const start = pos[k] as number;
        const end = (pos[k + f.key.length - 1] as number) + 1;
        if (isWord(f.key.charCodeAt(0)) && start > 0 && isWord(text.charCodeAt(start - 1))) {
          return false;
        }
        if (isWord(f.key.charCodeAt(f.key.length - 1)) && isWord(text.charCodeAt(end)))
          return false;
        if (f.quoted && !quotedAt(text, start, end)) return false;
        return (
          f.caseKey === undefined || foldString(text.slice(start, end), foldCase) === f.caseKey
        );
      });
      const longest = Math.max(0, ...valid.map((f) => f.key.length));
      if (longest === 0) {
        k++;
        continue;
      }
      const start = pos[k] as number;
      const end = (pos[k + longest - 1] as number) + 1;
      const same = valid
        .filter((f) => f.key.length === longest)
        .sort((a, b) => Number(!a.termId) - Number(!b.termId));
      const ranges = same.map((f) => {
        let a = start;
        let b = end;
        if (OPENING_QUOTES.includes(f.form.charAt(0)) && a > lastEnd) {
          if (OPENING_QUOTES.includes(text.charAt(a - 1))) a--;
        }
        if (CLOSING_QUOTES.includes(f.form.charAt(f.form.length - 1))) {
          if (b < text.length && CLOSING_QUOTES.includes(text.charAt(b))) b++;
        }
        return { f, a, b };
      });
      const pick = ranges.find((r) => text.slice(r.a, r.b) === r.f.form) ?? ranges[0];
      if (pick === undefined) throw new Error('unreachable');
      if (pick.f.termId !== undefined) {
        out.push({ termId: pick.f.termId, variant: pick.f.form, start: pick.a, end: pick.b });
      }
      lastEnd = pick.b;
      while (k < s.length && (pos[k] as number) < pick.b) k++;
    }
    return out;
  };
}
