/**
 * Text from helpdesk markup. `innerText` needs layout (jsdom has none, and it forces a reflow in
 * the agent's page), so text is taken from the DOM tree itself: block elements and <br> become line
 * breaks, runs of spaces collapse, paragraphs are separated by one blank line, and nothing that is
 * not shown to a reader (scripts, styles, templates, [hidden]) leaks in.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
const PARAGRAPH_TAGS = new Set(['P', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'BUTTON', 'SELECT', 'OPTION']);

/**
 * Marks (private-use characters) that stand for breaks while walking: a block edge, a paragraph
 * edge, and a <br>. Two <br> in a row are a blank line, as plain-text e-mail shows it.
 */
const LINE = '\uE000';
const PARA = '\uE001';
const BR = '\uE002';

export interface TextOptions {
  /** Leave out elements that are page chrome inside the text ("Show quoted text", an author link). */
  skip?: (el: Element) => boolean;
}

/** Text of an element as a reader sees it. Reads the live DOM; never copies or changes it. */
export function elementText(root: Node | null | undefined, options: TextOptions = {}): string {
  if (!root) return '';
  const parts: string[] = [];
  walk(root, parts, false, options.skip);
  return finish(parts.join(''));
}

function walk(node: Node, out: string[], inPre: boolean, skip: TextOptions['skip']): void {
  if (node.nodeType === 3 /* TEXT_NODE */) {
    const value = node.nodeValue ?? '';
    out.push(inPre ? value.replace(/\n/g, LINE) : value.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 /* ELEMENT_NODE */ && node.nodeType !== 9 && node.nodeType !== 11) return;
  const el = node as Element;
  const tag = el.tagName ?? '';
  if (SKIPPED_TAGS.has(tag)) return;
  if (el.nodeType === 1 && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || skip?.(el))) return;
  if (tag === 'BR') {
    out.push(BR);
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  const paragraph = PARAGRAPH_TAGS.has(tag);
  if (block) out.push(paragraph ? PARA : LINE);
  const pre = inPre || tag === 'PRE';
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out, pre, skip);
  if (block) out.push(paragraph ? PARA : LINE);
  if (tag === 'TD' || tag === 'TH') out.push(' ');
}

function finish(raw: string): string {
  // Turn each run of marks into newlines: a paragraph edge or two <br> make a blank line.
  const withBreaks = raw.replace(/(?:[ \t]*[\uE000-\uE002][ \t]*)+/g, (run) =>
    run.includes(PARA) || run.indexOf(BR) !== run.lastIndexOf(BR) ? '\n\n' : '\n',
  );
  return withBreaks
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text: for names, subjects and labels. */
export function inlineText(root: Node | null | undefined, options: TextOptions = {}): string {
  if (!options.skip) return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return elementText(root, options).replace(/\s+/g, ' ').trim();
}
