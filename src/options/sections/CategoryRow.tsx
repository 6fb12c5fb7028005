import { useEffect, useState } from 'preact/hooks';
import type { CategoryId } from '../../corpus/glossary.ts';
import { t } from '../../i18n/t.ts';
import { categoryLabel } from '../../ui/format.ts';
import { checkColour, formatRatio, sampleTerm } from '../model.ts';

/**
 * One category: shown or hidden, its colour (refused below 4.5:1, with a warning) and a sample of
 * it on a light and a dark page.
 */
export function CategoryRow(props: {
  id: CategoryId;
  shown: boolean;
  colour: string;
  onShown(shown: boolean): void;
  onColour(colour: string): void;
}) {
  const { id } = props;
  const label = categoryLabel(id);
  // A colour being picked (or refused) is shown here until it is saved or replaced.
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    setDraft(null);
    setRefused(false);
  }, [props.colour]);
  const check = checkColour(draft ?? props.colour);
  const sample = sampleTerm(id);
  // The sample shows a colour that may be saved: a refused one is never drawn as text.
  const shown = check.ok ? check : checkColour(props.colour);
  const style = { background: shown.colour, color: shown.text };

  const pick = (value: string, commit: boolean) => {
    const next = checkColour(value);
    setDraft(next.colour === props.colour ? null : next.colour);
    setRefused(!next.ok);
    if (commit && next.ok && next.colour !== props.colour) props.onColour(next.colour);
  };

  return (
    <li class="category-row" data-category={id}>
      <label class="toggle category-name">
        <input
          type="checkbox"
          checked={props.shown}
          onChange={(e) => props.onShown((e.target as HTMLInputElement).checked)}
        />
        {label}
      </label>
      <input
        type="color"
        value={check.colour}
        aria-label={t('colourFor', label)}
        aria-describedby={`ratio-${id}`}
        aria-invalid={refused ? 'true' : undefined}
        onInput={(e) => pick((e.target as HTMLInputElement).value, false)}
        onChange={(e) => pick((e.target as HTMLInputElement).value, true)}
      />
      <span class="samples">
        <span class="strip light">
          <span class="sample" style={style}>
            {sample.zh} {sample.en}
          </span>
          <span class="strip-label">{t('sampleLight')}</span>
        </span>
        <span class="strip dark" aria-hidden="true">
          <span class="sample" style={style}>
            {sample.zh} {sample.en}
          </span>
          <span class="strip-label">{t('sampleDark')}</span>
        </span>
      </span>
      <span class={`ratio${check.ok ? '' : ' bad'}`} id={`ratio-${id}`}>
        {t('contrastRatio', formatRatio(check.ratio))}
      </span>
      {refused ? (
        <p class="warning" role="alert">
          {t('contrastRefused', [check.colour, formatRatio(check.ratio)])}
        </p>
      ) : null}
    </li>
  );
}
