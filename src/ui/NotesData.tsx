import { useState } from 'preact/hooks';
import { glossary } from '../corpus/glossary.ts';
import { sentenceById } from '../corpus/passages.ts';
import { listBackups } from '../db/backups.ts';
import { writeFailureMessage } from '../db/errors.ts';
import type { Backup, BackupReason, NanshaDb } from '../db/schema.ts';
import {
  allNotes,
  deleteAllNotes,
  exportAllJson,
  exportMarkdown,
  exportWebAnnotations,
  type ImportReport,
  mergeNotes,
  restoreBackup,
} from '../db/transfer.ts';
import { ImportError, parseImportFile } from '../db/validate.ts';
import { type MessageKey, t, tn } from '../i18n/t.ts';
import { sendToBackground } from '../messaging/send.ts';
import { downloadText } from './download.ts';
import { formatDate, passageLabel } from './format.ts';
import { useLiveQuery } from './use-live-query.ts';

type Format = 'json' | 'markdown' | 'w3c';

const FORMATS: { id: Format; label: MessageKey }[] = [
  { id: 'json', label: 'formatJson' },
  { id: 'markdown', label: 'formatMarkdown' },
  { id: 'w3c', label: 'formatW3C' },
];

const REASONS: Record<BackupReason, MessageKey> = {
  'before import': 'backupReasonImport',
  'before upgrade': 'backupReasonUpgrade',
  'before restore': 'backupReasonRestore',
  'before delete': 'backupReasonDelete',
};

type Status =
  | { kind: 'busy' }
  | { kind: 'report'; report: ImportReport }
  | { kind: 'error'; title: MessageKey; problems: string[] }
  | { kind: 'done'; text: string };

type Confirm = { kind: 'restore'; backup: Omit<Backup, 'json'> } | { kind: 'delete' };

/** The background compiles the documents' terms for pages again. */
const documentsChanged = () => void sendToBackground({ type: 'documents-changed' }).catch(() => {});

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const markdownCorpus = {
  terms: glossary,
  passage(id: string) {
    const s = sentenceById(id);
    return s ? { label: passageLabel(id), text: s.text } : undefined;
  },
};

/**
 * Export (three formats), import (JSON or W3C), automatic backups with Restore, delete all. Needs
 * only the database: the panel's Data view and the options page both show it.
 */
