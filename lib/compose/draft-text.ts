/**
 * The draft as plain text, and the way back from text offsets to DOM positions.
 *
 * The draft guard reports findings as offsets into this text and later asks to select or replace
 * them, so reading and locating must agree character for character. One rule covers every editor:
 * each paragraph (block element, or a line ended by <br>) is one line, lines are joined by "\n",
 * and an empty paragraph is an empty line. Typing "Hi,⏎⏎Thanks" in any editor gives three
 * paragraphs, and this reads back "Hi,\n\nThanks".
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/**
 * Never part of the text: Slate's placeholder and zero-width filler spans, CKEditor 5's filler
 * <br>, and anything not shown.
 */
const SKIPPED = 'script,style,template,[data-slate-placeholder],[data-slate-zero-width],br[data-cke-filler]';

/** Caret fillers editors put in the DOM (CKEditor 4 and 5, Slate): not the agent's text. */
const FILLER = /[\u200b\u2060\ufeff]/g;

/** A run of draft text: a text node (with its fillers removed), or an empty line at a DOM point. */
interface Piece {
  start: number;
  text: string;
  node: Node;
  /** For empty lines: the child offset in `node`. */
  at?: number;
}

export interface DraftMap {
  text: string;
  pieces: Piece[];
}

export function mapDraft(root: Node): DraftMap {
  const lines: string[] = [];
  const pieces: Piece[] = [];
  let open = false;
  let length = 0;
  const newLine = () => {
    if (lines.length) length++; // the "\n" before it
    lines.push('');
  };
  const emptyLine = (node: Node, at: number) => {
    newLine();
    pieces.push({ start: length, text: '', node, at });
  };

  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(FILLER, '').replace(/\u00a0/g, ' ');
      if (!text) return;
      if (!open) newLine();
      open = true;
      pieces.push({ start: length, text, node });
      lines[lines.length - 1] += text;
      length += text.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches(SKIPPED)) return;
    if (el.tagName === 'BR') {
      // A <br> ends the open line; with none open it stands for an empty one. So the "bogus" <br>
      // editors keep at a paragraph's end adds nothing, and <br><br> is a blank line.
      if (open) open = false;
      else emptyLine(el.parentNode ?? el, Array.prototype.indexOf.call(el.parentNode?.childNodes ?? [], el));
      return;
    }
    const block = node !== root && BLOCK_TAGS.has(el.tagName);
    const before = lines.length;
    if (block) open = false;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) {
      if (lines.length === before) emptyLine(el, 0);
      open = false;
    }
  };
  walk(root);
  return { text: lines.join('\n'), pieces };
}

/** The offset in a text node's raw data of `clean` characters of its filler-free text. */
function rawOffset(data: string, clean: number): number {
  let raw = 0;
  for (let seen = 0; raw < data.length && seen < clean; raw++) if (!/[\u200b\u2060\ufeff]/.test(data[raw] ?? '')) seen++;
  return raw;
}

/** The DOM position of a text offset: inside the text node that holds it, else at its line. */
export function pointAt(map: DraftMap, offset: number): { node: Node; offset: number } | null {
  let best: Piece | undefined;
  for (const piece of map.pieces) {
    if (piece.start > offset) break;
    // At a line's end, stay at the end of that line's last text rather than the next line's start.
    if (offset <= piece.start + piece.text.length) best = piece;
    else best = undefined;
  }
  if (!best) return null;
  if (best.at !== undefined) return { node: best.node, offset: best.at };
  return { node: best.node, offset: rawOffset(best.node.nodeValue ?? '', offset - best.start) };
}

/** The text offset of a DOM position inside the draft (a selection end), or null outside it. */
export function offsetAt(map: DraftMap, node: Node, offset: number): number | null {
  const doc = node.ownerDocument;
  if (!doc) return null;
  let result: number | null = null;
  for (const piece of map.pieces) {
    if (piece.node === node && piece.at === undefined) {
      const clean = (node.nodeValue ?? '').slice(0, offset).replace(FILLER, '').length;
      return piece.start + clean;
    }
    const probe = doc.createRange();
    probe.setStart(node, offset);
    // Where does this piece start relative to the point? -1 before, 0 at, 1 after.
    const order = probe.comparePoint(piece.node, piece.at ?? 0);
    if (order > 0) break;
    const endOrder = piece.at === undefined ? probe.comparePoint(piece.node, (piece.node.nodeValue ?? '').length) : order;
    result = piece.start + (endOrder <= 0 ? piece.text.length : 0);
  }
  return result ?? (map.pieces.length ? null : 0);
}

/** The lines of text to insert: every line break becomes a paragraph. */
export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** The same text as HTML paragraphs, for editors that read a paste's HTML (an empty line stays). */
export function paragraphsHtml(text: string): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return splitParagraphs(text)
    .map((line) => `<p>${line ? escape(line) : '<br>'}</p>`)
    .join('');
}
