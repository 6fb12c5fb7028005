/**
 * Features the docs promise in the panel and the options page, each checked as a reader would
 * notice it (issue 19): `javascript:` links written in a note, the Term view's variants, the Notes
 * view's filters, a backup's Download, and the options page's Clear history.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { openOptions } from './a11y/pages.ts';
import {
  expect,
  firstScanDone,
  highlightedTexts,
  importNotesFile,
  skipE2E,
  test,
} from './harness.ts';

const run = test.skipIf(skipE2E);
const PANEL = { width: 400, height: 800 };

async function openPanel(ext: { openPanelTab(): Promise<Page> }): Promise<Page> {
  const panel = await ext.openPanelTab();
  await panel.setViewportSize(PANEL);
  return panel;
}

/** Opens a term's view as a reader does: search for it, click the term result. */
async function openTerm(panel: Page, query: string, canonical: string): Promise<void> {
  await panel.getByRole('button', { name: 'Search', exact: true }).click();
  await panel.getByRole('searchbox').fill(query);
  const term = panel.locator('.group-term li button', { hasText: canonical }).first();
  await term.click();
  await expect.poll(() => panel.locator('h2').first().textContent()).toBe(canonical);
}

const T0 = 1_700_000_000_000;
/** A note for an import file. */
function note(
  id: string,
  body: string,
  extra: { tags?: string[]; termIds?: string[]; page?: [url: string, title: string] } = {},
  at = T0,
) {
  return {
    id,
    body,
    tags: extra.tags ?? [],
    termIds: extra.termIds ?? [],
    passageIds: [],
    ...(extra.page ? { source: { url: extra.page[0], title: extra.page[1] } } : {}),
    createdAt: at,
    updatedAt: at,
  };
}

async function importNotes(panel: Page, notes: object[]): Promise<void> {
  await importNotesFile(panel, notes);
  await expect
    .poll(() => panel.locator('.import-report').textContent())
    .toBe(`Imported from JSON: ${notes.length} added, 0 updated, 0 unchanged.`);
}

