/**
 * Export (JSON, Markdown, W3C Web Annotation) and import of notes; restore from a backup and
 * "delete all". Every change that replaces or merges notes runs in one Dexie transaction with its
 * automatic backup: all or nothing, a full disk included (a StorageFullError, see errors.ts).
 * Parsing and validation happen before the transaction opens.
 */
import { t, tn } from '../i18n/t.ts';
import { backupNow } from './backups.ts';
import { documentErrorMessage } from './document-file.ts';
import {
  allDocuments,
  DocumentError,
  type DocumentWithTerms,
  deleteAllDocuments,
  placeDocuments,
} from './documents.ts';
import { guardWrite } from './errors.ts';
import { exportJsonText, sameNote, sortNotes } from './format.ts';
import type { BackupReason, NanshaDb, Note } from './schema.ts';
import { ImportError, type ParsedImport, parseImport } from './validate.ts';
import { exportWebAnnotations } from './webannotation.ts';

export { exportJsonText, exportWebAnnotations };

export interface ImportConflict {
  id: string;
  /** Which version is in the database now: the newer `updatedAt` wins; a tie keeps yours. */
  kept: 'existing' | 'imported';
}

export interface ImportReport {
  format: ParsedImport['format'];
  added: number;
  updated: number;
  unchanged: number;
  /** Same id, different content. */
  conflicts: ImportConflict[];
  /** The reader's documents in the file, when it has any: a newer one replaces its older self. */
  documents?: { added: number; updated: number; unchanged: number };
}

/** The tables a change that backs up first must span (backupNow reads them all). */
const backedUp = (db: NanshaDb) => [db.notes, db.documents, db.documentTerms, db.backups];

/** A document the limits refuse, as an import's problem (nothing was written). */
async function asImportError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DocumentError) throw new ImportError([documentErrorMessage(error)]);
    throw error;
  }
}

/** Every note, oldest first. */
export async function allNotes(db: NanshaDb): Promise<Note[]> {
  return sortNotes(await db.notes.toArray());
}

/**
 * Merges notes by id in one transaction, after a backup of the notes as they were: new ids are
 * added; for an id already there, the newer `updatedAt` wins (a tie keeps the existing note) and
 * a difference is reported as a conflict. If anything fails nothing is written.
 */
export async function mergeNotes(
  db: NanshaDb,
  incoming: readonly Note[],
  format: ParsedImport['format'] = 'json',
  now = Date.now(),
  documents?: readonly DocumentWithTerms[],
): Promise<ImportReport> {
  return asImportError(() =>
    guardWrite(() =>
      db.transaction('rw', backedUp(db), async () => {
        const existing = await backupNow(db, 'before import', now);
        const byId = new Map(existing.map((n) => [n.id, n]));
        const report: ImportReport = { format, added: 0, updated: 0, unchanged: 0, conflicts: [] };
        const writes: Note[] = [];
        for (const note of incoming) {
          const old = byId.get(note.id);
          if (!old) {
            report.added++;
            writes.push(note);
          } else if (sameNote(old, note)) {
            report.unchanged++;
          } else if (note.updatedAt > old.updatedAt) {
            report.updated++;
            report.conflicts.push({ id: note.id, kept: 'imported' });
            writes.push(note);
          } else {
            report.conflicts.push({ id: note.id, kept: 'existing' });
          }
        }
        if (writes.length > 0) await db.notes.bulkPut(writes);
        if (documents) {
          const placed = await placeDocuments(db, documents, true);
          report.documents = {
            added: placed.added.length,
            updated: placed.updated,
            unchanged: placed.unchanged,
          };
        }
        return report;
      }),
    ),
  );
}

/** Validates a file's text, then merges its notes (see mergeNotes). Throws ImportError. */
export async function importText(
  db: NanshaDb,
  text: string,
  now = Date.now(),
): Promise<ImportReport> {
  const parsed = parseImport(text, now);
  return mergeNotes(db, parsed.notes, parsed.format, now, parsed.documents);
}

/**
 * Replaces every note with a backup's, after backing up the notes and documents as they are;
 * the documents too when the backup holds some (a backup without any leaves them as they are).
 */
export async function restoreBackup(db: NanshaDb, id: number, now = Date.now()): Promise<number> {
  const backup = await db.backups.get(id);
  if (!backup) throw new ImportError([t('backupMissing')]);
  const { notes, documents } = parseImport(backup.json, now);
  return replaceAll(db, notes, 'before restore', now, documents);
}

/** Deletes every note, after a backup (documents stay: "Clear everything" deletes them). */
export async function deleteAllNotes(db: NanshaDb, now = Date.now()): Promise<number> {
  return replaceAll(db, [], 'before delete', now);
}

/** Deletes every note and every document, after one backup of both. */
export async function deleteNotesAndDocuments(db: NanshaDb, now = Date.now()): Promise<number> {
  return replaceAll(db, [], 'before delete', now, []);
}

/** `documents`: replace the documents with these too (undefined: leave them). */
async function replaceAll(
  db: NanshaDb,
  notes: readonly Note[],
  reason: BackupReason,
  now: number,
  documents?: readonly DocumentWithTerms[],
): Promise<number> {
  return guardWrite(() =>
    db.transaction('rw', backedUp(db), async () => {
      await backupNow(db, reason, now);
      await db.notes.clear();
      if (notes.length > 0) await db.notes.bulkAdd([...notes]);
      if (documents) {
        await deleteAllDocuments(db);
        await placeDocuments(db, documents, true);
      }
      return notes.length;
    }),
  );
}

