import { fixture } from './helpers';

/** The rest of each message, which Gmail's preview leaves out and only the opened message shows. */
export const REST = 'This sentence is only in the whole message.';

/**
 * Gmail's long thread (three collapsed messages, "2 older messages", two expanded), with a small
 * script that acts as Gmail does in the ways Tactful relies on: a press (mousedown then mouseup on
 * the same element; a bare click() does nothing) on a collapsed header opens its message, a moment
 * later, as a `div.adn` with its whole body; on the "older messages" notice, the hidden messages
 * come back collapsed. Nothing else of Gmail is imitated.
 */
export function gmailThatOpens(): string {
  const script = `<script>
(() => {
  const REST = ${JSON.stringify(REST)};
  const HIDDEN = [
    { email: 'jordan.blake@example.com', name: 'Jordan Blake', title: 'Wed, Nov 18, 2026, 9:10 AM', text: 'I paid for the pass by card in September, if that helps.' },
    { email: 'support.sam@example.com', name: 'me', title: 'Wed, Nov 18, 2026, 2:40 PM', text: 'Thanks Jordan, the card payment is enough for billing to find it.' },
  ];
  const PRESSABLE = '.kv .adf, .kQ .adv';
  const esc = (text) => text.replace(/[&<>"]/g, (c) => '&#' + c.charCodeAt(0) + ';');
  const collapsed = (m) => '<div role="listitem" class="kv"><div class="adf ads"><table class="cf gJ"><tbody><tr class="acZ">' +
    '<td class="gF gK"><span class="qu"><span email="' + m.email + '" name="' + esc(m.name) + '" class="gD">' + esc(m.name) + '</span></span></td>' +
    '<td class="gH bAk"><span class="g3" title="' + m.title + '">Nov 18</span></td></tr></tbody></table>' +
    '<div class="iA g6">' + esc(m.text) + '</div></div></div>';
  let opened = 0;
  const open = (pressed) => {
    const item = pressed.closest('[role="listitem"]');
    if (item.classList.contains('kQ')) {
      item.outerHTML = HIDDEN.map(collapsed).join('');
      return;
    }
    const sender = item.querySelector('span[email]').outerHTML;
    const time = item.querySelector('.g3') ? item.querySelector('.g3').outerHTML : '';
    const body = esc(item.querySelector('.iA').textContent + ' ' + REST);
    opened++;
    item.className = 'h7';
    item.innerHTML = '<div class="adn ads" data-message-id="#msg-f:opened' + opened + '" data-legacy-message-id="opened' + opened + '"><div class="gs">' +
      '<div class="gE iv gt"><table class="cf gJ"><tbody><tr class="acZ"><td class="gF gK"><h3 class="iw"><span class="qu">' + sender + '</span></h3></td>' +
      '<td class="gH bAk"><div class="gK">' + time + '</div></td></tr></tbody></table></div>' +
      '<div class="ii gt"><div class="a3s aiL"><div dir="ltr">' + body + '</div></div></div></div></div>';
  };
  let down = null;
  document.addEventListener('mousedown', (event) => { down = event.target.closest(PRESSABLE); });
  document.addEventListener('mouseup', (event) => {
    const pressed = event.target.closest(PRESSABLE);
    if (pressed && pressed === down) setTimeout(() => open(pressed), 50);
    down = null;
  });
})();
</script>`;
  return fixture('gmail', 'long-thread.html').replace('</body>', `${script}\n</body>`);
}
