import { browser } from 'wxt/browser';

/** Content script → background: the user chose a term on the page. */
export interface OpenTermMessage {
  type: 'open-term';
  termId: string;
}

export type Message = OpenTermMessage;

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'open-term' &&
    typeof (value as { termId?: unknown }).termId === 'string'
  );
}

export function sendToBackground(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
