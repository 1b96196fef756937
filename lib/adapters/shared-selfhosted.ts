/**
 * Small helpers the self-hosted adapters (FreeScout, osTicket, Zammad, Chatwoot, UVdesk, Frappe) and
 * the generic reader share, beyond `shared.ts`. No helpdesk knowledge here: only string and DOM shapes.
 */
import { elementText } from '../conversation/text';
import type { ComposerState, EditorKind } from '../conversation/types';

/** "Dana Whitfield <dana@example.com>", "<dana@example.com>", "dana@example.com" or just a name. */
export function nameAndEmail(raw: string | null | undefined): { name?: string; email?: string } {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  const m = /^"?(.*?)"?\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text) ?? /^()([^\s@<>]+@[^\s@<>]+)$/.exec(text);
  if (m) return m[1] ? { name: m[1], email: m[2] } : { email: m[2] };
  return text ? { name: text } : {};
}

/** Seconds (or milliseconds) since the epoch, as helpdesks put them in data attributes. */
export function isoFromEpoch(raw: string | null | undefined): string | undefined {
  const value = Number(raw);
  if (!raw || !Number.isFinite(value) || value <= 0) return undefined;
  return new Date(value < 1e11 ? value * 1000 : value).toISOString();
}

/**
 * "May 2, 10:15 AM": a display date without its year, as chat UIs show this year's messages. The
 * year is the latest one that does not put the date in the future (a "Dec 31" read on Jan 1 is last
 * year's). Browser zone, like every zone-less display date.
 */
export function parseYearlessDate(raw: string, now: number = Date.now()): string | undefined {
  const m = /^(?:[a-z]+,? )?([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{1,2}):(\d{2})(?: ?([ap])\.?m\.?)?$/i.exec(raw.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf((m[1] ?? '').toLowerCase());
  if (month < 0 || month % 3) return undefined;
  let hour = Number(m[3]);
  if (m[5]) hour = (hour % 12) + (/p/i.test(m[5]) ? 12 : 0);
  const year = new Date(now).getFullYear();
  let date = new Date(year, month / 3, Number(m[2]), hour, Number(m[4]));
  if (date.getTime() > now + 86_400_000) date = new Date(year - 1, month / 3, Number(m[2]), hour, Number(m[4]));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The draft in a rich editor: its text, without the zero-width spaces some editors (Redactor, TinyMCE)
 * keep in an empty paragraph so the caret has somewhere to go.
 */
export function editorDraft(el: Element | null | undefined, kind: EditorKind): ComposerState {
  if (!el) return { found: false };
  const draft = el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : elementText(el);
  return { found: true, kind, draft: draft.replace(/[\u200b\ufeff]/g, '').trim() };
}

/** The body of an iframe on the page's own origin (rich editors, e-mail previews); null across origins. */
export function frameBody(frame: Element | null | undefined): HTMLElement | null {
  try {
    return (frame as HTMLIFrameElement | null)?.contentDocument?.body ?? null;
  } catch {
    return null;
  }
}
