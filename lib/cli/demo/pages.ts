/**
 * The demo helpdesk page, made from the real Request Tracker 5 page that
 * the tests use (tests/fixtures/helpdesks/rt/ticket.html), so the markup is exactly what the
 * extension meets in a real RT. Edited with jsdom, in Node, before serving.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { REPO_ROOT } from '../browser/chromium';

const RT_TICKET = path.join(REPO_ROOT, 'tests/fixtures/helpdesks/rt/ticket.html');
const DEMO_CSS = path.join(import.meta.dirname, 'rt-demo.css');

/** Where the RT page expects to live, so the adapter's URL pattern matches too. */
export const RT_TICKET_PATH = '/Ticket/Display.html';

function rtTicket(): JSDOM {
  return new JSDOM(readFileSync(RT_TICKET, 'utf8'));
}

/**
 * The demo: the customer's last e-mail is upset again (nothing arrived, a deadline is near), which
 * is the moment an agent most needs help with the reply. Styled lightly to look like a helpdesk.
 */
export function demoTicketPage(): string {
  const dom = rtTicket();
  const doc = dom.window.document;
  const messages = [...doc.querySelectorAll('.history-container .transaction.message')];
  const last = messages.at(-1)?.querySelector('.messagebody');
  if (last) {
    last.innerHTML =
      '<div class="message-stanza">Sam,<br><br>It is now Friday and there is STILL no tracking number and no refund on my card. ' +
      'This is the third time I have had to chase you about this order. You told me two working days!<br><br>' +
      'I need the blender before my mother\'s party on Sunday. If it is not sorted today I will cancel the order and ' +
      'dispute the charge with my bank.<br><br>Dana</div>';
  }
  const style = doc.createElement('style');
  style.textContent = readFileSync(DEMO_CSS, 'utf8');
  doc.head.appendChild(style);
  return dom.serialize();
}
