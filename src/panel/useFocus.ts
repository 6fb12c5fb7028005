import { useEffect, useState } from 'preact/hooks';
import { type Focus, focusItem } from '../messaging/focus';

/** The term chosen on a page, kept current while the panel is open. */
export function useFocus(): [Focus | null, (focus: Focus | null) => void] {
  const [focus, setFocus] = useState<Focus | null>(null);
  useEffect(() => {
    let live = true;
    void focusItem.getValue().then((value) => live && setFocus(value));
    const unwatch = focusItem.watch((value) => setFocus(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return [focus, (value) => void focusItem.setValue(value)];
}
