/**
 * The options page's logic, without UI: colour checks, changes to the highlight settings, the
 * shortcuts list and "clear everything". Pure where it can be, so unit tests cover it.
 */
import { type CategoryId, glossary } from '../corpus/glossary.ts';
import { guardWrite } from '../db/errors.ts';
import type { NanshaDb } from '../db/schema.ts';
import { clearSightings } from '../db/sightings.ts';
import { deleteNotesAndDocuments } from '../db/transfer.ts';
import { type MessageKey, t } from '../i18n/t.ts';
import { contrast, DEFAULT_COLOURS, type HighlightSettings, textOn } from '../settings/colours.ts';
import {
  disabledSitesItem,
  enabledItem,
  highlightItem,
  recordSightingsItem,
  resolutionEnabledItem,
} from '../settings/items.ts';

/** WCAG AA for normal text: what every highlight colour must reach with its text colour. */
export const MIN_CONTRAST = 4.5;

export interface ColourCheck {
  /** The colour, lower case #rrggbb. */
  colour: string;
  /** The text colour drawn on it (near-black or white, whichever reads better). */
  text: string;
  /** Contrast of the text on the colour (1 to 21). */
  ratio: number;
  /** At least 4.5:1: the colour may be saved. */
  ok: boolean;
}

export const isHexColour = (value: string): boolean => /^#[0-9a-f]{6}$/i.test(value);

/**
 * Whether a highlight colour keeps its text readable. The highlight is opaque and we choose its
 * text colour, so the page's own background plays no part: the rule holds on light and dark
 * pages alike. Some mid-tones fail with both text colours (docs/decisions/040-contrast-figures.md).
 */
export function checkColour(value: string): ColourCheck {
  const colour = value.toLowerCase();
  if (!isHexColour(colour)) return { colour, text: '#1a1a1a', ratio: 1, ok: false };
  const text = textOn(colour);
  const ratio = contrast(colour, text);
  return { colour, text, ratio, ok: ratio >= MIN_CONTRAST };
}

/** A ratio for people: rounded down to one decimal, so 4.48 never shows as 4.5. */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 10) / 10).toFixed(1);
}

export function setCategoryShown(
  settings: HighlightSettings,
  id: CategoryId,
  shown: boolean,
): HighlightSettings {
  const hidden = settings.hiddenCategories.filter((c) => c !== id);
  return { ...settings, hiddenCategories: shown ? hidden : [...hidden, id] };
}

/** The settings with a new colour, or null when the colour is refused (below 4.5:1). */
export function setColour(
  settings: HighlightSettings,
  id: CategoryId,
  colour: string,
): HighlightSettings | null {
  const check = checkColour(colour);
  if (!check.ok) return null;
  return { ...settings, colours: { ...settings.colours, [id]: check.colour } };
}

export function resetColours(settings: HighlightSettings): HighlightSettings {
  return { ...settings, colours: { ...DEFAULT_COLOURS } };
}

/** A short term of each category with its English form, for the colour samples. */
export function sampleTerm(id: CategoryId): { zh: string; en: string } {
  let best: { zh: string; en: string } | undefined;
  for (const term of glossary) {
    if (term.category !== id) continue;
    const en = term.variants.find((v) => v.script === 'en')?.form;
    if (!en) continue;
    if (!best || en.length + term.canonical.length < best.en.length + best.zh.length) {
      best = { zh: term.canonical, en };
    }
  }
  return best ?? { zh: '南沙方案', en: 'Nansha Plan' };
}

// ---- Shortcuts ----

/** The extension's commands in the order the page lists them, with their labels. */
const COMMANDS: { names: string[]; label: MessageKey }[] = [
  {
    names: ['_execute_action', '_execute_browser_action', '_execute_sidebar_action'],
    label: 'cmdOpenPanel',
  },
  { names: ['toggle-site'], label: 'cmdToggleSite' },
  { names: ['add-note'], label: 'cmdAddNote' },
  { names: ['next-term'], label: 'cmdNextTerm' },
  { names: ['previous-term'], label: 'cmdPrevTerm' },
];

export interface Shortcut {
  name: string;
  label: string;
  /** The keys as the browser reports them ("Alt+Shift+N"), or '' when none is set. */
  shortcut: string;
}

/** `browser.commands.getAll()` → the rows of the shortcuts table, in a fixed order. */
export function describeCommands(
  commands: readonly { name?: string; description?: string; shortcut?: string }[],
): Shortcut[] {
  const rank = (name: string) => {
    const at = COMMANDS.findIndex((c) => c.names.includes(name));
    return at < 0 ? COMMANDS.length : at;
  };
  return commands
    .filter((c): c is typeof c & { name: string } => Boolean(c.name))
    .map((c) => {
      const known = COMMANDS.find((k) => k.names.includes(c.name));
      return {
        name: c.name,
        label: known ? t(known.label) : c.description || c.name,
        shortcut: c.shortcut ?? '',
      };
    })
    .sort((a, b) => rank(a.name) - rank(b.name));
}

/** "Alt+Shift+N" → ["Alt", "Shift", "N"]; macOS symbols ("⌥⇧N") stay one piece. */
export function shortcutKeys(shortcut: string): string[] {
  return shortcut ? shortcut.split('+').filter(Boolean) : [];
}

// ---- Clear everything ----

/**
 * Deletes every note and the reader's documents (after a backup of both, kept in the backups
 * table so it can be restored), the history of pages, and every setting (back to the defaults).
 * Notes, documents and history go in one transaction.
 */
export async function clearEverything(db: NanshaDb): Promise<void> {
  await guardWrite(() =>
    db.transaction(
      'rw',
      [db.notes, db.documents, db.documentTerms, db.backups, db.sightings],
      async () => {
        await deleteNotesAndDocuments(db);
        await clearSightings(db);
      },
    ),
  );
  await Promise.all([
    enabledItem.removeValue(),
    disabledSitesItem.removeValue(),
    highlightItem.removeValue(),
    recordSightingsItem.removeValue(),
    resolutionEnabledItem.removeValue(),
  ]);
}
