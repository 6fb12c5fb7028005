import { categoryIds } from '../../corpus/glossary.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import { type HighlightSettings, withDefaults } from '../../settings/colours.ts';
import { enabledItem, highlightItem } from '../../settings/items.ts';
import { useStorageItem } from '../../ui/use-storage-item.ts';
import { resetColours, setCategoryShown, setColour } from '../model.ts';
import type { Save } from '../use-saved.ts';
import { CategoryRow } from './CategoryRow.tsx';

/** Highlighting on or off, each category's colour (or hidden), and the variants matched. */
/** The variant sets besides the resolution's Simplified forms, each with its switch's label. */
const VARIANT_SETS: [keyof Pick<HighlightSettings, 'traditional' | 'english'>, MessageKey][] = [
  ['traditional', 'matchTraditional'],
  ['english', 'matchEnglish'],
];

export function HighlightingSection({ save }: { save: Save }) {
  const enabled = useStorageItem(enabledItem);
  const stored = useStorageItem(highlightItem);
  const highlight = withDefaults(stored);

  /** Changes the highlight settings from their latest stored value (null: nothing to write). */
  const updateHighlight = (change: (s: HighlightSettings) => HighlightSettings | null) =>
    save(async () => {
      const next = change(withDefaults(await highlightItem.getValue()));
      if (next) await highlightItem.setValue(next);
    });

  return (
    <section aria-labelledby="highlight-title">
      <h2 id="highlight-title">{t('highlightTitle')}</h2>
      <label class="toggle switch">
        <input
          type="checkbox"
          checked={enabled ?? true}
          onChange={(e) =>
            void save(() => enabledItem.setValue((e.target as HTMLInputElement).checked))
          }
        />
        {t('highlightEnabled')}
      </label>
      {enabled === false ? <p class="hint">{t('highlightOffHint')}</p> : null}

      <h3 id="categories-title">{t('categoriesTitle')}</h3>
      <p class="hint" id="categories-hint">
        {t('categoriesHint')}
      </p>
      <ul class="categories" aria-labelledby="categories-title">
        {categoryIds.map((id) => (
          <CategoryRow
            key={id}
            id={id}
            shown={!highlight.hiddenCategories.includes(id)}
            colour={highlight.colours[id]}
            onShown={(shown) => void updateHighlight((s) => setCategoryShown(s, id, shown))}
            onColour={(colour) => void updateHighlight((s) => setColour(s, id, colour))}
          />
        ))}
      </ul>
      <button type="button" onClick={() => void updateHighlight(resetColours)}>
        {t('resetColours')}
      </button>

      <fieldset class="checks">
        <legend>{t('variantsTitle')}</legend>
        <p class="hint">{t('variantsHint')}</p>
        {VARIANT_SETS.map(([set, label]) => (
          <label class="toggle" key={set}>
            <input
              type="checkbox"
              checked={highlight[set]}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                void updateHighlight((s) => ({ ...s, [set]: on }));
              }}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
