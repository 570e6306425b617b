/** Why the clipboard said no: the page is not https, the browser lacks the API, or it (or the user) refused. */
export type ClipboardRefusal = 'insecure' | 'unsupported' | 'denied';
export type ClipboardResult = { readonly ok: true } | { readonly ok: false; readonly reason: ClipboardRefusal; readonly detail: string };

function unavailable(kind: 'write' | 'writeText'): ClipboardResult | undefined {
  if (typeof window !== 'undefined' && window.isSecureContext === false) return { ok: false, reason: 'insecure', detail: 'not a secure context' };
  if (typeof navigator === 'undefined' || !navigator.clipboard || typeof navigator.clipboard[kind] !== 'function')
    return { ok: false, reason: 'unsupported', detail: `navigator.clipboard.${kind} is missing` };
  if (kind === 'write' && typeof ClipboardItem === 'undefined') return { ok: false, reason: 'unsupported', detail: 'ClipboardItem is missing' };
  return undefined;
}

const refused = (error: unknown): ClipboardResult => ({
  ok: false,
  reason: error instanceof Error && error.name === 'NotAllowedError' ? 'denied' : 'unsupported',
  detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
});

/**
 * Puts a PNG on the clipboard. The image is handed over as a promise, at once, so the browser still
 * counts the click as the user's gesture while the PNG is being drawn (Safari insists on it).
 */
export async function copyPng(png: Promise<Blob>): Promise<ClipboardResult> {
  const missing = unavailable('write');
  if (missing) return missing;
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return { ok: true };
  } catch (error) {
    return refused(error);
  }
}

export async function copyText(text: string): Promise<ClipboardResult> {
  const missing = unavailable('writeText');
  if (missing) return missing;
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true };
  } catch (error) {
    return refused(error);
  }
}

/**
 * Puts a table on the clipboard as text/html and text/plain at once, so a spreadsheet pastes cells and a
 * text editor tab-separated lines. Where the browser cannot write both, the plain text alone.
 */
export async function copyTable(html: string, text: string): Promise<ClipboardResult> {
  if (unavailable('write')) return copyText(text);
  try {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
    ]);
    return { ok: true };
  } catch (error) {
    return refused(error);
  }
}
