import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { categoryIds } from '../../../src/corpus/glossary.ts';
import { type NanshaDb, openDb } from '../../../src/db/schema.ts';
import { recordSighting } from '../../../src/db/sightings.ts';
import {
  checkColour,
  clearEverything,
  describeCommands,
  formatRatio,
  MIN_CONTRAST,
  resetColours,
  sampleTerm,
  setCategoryShown,
  setColour,
  shortcutKeys,
} from '../../../src/options/model.ts';
import {
  contrast,
  DARK_TEXT,
  DEFAULT_COLOURS,
  DEFAULT_HIGHLIGHT,
  LIGHT_TEXT,
  withDefaults,
} from '../../../src/settings/colours.ts';
import {
  disabledSitesItem,
  enabledItem,
  highlightItem,
  recordSightingsItem,
} from '../../../src/settings/items.ts';
import { note } from '../db/fixtures.ts';

let db: NanshaDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
  fakeBrowser.reset();
});

describe('highlight colours', () => {
  it('every default colour reads at ≥ 4.5:1 with its text colour', () => {
    for (const [id, colour] of Object.entries(DEFAULT_COLOURS)) {
      const check = checkColour(colour);
      expect(check.ok, id).toBe(true);
      expect(check.ratio, id).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });

  it('refuses mid-tones that fail with both dark and white text', () => {
    // #777777 fails with both text colours (docs/decisions/040-contrast-figures.md).
    expect(contrast('#777777', DARK_TEXT)).toBeLessThan(4.5);
    expect(contrast('#777777', LIGHT_TEXT)).toBeLessThan(4.5);
    const check = checkColour('#777777');
    expect(check).toMatchObject({ colour: '#777777', text: LIGHT_TEXT, ok: false });
    expect(formatRatio(check.ratio)).toBe('4.4');
    expect(setColour(DEFAULT_HIGHLIGHT, 'plans', '#777777')).toBeNull();
  });

  it('accepts dark colours (white text) and light ones (dark text), stored lower case', () => {
    expect(checkColour('#0B3D91')).toMatchObject({ colour: '#0b3d91', text: LIGHT_TEXT, ok: true });
    expect(checkColour('#FFFF00')).toMatchObject({ colour: '#ffff00', text: DARK_TEXT, ok: true });
    const next = setColour(DEFAULT_HIGHLIGHT, 'places', '#0B3D91');
    expect(next?.colours.places).toBe('#0b3d91');
    expect(next?.colours.plans).toBe('#ffe08a');
    // The defaults are not mutated (their values as written in src/settings/colours.ts).
    expect(DEFAULT_HIGHLIGHT.colours.places).toBe('#b8e4fa');
    expect(DEFAULT_COLOURS.places).toBe('#b8e4fa');
  });

  it('refuses only a few mid-greys (fewer than 16 of 256, #777777 among them)', () => {
    const refused: string[] = [];
    for (let v = 0; v < 256; v++) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      if (!checkColour(hex).ok) refused.push(hex);
    }
    // A narrow band of mid-greys, and nothing else.
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThan(16);
    expect(refused).toContain('#777777');
  });

  it('refuses anything that is not #rrggbb', () => {
    for (const bad of ['', 'red', '#fff', '#12345g', 'javascript:x']) {
      expect(checkColour(bad).ok, bad).toBe(false);
    }
  });

  it('formats ratios rounded down', () => {
    expect(formatRatio(4.499)).toBe('4.4');
    expect(formatRatio(21)).toBe('21.0');
  });
});

describe('highlight settings changes', () => {
  it('hides and shows a category without duplicates', () => {
    const hidden = setCategoryShown(DEFAULT_HIGHLIGHT, 'epidemic', false);
    expect(hidden.hiddenCategories).toEqual(['epidemic']);
    expect(setCategoryShown(hidden, 'epidemic', false).hiddenCategories).toEqual(['epidemic']);
    expect(setCategoryShown(hidden, 'epidemic', true).hiddenCategories).toEqual([]);
  });

  it('resets colours and keeps the rest', () => {
    const changed = {
      ...DEFAULT_HIGHLIGHT,
      english: false,
      colours: { ...DEFAULT_COLOURS, plans: '#000000' },
    };
    expect(resetColours(changed)).toEqual({ ...DEFAULT_HIGHLIGHT, english: false });
  });

  it('has a Chinese and an English sample for every category', () => {
    for (const id of categoryIds) {
      const sample = sampleTerm(id);
      expect(sample.zh, id).toMatch(/\p{Script=Han}/u);
      expect(sample.en, id).toMatch(/[A-Za-z]/);
    }
    expect(sampleTerm('plans')).toEqual({ zh: '南沙方案', en: 'Nansha Plan' });
  });
});

describe('shortcuts', () => {
  it('lists the commands in a fixed order with their labels', () => {
    const rows = describeCommands([
      { name: 'next-term', description: 'x', shortcut: 'Alt+Shift+J' },
      { name: 'previous-term', description: 'x', shortcut: '' },
      { name: 'add-note', description: 'x', shortcut: 'Alt+Shift+M' },
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+N' },
      { name: 'toggle-site', description: 'x', shortcut: 'Alt+Shift+H' },
      { name: 'something-else', description: 'Other', shortcut: 'Ctrl+Y' },
    ]);
    expect(rows.map((r) => [r.label, r.shortcut])).toEqual([
      ['Open the panel', 'Alt+Shift+N'],
      ['Turn highlighting on or off for this site', 'Alt+Shift+H'],
      ['Add a note on the selected text', 'Alt+Shift+M'],
      ['Go to the next term on the page', 'Alt+Shift+J'],
      ['Go to the previous term on the page', ''],
      ['Other', 'Ctrl+Y'],
    ]);
  });

  it('splits keys on +', () => {
    expect(shortcutKeys('Alt+Shift+N')).toEqual(['Alt', 'Shift', 'N']);
    expect(shortcutKeys('⌥⇧N')).toEqual(['⌥⇧N']);
    expect(shortcutKeys('')).toEqual([]);
  });
});

describe('clear everything', () => {
  it('deletes notes (keeping a backup) and history, and resets every setting', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await db.notes.bulkAdd([note('a'), note('b')]);
    await recordSighting(db, {
      url: 'https://e.org/a',
      title: 'A',
      terms: [{ termId: 'nansha-plan', count: 2, order: 0 }],
    } as never);
    expect(await db.sightings.count()).toBe(1);
    await enabledItem.setValue(false);
    await disabledSitesItem.setValue(['e.org']);
    await highlightItem.setValue({ ...DEFAULT_HIGHLIGHT, english: false });
    await recordSightingsItem.setValue(false);

    await clearEverything(db);

    expect(await db.notes.count()).toBe(0);
    expect(await db.sightings.count()).toBe(0);
    const backups = await db.backups.toArray();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ reason: 'before delete', noteCount: 2 });
    expect(await enabledItem.getValue()).toBe(true);
    expect(await disabledSitesItem.getValue()).toEqual([]);
    expect(withDefaults(await highlightItem.getValue())).toEqual(DEFAULT_HIGHLIGHT);
    expect(await recordSightingsItem.getValue()).toBe(true);
  });
});
