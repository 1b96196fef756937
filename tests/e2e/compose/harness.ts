/**
 * What every editor harness page offers the test: the editor's own view of the text (its API,
 * not the DOM) and of the caret, both as lines joined by "\n" — the same shape `readDraft` gives.
 * A harness page runs the real editor library; the test loads `lib/compose` into it beside.
 */
export interface Harness {
  /** The editor's text from its own API: paragraphs as lines joined by "\n". */
  text(): string;
  /** The caret as an offset into `text()`, from the editor's own selection; null if it has none. */
  caret(): number | null;
}

declare global {
  interface Window {
    harness?: Harness;
    /** lib/compose, loaded by the test as a script of its own. */
    TactfulCompose?: typeof import('../../../lib/compose');
  }
}

export function expose(harness: Harness): void {
  window.harness = harness;
}

/** Load a library's own dist script (CKEditor 4, TinyMCE and Summernote load more files beside it). */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

export function loadStyle(href: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/** Paragraphs of editor output HTML as lines (an editor's empty paragraph holds &nbsp; or <br>). */
export function htmlLines(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\u00a0/g, ' ').replace(/^ $/, '')).join('\n');
}

/** The caret as an offset into lines, given the line it is on and the offset within that line. */
export function lineOffset(lines: string[], line: number, offset: number): number {
  return lines.slice(0, line).reduce((sum, text) => sum + text.length + 1, 0) + offset;
}
