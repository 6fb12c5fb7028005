import { useRef, useState } from 'preact/hooks';
import type { Save } from '../ui/SightingsSwitch.tsx';

export type { Save };

/** How long "Saved" stays on screen. */
const SAVED_MS = 2500;

/** Whether "Saved" is on screen, and `save`: runs a write, then shows "Saved". */
export function useSaved(): [boolean, Save] {
  const [saved, setSaved] = useState(false);
  const savedTimer = useRef<ReturnType<typeof setTimeout>>();
  const save: Save = async (write) => {
    await write();
    setSaved(true);
    clearTimeout(savedTimer.current);
    savedTimer.current = setTimeout(() => setSaved(false), SAVED_MS);
  };
  return [saved, save];
}
