import { type ComponentChildren, Fragment } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { termById } from '../../corpus/glossary.ts';
import type { PassageLanguage, Region } from '../../corpus/languages.ts';
import type { Paragraph } from '../../corpus/parse.ts';
import { passageIn } from '../../corpus/passage-language.ts';
import { resolution } from '../../corpus/resolution.ts';
import { t } from '../../i18n/t.ts';
import type { Matcher } from '../../match/matcher.ts';
import { usePanel } from '../context.ts';
import { LanguageSwitch, TranslationNotice } from '../LanguageSwitch.tsx';
import { uiPassageLanguage, usePassageLanguage } from '../use-passage-language.ts';

/**
 * The whole resolution: paragraphs numbered, terms marked and clickable, any sentence linkable;
 * in the original, our English or Traditional (the UI's language, or the reader's choice).
 */
export function DocumentView({ passageId }: { passageId?: string }) {
  const { matcher } = usePanel();
  const { auto, region } = uiPassageLanguage();
  const [shown, choose] = usePassageLanguage(auto);
  const head = (id: string) => passageIn(id, shown, region);
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
      <div class="doc-head">
        <h2 id="doc-title" lang={head('title')?.lang}>
          {head('title')?.text}
        </h2>
        <LanguageSwitch shown={shown} onChoose={choose} />
      </div>
      <p class="meta-line" lang={head('adopted-by')?.lang}>
        {head('adopted-by')?.text}
      </p>
      <TranslationNotice language={shown} />
      <ol class="paragraphs">
        {resolution.paragraphs.map((p) => (
          <DocParagraph
            key={p.id}
            paragraph={p}
            matcher={matcher}
            current={passageId}
            language={shown}
            region={region}
          />
        ))}
      </ol>
    </section>
  );
}

function DocParagraph({
  paragraph,
  matcher,
  current,
  language,
  region,
}: {
  paragraph: Paragraph;
  matcher: Matcher;
  current?: string;
  language: PassageLanguage;
  region: Region;
}) {
  const { router } = usePanel();
  const sentences = useMemo(
    () =>
      paragraph.sentences.map((s) => {
        const shown = passageIn(s.id, language, region);
        const text = shown?.text ?? s.text;
        const parts: ComponentChildren[] = [];
        let at = 0;
        for (const m of matcher.find(text)) {
          if (m.start > at) parts.push(text.slice(at, m.start));
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
              {text.slice(m.start, m.end)}
            </a>,
          );
          at = m.end;
        }
        parts.push(text.slice(at));
        return { s, parts, lang: shown?.lang };
      }),
    [paragraph, matcher, router, language, region],
  );
  return (
    <li id={paragraph.id} value={paragraph.number} data-paragraph={paragraph.id}>
      <span class="pnum" aria-hidden="true">
        {paragraph.number}
      </span>
      <p>
        {sentences.map(({ s, parts, lang }, i) => (
          <Fragment key={s.id}>
            {/* English sentences are separated by a space; Chinese ones are not. */}
            {i > 0 && lang === 'en' ? ' ' : null}
            <span
              lang={lang}
              class={s.id === current ? 'sentence current' : 'sentence'}
              data-passage={s.id}
              id={s.id}
              tabIndex={-1}
            >
              {parts}
            </span>
          </Fragment>
        ))}
      </p>
      <span class="visually-hidden">{t('paragraphN', paragraph.number)}</span>
    </li>
  );
}
