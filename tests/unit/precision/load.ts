/**
 * The labelled precision fixtures (tests/fixtures/precision/*.md, decision 093): front matter,
 * then text where each term a reader would want highlighted is written `⟦surface|term-id⟧`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../paths.ts';

export const PRECISION_DIR = join(FIXTURES_DIR, 'precision');

export type FixtureLang = 'zh-Hans' | 'zh-Hant' | 'en';

export interface Label {
  termId: string;
  surface: string;
  /** Offsets into `Fixture.text` (the text without markers). */
  start: number;
  end: number;
}

export interface Fixture {
  file: string;
  lang: FixtureLang;
  kind: 'article' | 'trap';
  title: string;
  note: string;
  html: boolean;
  /** The page's text, markers removed; paragraphs separated by a blank line. */
  text: string;
  labels: Label[];
}

const LABEL = /⟦([^⟦⟧|]+)\|([^⟦⟧|]+)⟧/g;

/** Parses one fixture; throws on a malformed front matter or marker. */
export function parseFixture(file: string, source: string): Fixture {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!m) throw new Error(`${file}: no front matter`);
  const meta: Record<string, string> = {};
  for (const line of (m[1] as string).split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) meta[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  const lang = meta.lang as FixtureLang;
  if (!['zh-Hans', 'zh-Hant', 'en'].includes(lang)) throw new Error(`${file}: lang ${lang}`);
  const kind = meta.kind as Fixture['kind'];
  if (kind !== 'article' && kind !== 'trap') throw new Error(`${file}: kind ${kind}`);
  if (meta.html !== 'yes' && meta.html !== 'no') throw new Error(`${file}: html ${meta.html}`);
  const body = source.slice(m[0].length).trim();
  const labels: Label[] = [];
  let text = '';
  let last = 0;
  for (const l of body.matchAll(LABEL)) {
    text += body.slice(last, l.index);
    const surface = l[1] as string;
    labels.push({
      termId: (l[2] as string).trim(),
      surface,
      start: text.length,
      end: text.length + surface.length,
    });
    text += surface;
    last = l.index + l[0].length;
  }
  text += body.slice(last);
  if (/[⟦⟧]/.test(text)) throw new Error(`${file}: a marker that does not parse`);
  return {
    file,
    lang,
    kind,
    title: meta.title ?? '',
    note: meta.note ?? '',
    html: meta.html === 'yes',
    text,
    labels,
  };
}

/** Every fixture, by file name. */
export function loadFixtures(dir = PRECISION_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseFixture(f, readFileSync(join(dir, f), 'utf8')));
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The fixture as a news page: its title in <title> only (not labelled), each paragraph a <p>,
 * inside an <article> with the page's language, and a site header and footer without terms.
 */
export function renderHtml(f: Fixture): string {
  const paragraphs = f.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${f.lang}">
<head><meta charset="utf-8"><title>${escapeHtml(f.title)}</title></head>
<body>
<header><nav><a href="#">News</a> · <a href="#">World</a> · <a href="#">Business</a></nav></header>
<article>
${paragraphs}
</article>
<footer><p>© 2026</p></footer>
</body>
</html>
`;
}
