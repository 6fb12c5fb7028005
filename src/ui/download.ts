/** Downloads text as a file (Blob + <a download>). */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the Blob by now; release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
