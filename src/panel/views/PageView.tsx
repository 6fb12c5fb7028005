import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageNotesStatus } from '../../anchor/types.ts';
import { termById } from '../../corpus/glossary.ts';
import { paragraphById, sentenceById } from '../../corpus/passages.ts';
import { resolution } from '../../corpus/resolution.ts';
import { clearSightings } from '../../db/sightings.ts';
import { t, tn } from '../../i18n/t.ts';
import type { HeldTerm, PageReport } from '../../match/report.ts';
import { focusItem } from '../../messaging/handoff.ts';
import { sendToTab } from '../../messaging/send.ts';
import { SightingsSwitch } from '../../ui/SightingsSwitch.tsx';
import { usePanel } from '../context.ts';
import { type AnchorStatus, PageNotes } from '../notes/PageNotes.tsx';

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

export function PageView() {
  const { db, router } = usePanel();
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

  const held = state.status === 'ok' ? (state.report.held ?? []) : [];
  if (state.status !== 'ok' || (state.report.terms.length === 0 && held.length === 0)) {
    return (
      <section class="page-view" aria-labelledby="page-title">
        <h2 id="page-title">{t('thisPage')}</h2>
        <p class="empty">{state.status === 'loading' ? '…' : t('pageEmpty')}</p>
        {settings}
      </section>
    );
  }

  const { report, tabId } = state;
  const terms = [...report.terms].sort((a, b) => a.order - b.order);
  const touched = new Set<string>();
  for (const pt of terms) {
    for (const id of termById(pt.termId)?.passageIds ?? []) {
      const s = sentenceById(id);
      if (s) touched.add(s.paragraphId);
    }
  }
  const total = resolution.paragraphs.length;

  return (
    <section class="page-view" aria-labelledby="page-title">
      <h2 id="page-title">{t('thisPage')}</h2>
      <p class="page-title">{report.title || report.url}</p>
      <h3>
        {t('termsOnPage')} <span class="count">{terms.length}</span>
      </h3>
      {terms.length > 0 ? (
        <ul class="page-terms">
          {terms.map((pt) => {
            const term = termById(pt.termId);
            if (!term) return null;
            return (
              <li key={pt.termId}>
                <button
                  type="button"
                  class="result"
                  onClick={() =>
                    void sendToTab(tabId, { type: 'reveal-term', termId: pt.termId }).catch(
                      () => {},
                    )
                  }
                >
                  {/* The name starts with the visible words (WCAG 2.5.3, for voice control). */}
                  <span class="result-title">{term.canonical}</span>
                  <span class="count">×{pt.count}</span>
                  <span class="visually-hidden"> ({t('showOnPageShort')})</span>
                </button>
                <OpenTerm id={term.id} name={term.canonical} />
              </li>
            );
          })}
        </ul>
      ) : null}
      {held.length > 0 ? <HeldTerms held={held} /> : null}
      {terms.length > 0 ? (
        <>
          <h3>{t('coverage')}</h3>
          <p class="hint">{tn('coverageSummary', total, [touched.size])}</p>
          <ol class="coverage">
            {resolution.paragraphs.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  class={touched.has(p.id) ? 'cell touched' : 'cell'}
                  aria-label={t(touched.has(p.id) ? 'paragraphTouched' : 'paragraphN', p.number)}
                  aria-pressed={touched.has(p.id)}
                  onClick={() =>
                    router.go({
                      view: 'document',
                      passageId: paragraphById(p.id)?.sentences[0]?.id,
                    })
                  }
                >
                  {p.number}
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <PageNotes
        url={report.url}
        statuses={noteStatuses(state.notes)}
        onReveal={(note) =>
          void sendToTab(tabId, { type: 'reveal-note', noteId: note.id }).catch(() => {})
        }
      />
      {settings}
    </section>
  );
}

/**
 * Ambiguous names the page has without context (香港 on a weather page, GBA the game console):
 * not highlighted, listed so the reader knows why (docs/decisions/090-ambiguous-terms.md).
 */
/** The → that opens a term's view. */
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
