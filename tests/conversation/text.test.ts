import { describe, expect, it } from 'vitest';
import { collapse, elementText, HIDDEN, inlineText, isSpaceCode } from '@/lib/conversation/text';

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}

describe('elementText', () => {
  it('turns paragraphs into blank-line separated text and <br> into line breaks', () => {
    expect(elementText(html('<p>Hello Dana,</p><p>Thanks for <b>waiting</b>.<br>Sam</p>'))).toBe('Hello Dana,\n\nThanks for waiting.\nSam');
  });

  it('collapses whitespace from markup indentation', () => {
    expect(elementText(html('<div>\n   Where   is\n  my order?\n</div>'))).toBe('Where is my order?');
  });

  it('leaves out scripts, styles, buttons and hidden elements', () => {
    expect(elementText(html('<div>Visible<script>alert(1)</script><style>p{}</style><span hidden>secret</span><button>Reply</button></div>'))).toBe('Visible');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(elementText(html('<pre>line one\nline two</pre>'))).toBe('line one\nline two');
  });

  it('separates nested blocks without piling up blank lines', () => {
    expect(elementText(html('<div><div><p>One</p></div><div><p>Two</p></div></div>'))).toBe('One\n\nTwo');
  });

  it('gives an empty string for nothing', () => {
    expect(elementText(null)).toBe('');
  });
});

describe('inlineText', () => {
  it('is one trimmed line', () => {
    expect(inlineText(html('  Dana\n  Whitfield '))).toBe('Dana Whitfield');
  });
});

describe('elementText and plain-text e-mail', () => {
  it('reads two <br> in a row as a blank line, one as a line break', () => {
    const div = document.createElement('div');
    div.innerHTML = '<div>Hello,<br><br>Line one<br>Line two<br>\n<br>Dana<br></div>';
    expect(elementText(div)).toBe('Hello,\n\nLine one\nLine two\n\nDana');
  });
});

describe('elementText and empty lines in rich text', () => {
  it('reads an empty line of its own (<div><br></div>) as a blank line', () => {
    expect(elementText(html('<div>a</div><div><br></div><div>b</div>'))).toBe('a\n\nb');
    expect(elementText(html('Hi,<div><br></div><div>Thanks</div>'))).toBe('Hi,\n\nThanks');
  });

  it('reads a <br> that ends a line as the end of that line only', () => {
    expect(elementText(html('<div>a<br></div><div>b</div>'))).toBe('a\nb');
  });

  it('reads a line holding only a non-breaking space as a blank line', () => {
    expect(elementText(html('<div>a</div><div>&nbsp;</div><div>b</div>'))).toBe('a\n\nb');
  });

  it('keeps blank lines inside <pre> and leaves hidden descendants out', () => {
    expect(elementText(html('<pre>one\n\ntwo</pre><p aria-hidden="true">x</p><p>three</p>'))).toBe('one\n\ntwo\n\nthree');
  });
});

describe('elementText with a container\'s hidden elements', () => {
  it('reads each message as its own query would', () => {
    const page = html(
      '<header>Site</header><div class="m"><p>One</p><span hidden>secret</span><footer>Sent from my phone</footer></div>' +
        '<div class="m" aria-hidden="true"><p>Hidden message</p></div>' +
        '<div class="m"><p>Two<br><br><br>lines</p><nav>Older</nav><div><p aria-hidden="true">x</p><p>Three</p></div></div>',
    );
    const hidden = new Set<Node>(page.querySelectorAll(`${HIDDEN},header,footer,nav`));
    for (const el of Array.from(page.querySelectorAll('.m'))) {
      const exclude = [el.querySelector('p')];
      expect(elementText(el, { skip: 'header,footer,nav', hidden })).toBe(elementText(el, { skip: 'header,footer,nav' }));
      expect(elementText(el, { skip: 'header,footer,nav', exclude, hidden })).toBe(elementText(el, { skip: 'header,footer,nav', exclude }));
    }
    expect(elementText(page.querySelectorAll('.m')[2], { skip: 'nav', hidden })).toBe('Two\n\nlines\n\nThree');
  });
});

describe('collapse', () => {
  it('knows every whitespace code unit `\\s` knows, and no other', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('reads as `.replace(/\\s+/g, " ").trim()`, whichever whitespace and wherever', () => {
    const pieces = ['a', 'bc', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\r\n', ',', '\u00e9'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let run = 0; run < 2000; run++) {
      let text = '';
      for (let i = next() % 9; i > 0; i--) text += pieces[next() % pieces.length];
      expect(collapse(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
    expect(collapse(null)).toBe('');
    expect(collapse(undefined)).toBe('');
  });
});
