import { NotesData } from '../../ui/NotesData.tsx';
import { usePanel } from '../context.ts';

/** The panel's Data view. */
export function NotesDataView() {
  const { db } = usePanel();
  return <NotesData db={db} />;
}
