/** Highlight settings, their defaults and colours' contrast (no storage: the item is `items.ts`). */
import type { CategoryId } from '../corpus/glossary.ts';

/** How terms are highlighted: which categories, in which colours, in which scripts. */
export interface HighlightSettings {
  /** Categories whose terms are not highlighted. */
  hiddenCategories: CategoryId[];
  /** Background colour per category (#rrggbb); the text colour is chosen for contrast. */
  colours: Record<CategoryId, string>;
  /** Variant sets matched besides the Simplified forms of the resolution. */
  traditional: boolean;
  english: boolean;
}

/** Light pastels: dark text on them reads at ≥ 4.5:1 on light and dark pages alike. */
export const DEFAULT_COLOURS: Record<CategoryId, string> = {
  plans: '#ffe08a',
  places: '#b8e4fa',
  formulations: '#f8c7d8',
  goals: '#c8e8c9',
  governance: '#e2c8ec',
  epidemic: '#ffd2c2',
  bodies: '#d5dde1',
};

export const DEFAULT_HIGHLIGHT: HighlightSettings = {
  hiddenCategories: [],
  colours: DEFAULT_COLOURS,
  traditional: true,
  english: true,
};

/** Settings as stored, completed with the defaults (older or partial values stay valid). */
export function withDefaults(
  value: Partial<HighlightSettings> | null | undefined,
): HighlightSettings {
  return {
    ...DEFAULT_HIGHLIGHT,
    ...value,
    colours: { ...DEFAULT_COLOURS, ...value?.colours },
  };
}

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => {
    const c = ((n >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = '#1a1a1a';
export const LIGHT_TEXT = '#ffffff';

/** The text colour that reads best on a background: near-black or white. */
export function textOn(background: string): string {
  return contrast(background, DARK_TEXT) >= contrast(background, LIGHT_TEXT)
    ? DARK_TEXT
    : LIGHT_TEXT;
}

/** The ::highlight() rules for the categories' colours (the page's own colours play no part). */
export function highlightCss(settings: HighlightSettings): string {
  return Object.entries(settings.colours)
    .map(
      ([id, bg]) =>
        `::highlight(nansha-lens-${id}) { background-color: ${bg}; color: ${textOn(bg)}; }`,
    )
    .join('\n');
}
