import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageNotesStatus } from '../../anchor/types.ts';
import { termById } from '../../corpus/glossary.ts';
import { passageIn } from '../../corpus/passage-language.ts';
import { paragraphById } from '../../corpus/passages.ts';
import { resolution } from '../../corpus/resolution.ts';
import { type DocumentWithTerms, getDocument } from '../../db/documents.ts';
import { clearSightings } from '../../db/sightings.ts';
import { groupByDocument, touchedParagraphs } from '../../documents/coverage.ts';
import { type DocumentParagraph, splitDocument } from '../../documents/split.ts';
import { DOCUMENT_COLOURS, documentOf } from '../../documents/types.ts';
import { t, tn } from '../../i18n/t.ts';
import type { HeldTerm, PageReport, PageTerm } from '../../match/report.ts';
import { focusItem } from '../../messaging/handoff.ts';
import { sendToTab } from '../../messaging/send.ts';
import { SightingsSwitch } from '../../ui/SightingsSwitch.tsx';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { usePanel } from '../context.ts';
import { type AnchorStatus, PageNotes } from '../notes/PageNotes.tsx';
import { uiPassageLanguage } from '../use-passage-language.ts';

/** The tab the panel reads: the active tab, or (when the panel is itself a tab) the last page. */
export async function targetTab(): Promise<number | undefined> {
  // The panel's own tab, if it is one (its URL is not always readable: Chromium 150 hides it).
  const self = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== self?.id) return active.id;
  const focus = await focusItem.getValue();
  if (focus?.tabId !== undefined) return focus.tabId;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return tabs[0]?.id;
}

type State =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ok'; tabId: number; report: PageReport; notes?: PageNotesStatus };

/** One of the reader's documents with a term on the page: its terms and paragraphs. */
interface PageDocument {
  doc: DocumentWithTerms;
  paragraphs: DocumentParagraph[];
}

export function PageView() {
  const { db } = usePanel();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const tabId = await targetTab().catch(() => undefined);
      const report =
        tabId === undefined
          ? undefined
          : await sendToTab(tabId, { type: 'get-page-terms' }).catch(() => undefined);
      const notes =
        tabId === undefined
          ? undefined
          : await sendToTab(tabId, { type: 'get-page-notes' }).catch(() => undefined);
      if (!live) return;
      setState(
        tabId !== undefined && report ? { status: 'ok', tabId, report, notes } : { status: 'none' },
      );
    };
    void load();
    const onActivated = () => void load();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);

  // The reader's documents with a term on the page, read again when one changes (switched off,
  // deleted): an enabled one is listed, even before the page has scanned again.
  const report = state.status === 'ok' ? state.report : undefined;
  const docIds = [...new Set((report?.terms ?? []).flatMap((x) => documentOf(x.termId) ?? []))];
  const docs = useLiveQuery(async () => {
    const found = await Promise.all(docIds.map((id) => getDocument(db, id)));
    return new Map(
      found
        .filter((d): d is DocumentWithTerms => d?.document.enabled === true)
        .map((doc): [string, PageDocument] => [
          doc.document.id,
          { doc, paragraphs: splitDocument(doc.document.text) },
        ]),
    );
  }, [docIds.join(' ')]);

  const settings = (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">{t('historyTitle')}</h3>
      <SightingsSwitch />
      <button type="button" onClick={() => void clearSightings(db).then(() => setCleared(true))}>
        {t('clearHistory')}
      </button>
      {cleared ? (
        <span class="hint" role="status">
          {t('historyCleared')}
        </span>
      ) : null}
    </section>
  );

  // The documents in the Documents view's order (oldest first), as the reader knows them.
  const shown =
    docs === undefined
      ? undefined
      : groupByDocument(
          report?.terms ?? [],
          [...docs.values()]
            .sort((a, b) => a.doc.document.added - b.doc.document.added)
            .map((d) => d.doc.document.id),
        ).filter((g) => g.key === 'resolution' || docs.has(g.key));
  const held = report?.held ?? [];
  if (state.status !== 'ok' || shown === undefined || (shown.length === 0 && held.length === 0)) {
    return (
      <section class="page-view" aria-labelledby="page-title">
        <h2 id="page-title">{t('thisPage')}</h2>
        <p class="empty">
          {state.status === 'loading' || (state.status === 'ok' && shown === undefined)
            ? '…'
            : t('pageEmpty')}
        </p>
        {settings}
      </section>
    );
  }

  const { tabId } = state;
  const reveal = (termId: string) =>
    void sendToTab(tabId, { type: 'reveal-term', termId }).catch(() => {});
  return (
    <section class="page-view" aria-labelledby="page-title">
      <h2 id="page-title">{t('thisPage')}</h2>
      <p class="page-title">{state.report.title || state.report.url}</p>
      <h3>
        {t('termsOnPage')}{' '}
        <span class="count">{shown.reduce((n, g) => n + g.terms.length, 0)}</span>
      </h3>
      {shown.map((g) => {
        const found = g.key === 'resolution' ? undefined : docs?.get(g.key);
        return found ? (
          <DocumentGroup key={g.key} found={found} terms={g.terms} onReveal={reveal} />
        ) : (
          <ResolutionGroup key={g.key} terms={g.terms} onReveal={reveal} />
        );
      })}
      {held.length > 0 ? <HeldTerms held={held} /> : null}
      <PageNotes
        url={state.report.url}
        statuses={noteStatuses(state.notes)}
        onReveal={(note) =>
          void sendToTab(tabId, { type: 'reveal-note', noteId: note.id }).catch(() => {})
        }
      />
      {settings}
    </section>
  );
}

