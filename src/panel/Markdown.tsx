import { micromark } from 'micromark';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * A note's body as Markdown. micromark (CommonMark) escapes raw HTML and drops dangerous link
 * protocols (javascript:, data: …) by default: the HTML it returns is safe to insert. Links open
 * in a new tab, never in the panel itself (Enter on a focused link is a click too).
 */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => micromark(source), [source]);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a');
      if (!link) return;
      event.preventDefault();
      const href = link.getAttribute('href') ?? '';
      if (/^(https?|mailto):/i.test(href)) void browser.tabs.create({ url: href });
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, []);
  // micromark escapes raw HTML and sanitises URLs: its output is safe to insert.
  return <div class="md" ref={root} dangerouslySetInnerHTML={{ __html: html }} />;
}
