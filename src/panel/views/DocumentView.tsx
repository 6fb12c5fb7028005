import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { termById } from '../../corpus/glossary.ts';
import type { Paragraph } from '../../corpus/parse.ts';
import { resolution } from '../../corpus/resolution.ts';
import { t } from '../../i18n/t.ts';
import type { Matcher } from '../../match/matcher.ts';
import { usePanel } from '../context.ts';

/** The whole resolution: paragraphs numbered, terms marked and clickable, any sentence linkable. */
export function DocumentView({ passageId }: { passageId?: string }) {
  const { matcher } = usePanel();
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!passageId) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-passage="${passageId}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.classList.add('flash');
    target.focus({ preventScroll: true });
  }, [passageId]);

  return (
    <section class="document" ref={root} aria-labelledby="doc-title">
      <h2 id="doc-title">{resolution.title}</h2>
      <p class="meta-line">{resolution.adoptedBy}</p>
      <ol class="paragraphs">
        {resolution.paragraphs.map((p) => (
          <DocParagraph key={p.id} paragraph={p} matcher={matcher} current={passageId} />
        ))}
      </ol>
    </section>
  );
}

function DocParagraph({
  paragraph,
  matcher,
  current,
}: {
  paragraph: Paragraph;
  matcher: Matcher;
  current?: string;
}) {
  const { router } = usePanel();
  const sentences = useMemo(
    () =>
      paragraph.sentences.map((s) => {
        const parts: ComponentChildren[] = [];
        let at = 0;
        for (const m of matcher.find(s.text)) {
          if (m.start > at) parts.push(s.text.slice(at, m.start));
          const term = termById(m.termId);
          parts.push(
            // A link, not a button: it wraps with the sentence like the text around it.
            <a
              key={m.start}
              href={`#term/${m.termId}`}
              class="term-link"
              title={term?.canonical}
              onClick={(event) => {
                event.preventDefault();
                router.go({ view: 'term', termId: m.termId });
              }}
            >
              {s.text.slice(m.start, m.end)}
            </a>,
          );
          at = m.end;
        }
        parts.push(s.text.slice(at));
        return { s, parts };
      }),
    [paragraph, matcher, router],
  );
  return (
    <li id={paragraph.id} value={paragraph.number} data-paragraph={paragraph.id}>
      <span class="pnum" aria-hidden="true">
        {paragraph.number}
      </span>
      <p>
        {sentences.map(({ s, parts }) => (
          <span
            key={s.id}
            class={s.id === current ? 'sentence current' : 'sentence'}
            data-passage={s.id}
            id={s.id}
            tabIndex={-1}
          >
            {parts}
          </span>
        ))}
      </p>
      <span class="visually-hidden">{t('paragraphN', paragraph.number)}</span>
    </li>
  );
}