/** The full JSON export's text: every note, and the reader's documents with their terms. */
export async function exportAllJson(db: NanshaDb, now = Date.now()): Promise<string> {
  const [notes, documents] = await db.transaction(
    'r',
    db.notes,
    db.documents,
    db.documentTerms,
    () => Promise.all([allNotes(db), allDocuments(db)]),
  );
  return exportJsonText(notes, now, 2, documents);
}

// ---- Markdown ----

/** What the Markdown export needs to know about terms and passages. */
export interface MarkdownCorpus {
  /** Terms in glossary order. */
  terms: readonly { id: string; canonical: string }[];
  /** A passage's label ("Paragraph 3, sentence 2") and text; undefined for an unknown id. */
  passage(id: string): { label: string; text: string } | undefined;
}

/** Backslash-escapes what Markdown (and Obsidian: #tags, [[links]], ==marks==) would interpret. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+!|~=&$^]/g, '\\$&')
    .replace(/^(\s*)([-:]|\d+[.)])/gm, '$1\\$2')
    .replace(/\r\n?|\n/g, ' ');
}

/** A URL for a Markdown link: only http(s), with what would end the link encoded. */
export function markdownUrl(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  return url.replace(
    /[\s()<>[\]\\`"']/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

const DANGEROUS_LINK = /(\]\(\s*(?:\\<)?\s*)((?:javascript|vbscript|data|file)\s*:)/gi;
const DANGEROUS_DEFINITION =
  /(^\s{0,3}\[[^\]]+\]:\s*(?:\\<)?\s*)((?:javascript|vbscript|data|file)\s*:)/gi;

/**
 * A note's own Markdown, made inert: raw HTML (`<`) and dangerous link protocols are escaped
 * outside code, as the panel shows them (micromark escapes raw HTML, drops javascript: links).
 */
export function inertMarkdown(body: string): string {
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      // Outside code spans: `<` can start no HTML; a javascript:, vbscript:, data: or file: link
      // (inline or a definition) becomes a fragment link that goes nowhere.
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, i) =>
          i % 2 === 1
            ? part
            : part
                .replace(/</g, '\\<')
                .replace(DANGEROUS_LINK, '$1#blocked-$2')
                .replace(DANGEROUS_DEFINITION, '$1#blocked-$2'),
        )
        .join('');
    })
    .join('\n');
}

/** An Obsidian tag: letters, digits, `_`, `-` and `/`; anything else becomes `_`. */
export function markdownTag(tag: string): string {
  const cleaned = tag.replace(/[^\p{L}\p{N}_\-/]/gu, '_');
  return `#${/^\d+$/.test(cleaned) ? `_${cleaned}` : cleaned}`;
}

function noteMarkdown(note: Note): string {
  const out: string[] = [inertMarkdown(note.body.trim())];
  const s = note.source;
  if (s) {
    if (s.quote)
      out.push(
        s.quote
          .split(/\r\n?|\n/)
          .map((l) => `> ${escapeMarkdown(l)}`)
          .join('\n'),
      );
    const title = escapeMarkdown(s.title || s.url);
    const url = markdownUrl(s.url);
    out.push(url ? `— [${title}](${url})` : `— ${title} (\`${s.url.replace(/`/g, "'")}\`)`);
  }
  const meta = [
    ...note.tags.map(markdownTag),
    new Date(note.updatedAt).toISOString().slice(0, 10),
  ].join(' ');
  out.push(meta);
  return out.join('\n\n');
}

function passageGroups(notes: Note[], corpus: MarkdownCorpus, level: string): string[] {
  const byPassage = new Map<string, Note[]>();
  const loose: Note[] = [];
  for (const n of notes) {
    if (n.passageIds.length === 0) loose.push(n);
    for (const p of n.passageIds) byPassage.set(p, [...(byPassage.get(p) ?? []), n]);
  }
  const out: string[] = [];
  for (const n of loose) out.push(noteMarkdown(n), '---');
  const ids = [...byPassage.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const id of ids) {
    const p = corpus.passage(id);
    out.push(`${level} ${escapeMarkdown(p?.label ?? id)}`);
    if (p) {
      const brief = p.text.length > 80 ? `${p.text.slice(0, 80)}…` : p.text;
      out.push(`*${escapeMarkdown(brief)}*`);
    }
    for (const n of byPassage.get(id) ?? []) out.push(noteMarkdown(n), '---');
  }
  return out;
}

/**
 * Markdown for reading (Obsidian and the like): a section per term (canonical name), inside it a
 * section per passage (briefly quoted), each note with its page quote as a blockquote, a link to
 * the page and its #tags; notes linked to no term under "Other notes". A note linked to several
 * terms appears under each.
 */
export function exportMarkdown(
  notes: readonly Note[],
  corpus: MarkdownCorpus,
  now = Date.now(),
): string {
  const sorted = sortNotes(notes).reverse();
  const out: string[] = [
    `# ${escapeMarkdown(t('exportMarkdownTitle'))}`,
    escapeMarkdown(
      tn('exportMarkdownMeta', notes.length, [new Date(now).toISOString().slice(0, 10)]),
    ),
  ];
  const known = new Set(corpus.terms.map((x) => x.id));
  for (const term of corpus.terms) {
    const mine = sorted.filter((n) => n.termIds.includes(term.id));
    if (mine.length === 0) continue;
    out.push(`## ${escapeMarkdown(term.canonical)}`, ...passageGroups(mine, corpus, '###'));
  }
  const other = sorted.filter((n) => !n.termIds.some((id) => known.has(id)));
  if (other.length > 0) {
    out.push(
      `## ${escapeMarkdown(t('exportMarkdownOther'))}`,
      ...passageGroups(other, corpus, '###'),
    );
  }
  return `${out.join('\n\n')}\n`;
}
