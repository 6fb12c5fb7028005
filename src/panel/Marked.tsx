import type { Matcher } from '../match/matcher.ts';

/** Text with every occurrence of one term wrapped in <mark>. */
export function Marked({
  text,
  termId,
  matcher,
}: {
  text: string;
  termId: string;
  matcher: Matcher;
}) {
  const parts = [];
  let at = 0;
  for (const m of matcher.find(text)) {
    if (m.termId !== termId) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(<mark key={m.start}>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
