/**
 * Text from helpdesk markup. `innerText` needs layout (jsdom has none, and it forces a reflow in
 * the agent's page), so text is taken from the DOM tree itself, as a reader sees it laid out: block
 * elements start and end lines, paragraphs are separated by one blank line, runs of spaces collapse,
 * and nothing that is not shown to a reader (scripts, styles, templates, [hidden]) leaks in.
 * A <br> ends its line, and on a line of its own it is an empty line: `a<br><br>b` and
 * `<div>a</div><div><br></div><div>b</div>` (contenteditable and e-mail HTML) both read "a", a
 * blank line, "b". So is a line holding only a non-breaking space (`<div>&nbsp;</div>`).
 *
 * It runs in the agent's page on every read of long conversations, so it crosses into the DOM as
 * little as it can: a subtree with nothing that breaks lines or is left out is read whole with
 * `textContent` (native, one call), and hidden or skipped elements are found by one selector query.
 */

/** Tag → kind: 1 a block (its own lines), 2 a paragraph (blank lines around it), 3 left out. */
const KINDS: Record<string, number> = {};
const BLOCKS = 'ADDRESS ARTICLE ASIDE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM HEADER HR LI MAIN NAV SECTION SUMMARY TBODY TD TFOOT TH THEAD TR';
const PARAGRAPHS = 'P BLOCKQUOTE PRE TABLE UL OL H1 H2 H3 H4 H5 H6';
const LEFT_OUT = 'SCRIPT STYLE TEMPLATE NOSCRIPT SVG BUTTON SELECT OPTION';
for (const tag of BLOCKS.split(' ')) KINDS[tag] = 1;
for (const tag of PARAGRAPHS.split(' ')) KINDS[tag] = 2;
for (const tag of `${LEFT_OUT} svg #comment`.split(' ')) KINDS[tag] = 3;

/** Elements hidden by their markup, left out of every text (with `skip`, what `TextOptions.hidden` holds). */
export const HIDDEN = '[hidden],[aria-hidden="true"]';
/** Whatever makes a subtree more than its `textContent`. */
const STRUCTURE = `${`${BLOCKS} ${PARAGRAPHS} ${LEFT_OUT} BR`.toLowerCase().replace(/ /g, ',')},${HIDDEN}`;

export interface TextOptions {
  /** A selector for page chrome inside the text ("Show quoted text", an author link): left out. */
  skip?: string;
  /** Elements left out (the header parts an adapter has already read). */
  exclude?: (Element | null | undefined)[];
  /**
   * The hidden and skipped elements (HIDDEN and `skip`) of a container holding the root:
   * found once for the texts of many messages rather than by a query per message.
   */
  hidden?: ReadonlySet<Node>;
}



/** Whitespace to collapse: a run of two or more, or one that is not a plain space. */
const LOOSE_SPACE = /\s{2,}|[^\S ]/g;

/** Is this UTF-16 code unit whitespace as `\s` and `trim` see it? */
export function isSpaceCode(c: number): boolean {
  // Above ASCII, only the no-break space comes before U+1680; the rest are rare enough to ask `\s`.
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : c === 0xa0 || (c >= 0x1680 && SPACE.test(String.fromCharCode(c)));
}
const SPACE = /\s/;

/**
 * Runs of whitespace as one space, trimmed (what `.replace(/\s+/g, ' ').trim()` gives). Only runs
 * that need it are replaced: `/\s+/g` would also "replace" every single space between words, which
 * made this the costliest step of a read. Most texts (a paragraph, a name, a date) need no
 * replacing at all: one pass over their characters says so, and the regex runs only on the rest.
 */
export function collapse(text: string | null | undefined): string {
  const value = text ?? '';
  for (let i = 0, spaced = false; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const blank = isSpaceCode(c);
    if (blank && (spaced || c !== 32)) {
      // Only whitespace from here on (markup indentation, a line's end) is cut off without the regex.
      for (let j = i; j < value.length; j++) if (!isSpaceCode(value.charCodeAt(j))) return value.replace(LOOSE_SPACE, ' ').trim();
      return value.slice(0, i).trim();
    }
    spaced = blank;
  }
  return value.trim();
}

/*
 * The walk's state lives at module level rather than in closures made per call: elementText runs
 * thousands of times per read and is never re-entered, and per-call closures and sets showed up as
 * garbage collection on long conversations.
 */
