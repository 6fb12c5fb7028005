import type { ComponentChildren } from 'preact';

export interface Span {
  start: number;
  end: number;
}

/** `text` with the given ranges (sorted, not overlapping) wrapped in <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Span[] }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.end > text.length) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={r.start}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * A window of about `width` characters of a long text around its first marked range, with the
 * ranges shifted into it (for note snippets in search results).
 */
export function snippet(
  text: string,
  ranges: readonly Span[],
  width = 140,
): { text: string; ranges: Span[] } {
  if (text.length <= width) return { text, ranges: [...ranges] };
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0;
  const end = Math.min(text.length, start + width);
  start = Math.max(0, end - width);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + suffix,
    ranges: ranges
      .filter((r) => r.start >= start && r.end <= end)
      .map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}
