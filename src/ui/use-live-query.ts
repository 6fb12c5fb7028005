import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Preact version of dexie-react-hooks' useLiveQuery: re-renders whenever the query's result changes. */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Nansha Lens: query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
