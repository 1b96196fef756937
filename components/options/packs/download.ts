/** Offer text as a file download (the browser's own save dialog; nothing is sent anywhere). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
