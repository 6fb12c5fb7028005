import { useCallback, useState } from 'preact/hooks';
import type { PassageLanguage } from '../corpus/languages.ts';

/** Where the panel is: a view and its parameters. */
export type Route =
  | { view: 'search'; q?: string }
  /** `lang`: the language the term was found in on a page (its passages are shown in it). */
  | { view: 'term'; termId: string; lang?: PassageLanguage }
  | { view: 'document'; passageId?: string }
  | { view: 'page' }
  /** `docId`: `'resolution'` or a reader's document (notes naming its terms or sentences). */
  | {
      view: 'notes';
      termId?: string;
      tag?: string;
      url?: string;
      docId?: string;
      noteId?: string;
    }
  | { view: 'data' }
  /** The resolution and the reader's own documents (issue 15). */
  | { view: 'documents' }
  | { view: 'add-document' }
  /** `passageId`: a paragraph (`p3`) or sentence (`p3.s2`, or `doc-x.p3.s2` from a search result), scrolled to and marked. */
  | { view: 'user-document'; docId: string; passageId?: string }
  /** A new note on a quote taken from a page (the draft waits in session storage). */
  | { view: 'compose' };

export type View = Route['view'];

export interface Router {
  route: Route;
  /** Opens a route (Back returns here). */
  go(route: Route): void;
  /** Changes the current route's parameters without a history entry (the search query). */
  replace(route: Route): void;
  /** One step back; false when there is nothing to go back to. */
  back(): boolean;
  canGoBack: boolean;
}

/** A small state machine with history: a stack of routes. */
export function useRouter(initial: Route = { view: 'search' }): Router {
  const [stack, setStack] = useState<Route[]>([initial]);
  const go = useCallback(
    (route: Route) =>
      setStack((s) => {
        const top = s[s.length - 1];
        return top && JSON.stringify(top) === JSON.stringify(route) ? s : [...s, route];
      }),
    [],
  );
  const replace = useCallback((route: Route) => setStack((s) => [...s.slice(0, -1), route]), []);
  const back = () => {
    if (stack.length < 2) return false;
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
    return true;
  };
  return {
    route: stack[stack.length - 1] ?? initial,
    go,
    replace,
    back,
    canGoBack: stack.length > 1,
  };
}