describe('in the English UI', () => {
  test.scoped({ lang: 'en' });

  run(
    'javascript: links written in a note’s Markdown are rendered without a live href and do nothing',
    async ({ ext }) => {
      const panel = await openPanel(ext);
      const safe = ext.server.url('/news-en.html');
      await panel.getByRole('button', { name: 'Notes', exact: true }).click();
      await panel.getByRole('button', { name: 'New note', exact: true }).click();
      await panel
        .getByRole('textbox', { name: 'Note (Markdown)' })
        .fill(
          [
            '[click me](javascript:window.__pwned=1)',
            '[upper](JaVaScRiPt:window.__pwned=2)',
            '[spaced]( javascript:window.__pwned=3 )',
            '[data](data:text/html,<script>window.__pwned=4</script>)',
            '<javascript:window.__pwned=5>',
            '<a href="javascript:window.__pwned=6">raw link</a>',
            `[safe](${safe})`,
          ].join('\n\n'),
        );
      await panel.getByRole('button', { name: 'Save' }).click();
      const md = panel.locator('.notes .note .md').first();
      // The positive signal: the note is rendered, its safe link live.
      await expect.poll(() => md.locator('a', { hasText: 'safe' }).getAttribute('href')).toBe(safe);

      // Every link's href: none runs script or loads data.
      const hrefs = await md
        .locator('a')
        .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
      for (const [text, href] of hrefs) {
        expect(href ?? '', `link "${text}"`).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
      expect(hrefs.map(([text]) => text)).toEqual(
        expect.arrayContaining(['click me', 'upper', 'data']),
      );
      // The raw <a> is shown as text, not made a link.
      expect(await md.textContent()).toContain(
        '<a href="javascript:window.__pwned=6">raw link</a>',
      );

      // Clicking them does nothing; clicking the safe link opens it in a new tab.
      const tabs = ext.context.pages().length;
      for (const text of ['click me', 'upper', 'data']) {
        await md.locator('a', { hasText: text }).first().click();
      }
      const [opened] = await Promise.all([
        ext.context.waitForEvent('page'),
        md.locator('a', { hasText: 'safe' }).click(),
      ]);
      await opened.waitForURL(safe);
      // Only that tab was opened, the panel is still where it was, and no script ran.
      expect(ext.context.pages()).toHaveLength(tabs + 1);
      expect(panel.url()).toMatch(/\/sidepanel\.html$/);
      expect(await panel.evaluate(() => '__pwned' in window)).toBe(false);
      expect(await opened.evaluate(() => '__pwned' in window)).toBe(false);
    },
  );

  run(
    'the Term view lists the Simplified, Traditional and English forms of a term',
    async ({ ext }) => {
      const panel = await openPanel(ext);
      const variants = () =>
        panel
          .locator('dl.variants > div')
          .evaluateAll((rows) =>
            rows.map((row) => [
              row.querySelector('dt')?.textContent,
              [...row.querySelectorAll('dd .variant')].map((v) => v.textContent),
            ]),
          );
      await openTerm(panel, 'GBA', '粤港澳大湾区');
      await expect.poll(variants).toEqual([
        ['Simplified', ['大湾区']],
        ['Traditional', ['粵港澳大灣區', '大灣區']],
        [
          'English',
          [
            'Greater Bay Area',
            'GBA',
            'Guangdong-Hong Kong-Macao Greater Bay Area',
            'Guangdong-Hong Kong-Macau Greater Bay Area',
          ],
        ],
      ]);
      // The canonical form is the title, not repeated as a variant; a script without forms has
      // no row (澳门: no other Simplified form).
      await openTerm(panel, 'Macau', '澳门');
      await expect.poll(variants).toEqual([
        ['Traditional', ['澳門']],
        ['English', ['Macao', 'Macau']],
      ]);
    },
  );

  run('the Notes view filters by term, by tag and by page', async ({ ext }) => {
    const panel = await openPanel(ext);
    const pageA = 'https://a.example/news/1';
    const pageB = 'https://b.example/story';
    await importNotes(panel, [
      note('f1', 'One: plan, interview, page A', {
        termIds: ['nansha-plan'],
        tags: ['interview'],
        page: [pageA, 'Page A'],
      }),
      note('f2', 'Two: bay area, interview and policy, page B', {
        termIds: ['gba'],
        tags: ['interview', 'policy'],
        page: [pageB, 'Page B'],
      }),
      note('f3', 'Three: plan and bay area, policy', {
        termIds: ['nansha-plan', 'gba'],
        tags: ['policy'],
      }),
      note('f4', 'Four: nothing but page A', { page: [pageA, 'Page A'] }),
    ]);
    await panel.getByRole('button', { name: 'Notes', exact: true }).click();
    const shown = async () =>
      (await panel.locator('.notes .note .md').allTextContents())
        .map((t) => t.split(':')[0])
        .sort();
    await expect.poll(shown).toEqual(['Four', 'One', 'Three', 'Two']);

    const filters = panel.locator('.notes-view .filters');
    // Each <select> is inside its <label> (whose text then includes the options': by its caption).
    const select = (caption: string) =>
      filters
        .locator('label')
        .filter({ has: panel.locator('.label', { hasText: new RegExp(`^${caption}$`) }) })
        .locator('select');
    const term = select('Term');
    const tag = select('Tag');
    const page = select('Page');
    // The term list offers the terms that notes use, by name.
    await expect
      .poll(() => term.locator('option').allTextContents())
      .toEqual(['All', '南沙方案', '粤港澳大湾区']);

    await term.selectOption({ label: '南沙方案' });
    await expect.poll(shown).toEqual(['One', 'Three']);
    await expect.poll(() => panel.locator('.notes-count').textContent()).toBe('Notes: 2');
    // Term and tag together.
    await tag.selectOption('interview');
    await expect.poll(shown).toEqual(['One']);
    await term.selectOption({ label: 'All' });
    await expect.poll(shown).toEqual(['One', 'Two']);
    await tag.selectOption('policy');
    await expect.poll(shown).toEqual(['Three', 'Two']);
    await tag.selectOption({ label: 'All' });
    // By page (listed by its title).
    await page.selectOption({ label: 'Page A' });
    await expect.poll(shown).toEqual(['Four', 'One']);
    await page.selectOption({ label: 'Page B' });
    await expect.poll(shown).toEqual(['Two']);
    await page.selectOption({ label: 'All' });
    await expect.poll(shown).toEqual(['Four', 'One', 'Three', 'Two']);
  });

  run('a backup’s Download saves a file with the notes it holds', async ({ ext }) => {
    const panel = await openPanel(ext);
    const notes = [
      note('b1', '**南沙方案** first', { termIds: ['nansha-plan'], tags: ['kept'] }, T0 + 1),
      note('b2', 'second, from a page', { page: ['https://a.example/x', 'A page'] }, T0 + 2),
    ];
    await importNotes(panel, notes);
    // "Delete all notes" keeps a backup of them first.
    await panel.getByRole('button', { name: 'Delete all notes' }).click();
    await panel.getByRole('button', { name: 'Yes, delete all' }).click();
    await expect
      .poll(() => panel.locator('.data-view .notes-count').textContent())
      .toBe('Notes: 0');
    const backup = panel.locator('.backups li').first();
    await expect
      .poll(() => backup.locator('.backup-what').textContent())
      .toContain('Before deleting all notes');

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      backup.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^nansha-lens-backup-\d{4}-\d{2}-\d{2}-\d+\.json$/,
    );
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      format: string;
      version: number;
      notes: unknown[];
    };
    expect(file).toMatchObject({ format: 'nansha-lens-notes', version: 1 });
    expect(file.notes).toEqual(expect.arrayContaining(notes));
    expect(file.notes).toHaveLength(2);
  });

  run(
    'the options page’s Clear history clears the pages where terms were seen, and says so',
    async ({ ext }) => {
      const page = await ext.openFixture('/news-zh-CN.html');
      await expect.poll(() => highlightedTexts(page)).toContain('南沙方案');
      await firstScanDone(ext, page);
      const seenAt = ext.server.url('/news-zh-CN.html');

      // The page is remembered: the Term view lists it under "Seen on pages".
      const panel = await openPanel(ext);
      await openTerm(panel, '南沙方案', '南沙方案');
      await expect
        .poll(() => panel.locator('.pages a').first().getAttribute('href'), { timeout: 10_000 })
        .toBe(seenAt);
      // The page is closed: nothing can report it again after the history is cleared.
      await page.close();

      const options = await openOptions(ext);
      const history = options.locator('section', {
        has: options.getByRole('heading', { name: 'History on this machine' }),
      });
      expect(await history.getByRole('status').textContent()).toBe('');
      await history.getByRole('button', { name: 'Clear history' }).click();
      await expect.poll(() => history.getByRole('status').textContent()).toBe('History cleared.');

      // The open panel follows: the term has not been seen anywhere.
      await panel.bringToFront();
      await expect
        .poll(() => panel.locator('.term p.empty.small').textContent())
        .toBe('Not seen on any page yet.');
      expect(await panel.locator('.pages a').count()).toBe(0);
      // And after a reload, from the database itself.
      await panel.reload();
      await openTerm(panel, '南沙方案', '南沙方案');
      await expect
        .poll(() => panel.locator('.term p.empty.small').textContent())
        .toBe('Not seen on any page yet.');
    },
  );
});