/** The text so far (lines joined), and whether a blank line is due before the next line of text. */
let out = '';
let blank = false;
let line = '';
let top: Node | null = null;
let structure = STRUCTURE;
/** Hidden and skipped elements (null when there are none, the usual case). */
let left: ReadonlySet<Node> | null = null;
/** Excluded elements (null when there are none). */
let excluded: Set<Node> | null = null;
/** Ancestors of excluded elements, which cannot be read whole. */
let holding: Set<Node> | null = null;

/** End the current line; true when it held text. */
function end(): boolean {
  if (!line) return false;
  const text = collapse(line);
  const nbsp = !text && line.includes('\u00a0');
  line = '';
  if (text) push(text);
  else if (nbsp) blank = true;
  return !!text;
}

/**
 * A line of text, after a blank line when one is due: blank lines in a row read as one, and none
 * lead or trail (what joining every line and squeezing three or more newlines to two gave).
 */
function push(text: string): void {
  out += out ? (blank ? '\n\n' : '\n') + text : text;
  blank = false;
}

/** A <br> (or a newline in <pre>): ends a line, or is an empty line of its own. */
function br(): void {
  if (!end()) blank = true;
}

function add(value: string | null, pre: boolean): void {
  if (!pre) line += value ?? '';
  else {
    const parts = (value ?? '').split('\n');
    line += parts[0];
    for (let i = 1; i < parts.length; i++) {
      br();
      line += parts[i];
    }
  }
}

function visit(node: Node, pre: boolean): void {
  const type = node.nodeType;
  if (type === 3) return add(node.nodeValue, pre);
  // Comments, processing instructions: nothing a reader sees. Documents and fragments: their children.
  if (type !== 1) {
    if (type === 9 || type === 11) for (let child = node.firstChild; child; child = child.nextSibling) visit(child, pre);
    return;
  }
  const name = node.nodeName;
  if (name === 'BR') return br();
  const kind = KINDS[name];
  if (kind === 3 || (node !== top && ((left !== null && left.has(node)) || (excluded !== null && excluded.has(node))))) return;
  if (kind) {
    end();
    if (kind === 2) blank = true;
  }
  const inPre = pre || name === 'PRE';
  // No element children (most inline runs and leaf blocks): its text, without a selector query;
  // a first child that breaks lines (paragraphs in a body) needs no query to say it must be walked.
  const first = (node as Element).firstElementChild;
  const whole = !holding?.has(node) && (first === null || (KINDS[first.nodeName] === undefined && first.nodeName !== 'BR' && !(node as Element).querySelector(structure)));
  if (whole) add(node.textContent, inPre);
  else for (let child = node.firstChild; child; child = child.nextSibling) visit(child, inPre);
  if (kind) {
    end();
    if (kind === 2) blank = true;
    if (name === 'TD' || name === 'TH') line = ' ';
  }
}

/** Text of an element as a reader sees it. Reads the live DOM; never copies or changes it. */
export function elementText(root: Node | null | undefined, { skip, exclude, hidden }: TextOptions = {}): string {
  if (!root) return '';
  const query = skip ? `${STRUCTURE},${skip}` : STRUCTURE;
  if (root.nodeType === 1) {
    const el = root as Element;
    if (el.matches(HIDDEN)) return '';
    // Nothing inside that breaks lines or is left out (names, dates, one-paragraph bodies): the
    // whole text in one native call, spaces collapsed, as the walk below would read it.
    if (!exclude?.length && KINDS[el.nodeName] !== 3 && el.nodeName !== 'BR' && !el.querySelector(query)) {
      return collapse(el.textContent);
    }
  }
  // Elements outside the root are never met by the walk: a container's set serves as the root's.
  if (hidden) left = hidden.size ? hidden : null;
  else {
    const found = (root as ParentNode).querySelectorAll?.(skip ? `${HIDDEN},${skip}` : HIDDEN);
    left = found?.length ? new Set<Node>(found) : null;
  }
  excluded = holding = null;
  for (const el of exclude ?? []) {
    if (!el || el === root || !root.contains(el)) continue;
    (excluded ??= new Set()).add(el);
    holding ??= new Set();
    for (let up = el.parentNode; up && !holding.has(up); up = up.parentNode) holding.add(up);
  }
  out = line = '';
  blank = false;
  top = root;
  structure = query;
  try {
    visit(root, false);
    end();
    return out;
  } finally {
    // Let go of the page's nodes.
    out = '';
    left = excluded = holding = top = null;
  }
}

/** One line of text: for names, subjects and labels. */
export function inlineText(root: Node | null | undefined, options?: TextOptions): string {
  return collapse(options ? elementText(root, options) : root?.textContent);
}
