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

/** Highlights besides the categories': a noted quote, and an occurrence the panel asked to show. */
export type HighlightName = CategoryId | 'note' | 'flash';

/**
 * The names a page's highlights are registered under: random for each page (and each restart of
 * the lens there), so that what a page can read in `CSS.highlights` names no extension and
 * follows no reader from site to site (docs/security.md).
 */
export type HighlightNames = Record<HighlightName, string>;

const named = (): HighlightName[] => [
  ...(Object.keys(DEFAULT_COLOURS) as CategoryId[]),
  'note',
  'flash',
];

/** A fresh name, not in `used` (which it joins): a letter and 11 random base-36 digits. */
export function randomHighlightName(used: Set<string>): string {
  const bytes = new Uint8Array(11);
  let name: string;
  do {
    crypto.getRandomValues(bytes);
    name = `h${[...bytes].map((b) => (b % 36).toString(36)).join('')}`;
  } while (used.has(name));
  used.add(name);
  return name;
}

/** A fresh set of names, all different (`used` collects them, for more names to come). */
export function randomHighlightNames(used = new Set<string>()): HighlightNames {
  const names = {} as HighlightNames;
  for (const id of named()) names[id] = randomHighlightName(used);
  return names;
}

/** Whether `value` is a set of names as made above (a CSS identifier each, nothing else). */
export function isHighlightNames(value: unknown): value is HighlightNames {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const ids = named();
  return (
    Object.keys(v).length === ids.length &&
    ids.every((id) => typeof v[id] === 'string' && /^h[0-9a-z]{11}$/.test(v[id] as string))
  );
}

/**
 * The stylesheet of a page's highlights: one colour per category (the text colour chosen for
 * contrast; the page's own colours play no part), the noted quotes underlined so that they show
 * under a term's colour too, and the flash.
 */
export function highlightCss(settings: HighlightSettings, names: HighlightNames): string {
  const rules = Object.entries(settings.colours).map(
    ([id, bg]) =>
      `::highlight(${names[id as CategoryId]}) { background-color: ${bg}; color: ${textOn(bg)}; }`,
  );
  rules.push(
    `::highlight(${names.note}) { text-decoration: underline 3px ${NOTE_COLOUR}; text-underline-offset: 4px; background-color: rgb(194 24 91 / 0.08); }`,
    `::highlight(${names.flash}) { background-color: ${FLASH_COLOUR}; color: #000000; }`,
  );
  return rules.join('\n');
}

/**
 * The rules of the reader's documents' highlights: each document in its own colour (the text
 * colour chosen for contrast), `names` by document id.
 */
export function documentHighlightCss(
  docs: readonly { id: string; colour: string }[],
  names: Readonly<Record<string, string>>,
): string {
  return docs
    .filter((d) => names[d.id] !== undefined && /^#[0-9a-f]{6}$/i.test(d.colour))
    .map(
      (d) =>
        `::highlight(${names[d.id]}) { background-color: ${d.colour}; color: ${textOn(d.colour)}; }`,
    )
    .join('\n');
}

/** The underline of a noted quote. */
export const NOTE_COLOUR = '#c2185b';
/** An occurrence the panel asked to show. */
export const FLASH_COLOUR = '#f5a623';