export function NotesData({ db }: { db: NanshaDb }) {
  const count = useLiveQuery(() => db.notes.count(), []);
  const backups = useLiveQuery(() => listBackups(db), []);
  const [format, setFormat] = useState<Format>('json');
  const [status, setStatus] = useState<Status | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);

  /** A file that cannot be read lists its problems; a refused write says why (a full disk…). */
  const fail = (title: MessageKey, error: unknown) => {
    if (!(error instanceof ImportError)) console.error(error);
    setStatus({
      kind: 'error',
      title,
      problems: error instanceof ImportError ? error.problems : [writeFailureMessage(error)],
    });
  };

  const exportNow = async () => {
    const notes = await allNotes(db);
    const now = Date.now();
    if (format === 'json') {
      downloadText(
        await exportAllJson(db, now),
        `nansha-lens-notes-${day(now)}.json`,
        'application/json',
      );
    } else if (format === 'markdown') {
      downloadText(
        exportMarkdown(notes, markdownCorpus, now),
        `nansha-lens-notes-${day(now)}.md`,
        'text/markdown',
      );
    } else {
      downloadText(
        JSON.stringify(exportWebAnnotations(notes), null, 2),
        `nansha-lens-notes-${day(now)}.jsonld`,
        'application/ld+json',
      );
    }
    setStatus({ kind: 'done', text: tn('exported', notes.length) });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setConfirm(null);
    setStatus({ kind: 'busy' });
    try {
      const parsed = await parseImportFile(file).catch((error: unknown) => {
        throw error instanceof ImportError ? error : new ImportError([String(error)]);
      });
      const report = await mergeNotes(
        db,
        parsed.notes,
        parsed.format,
        Date.now(),
        parsed.documents,
      );
      setStatus({ kind: 'report', report });
      if (parsed.documents) documentsChanged();
    } catch (error) {
      fail('importFailed', error);
    } finally {
      // The same file can be chosen again.
      input.value = '';
    }
  };

  const downloadBackup = async (id: number) => {
    const backup = await db.backups.get(id);
    if (backup) {
      downloadText(
        backup.json,
        `nansha-lens-backup-${day(backup.createdAt)}-${backup.id}.json`,
        'application/json',
      );
    }
  };

  const confirmed = async () => {
    if (!confirm) return;
    setConfirm(null);
    setStatus({ kind: 'busy' });
    try {
      if (confirm.kind === 'restore') {
        const n = await restoreBackup(db, confirm.backup.id);
        setStatus({ kind: 'done', text: tn('restoreDone', n) });
        if (confirm.backup.documentCount) documentsChanged();
      } else {
        await deleteAllNotes(db);
        setStatus({ kind: 'done', text: t('deleteAllDone') });
      }
    } catch (error) {
      fail('changeFailed', error);
    }
  };

  return (
    <section class="data-view" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p class="notes-count">{count === undefined ? '…' : t('noteCount', count)}</p>

      <h3>{t('exportTitle')}</h3>
      <div class="data-row">
        <label>
          <span class="label">{t('exportFormat')}</span>
          <select
            value={format}
            onChange={(e) => setFormat((e.target as HTMLSelectElement).value as Format)}
          >
            {FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {t(f.label)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="primary" onClick={() => void exportNow()}>
          {t('export')}
        </button>
      </div>

      <h3>{t('importTitle')}</h3>
      <label class="file-button">
        <span>{t('import')}</span>
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={status?.kind === 'busy'}
          onChange={(e) => void importFile(e.target as HTMLInputElement)}
        />
      </label>
      <p class="hint">{t('importHint')}</p>

      <StatusLine status={status} />

      <h3>{t('backupsTitle')}</h3>
      <p class="hint">{t('backupsHint')}</p>
      {backups && backups.length > 0 ? (
        <ul class="backups">
          {backups.map((b) => (
            <li key={b.id} data-backup={b.id}>
              <span class="backup-what">
                <strong>{t(REASONS[b.reason])}</strong>{' '}
                <time dateTime={new Date(b.createdAt).toISOString()}>
                  {formatDate(b.createdAt)}
                </time>{' '}
                · {tn('backupNotes', b.noteCount)}
                {b.documentCount ? ` · ${tn('backupDocuments', b.documentCount)}` : ''}
              </span>
              <span class="actions">
                <button type="button" onClick={() => setConfirm({ kind: 'restore', backup: b })}>
                  {t('restore')}
                </button>
                <button type="button" onClick={() => void downloadBackup(b.id)}>
                  {t('downloadBackup')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty small">{t('backupsNone')}</p>
      )}

      <div class="data-row danger-zone">
        <button
          type="button"
          class="danger"
          disabled={!count}
          onClick={() => setConfirm({ kind: 'delete' })}
        >
          {t('deleteAll')}
        </button>
      </div>

      {confirm ? (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">
            {confirm.kind === 'restore'
              ? tn('restoreConfirm', confirm.backup.noteCount)
              : tn('deleteAllConfirm', count ?? 0)}
          </p>
          <div class="actions">
            <button
              type="button"
              class={confirm.kind === 'delete' ? 'danger' : 'primary'}
              onClick={() => void confirmed()}
            >
              {confirm.kind === 'restore' ? t('restoreYes') : t('deleteAllYes')}
            </button>
            <button type="button" onClick={() => setConfirm(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function StatusLine({ status }: { status: Status | null }) {
  if (!status) return null;
  if (status.kind === 'busy') {
    return (
      <p class="data-status" role="status">
        {t('importing')}
      </p>
    );
  }
  if (status.kind === 'done') {
    return (
      <p class="data-status" role="status">
        {status.text}
      </p>
    );
  }
  if (status.kind === 'error') {
    return (
      <div class="data-status error" role="alert">
        <p>{t(status.title)}</p>
        <ul>
          {status.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    );
  }
  const { report } = status;
  return (
    <div class="data-status" role="status">
      <p class="import-report">
        {t('importDone', [
          report.format === 'json' ? 'JSON' : 'W3C Web Annotation',
          report.added,
          report.updated,
          report.unchanged,
        ])}
      </p>
      {report.documents ? (
        <p class="import-documents">
          {t('importDocumentsDone', [
            report.documents.added,
            report.documents.updated,
            report.documents.unchanged,
          ])}
        </p>
      ) : null}
      {report.conflicts.length > 0 ? (
        <>
          <p>{tn('importConflicts', report.conflicts.length)}</p>
          <ul class="conflicts">
            {report.conflicts.slice(0, 50).map((c) => (
              <li key={c.id}>
                <code>{c.id}</code>:{' '}
                {c.kept === 'existing' ? t('conflictKeptExisting') : t('conflictKeptImported')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
