/** Tells the background that the reader's documents changed (it compiles what pages highlight). */
import { sendToBackground } from '../../messaging/send.ts';

export function documentsChanged(): void {
  void sendToBackground({ type: 'documents-changed' }).catch(() => {});
}