/** Up to this many paragraphs, all are shown (touched or not); a longer document: the touched. */
const GRID_MAX = 120;

interface GroupTerm {
  id: string;
  name: string;
  count: number;
}

/**
 * One document's part of the page: its swatch and title, its terms found (each shows itself on
 * the page; → opens its view), and its coverage — the paragraphs holding a sentence that uses a
 * term found, each a link into the document (docs/decisions/105-page-per-document.md).
 */
function Group({
  id,
  swatch,
  title,
  lang,
  terms,
  paragraphs,
  touched,
  onReveal,
  onParagraph,
}: {
  /** `resolution` or the document's id (data-document, as in the Documents view). */
  id: string;
  swatch: string | undefined;
  title: string;
  lang?: string;
  terms: GroupTerm[];
  paragraphs: readonly { id: string; number: number }[];
  touched: ReadonlySet<string>;
  onReveal: (termId: string) => void;
  onParagraph: (paragraphId: string) => void;
}) {
  const headingId = `page-doc-${id}`;
  return (
    <section class="page-doc" data-document={id} aria-labelledby={headingId}>
      <h4 class="page-doc-head">
        <span
          class={swatch ? 'swatch' : 'swatch builtin'}
          style={swatch ? { background: swatch } : undefined}
          aria-hidden="true"
        />
        <span id={headingId} class="page-doc-title" lang={lang}>
          {title}
        </span>
        <span class="count">{tn('documentTerms', terms.length)}</span>
      </h4>
      <ul class="page-terms">
        {terms.map((term) => (
          <li key={term.id}>
            <button type="button" class="result" onClick={() => onReveal(term.id)}>
              {/* The name starts with the visible words (WCAG 2.5.3, for voice control). */}
              <span class="result-title">{term.name}</span>
              <span class="count">×{term.count}</span>
              <span class="visually-hidden"> ({t('showOnPageShort')})</span>
            </button>
            <OpenTerm id={term.id} name={term.name} />
          </li>
        ))}
      </ul>
      <p class="hint coverage-summary">
        {tn('coverageSummary', paragraphs.length, [touched.size])}
      </p>
      <ol class="coverage">
        {(paragraphs.length <= GRID_MAX
          ? paragraphs
          : paragraphs.filter((p) => touched.has(p.id))
        ).map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class={touched.has(p.id) ? 'cell touched' : 'cell'}
              aria-label={t(touched.has(p.id) ? 'paragraphTouched' : 'paragraphN', p.number)}
              aria-pressed={touched.has(p.id)}
              onClick={() => onParagraph(p.id)}
            >
              {p.number}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The resolution's part of the page: its glossary terms, its paragraphs into the Document view. */
function ResolutionGroup({
  terms,
  onReveal,
}: {
  terms: readonly PageTerm[];
  onReveal: (termId: string) => void;
}) {
  const { router } = usePanel();
  const { auto, region } = uiPassageLanguage();
  const title = passageIn('title', auto, region);
  const known = terms.flatMap((pt) => {
    const term = termById(pt.termId);
    return term ? [{ id: term.id, name: term.canonical, count: pt.count }] : [];
  });
  return (
    <Group
      id="resolution"
      swatch={undefined}
      title={title?.text ?? resolution.title}
      lang={title?.lang}
      terms={known}
      paragraphs={resolution.paragraphs}
      touched={touchedParagraphs(
        known.map((k) => k.id),
        (id) => termById(id)?.passageIds,
      )}
      onReveal={onReveal}
      onParagraph={(id) =>
        router.go({ view: 'document', passageId: paragraphById(id)?.sentences[0]?.id })
      }
    />
  );
}

/** One of the reader's documents: its kept terms, its paragraphs into its own view. */
function DocumentGroup({
  found,
  terms,
  onReveal,
}: {
  found: PageDocument;
  terms: readonly PageTerm[];
  onReveal: (termId: string) => void;
}) {
  const { router } = usePanel();
  const { document } = found.doc;
  const byId = new Map(found.doc.terms.map((term) => [term.id, term]));
  const known = terms.flatMap((pt) => {
    const term = byId.get(pt.termId);
    return term ? [{ id: term.id, name: term.name, count: pt.count }] : [];
  });
  return (
    <Group
      id={document.id}
      swatch={DOCUMENT_COLOURS[document.colour] ?? DOCUMENT_COLOURS[0]}
      title={document.title}
      terms={known}
      paragraphs={found.paragraphs}
      touched={touchedParagraphs(
        known.map((k) => k.id),
        (id) => byId.get(id)?.passageIds,
      )}
      onReveal={onReveal}
      onParagraph={(id) => router.go({ view: 'user-document', docId: document.id, passageId: id })}
    />
  );
}

/** The → that opens a term's view (a document's term: its own view). */
function OpenTerm({ id, name }: { id: string; name: string }) {
  const { router } = usePanel();
  return (
    <button
      type="button"
      class="link"
      aria-label={t('openTerm', name)}
      onClick={() => router.go({ view: 'term', termId: id })}
    >
      →
    </button>
  );
}

/**
 * Ambiguous names the page has without context (香港 on a weather page, GBA the game console):
 * not highlighted, listed so the reader knows why (docs/decisions/090-ambiguous-terms.md).
 */
function HeldTerms({ held }: { held: readonly HeldTerm[] }) {
  return (
    <section class="held" aria-labelledby="held-title">
      <h3 id="held-title">{t('heldTitle')}</h3>
      <p class="hint">{t('heldWhy')}</p>
      <ul class="page-terms held-terms">
        {held.map((h) => {
          const term = termById(h.termId);
          if (!term) return null;
          return (
            <li key={`${h.termId} ${h.form}`}>
              <span class="result-title">
                {h.form === term.canonical ? h.form : `${h.form} (${term.canonical})`}
              </span>
              <span class="count">×{h.count}</span>
              <OpenTerm id={term.id} name={term.canonical} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The page's answer as the statuses PageNotes shows (no answer yet: every note pending). */
function noteStatuses(notes: PageNotesStatus | undefined): Map<string, AnchorStatus> {
  const out = new Map<string, AnchorStatus>();
  for (const id of notes?.anchored ?? []) out.set(id, 'anchored');
  for (const id of notes?.orphans ?? []) out.set(id, 'orphan');
  return out;
}
