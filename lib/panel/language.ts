/**
 * Whether Tactful can advise on a conversation in the language it is written in. Tactful's
 * analysis, phrases and guard are English; advice computed from another language would be wrong
 * (a Spanish complaint read as calm, English phrases for a Spanish speaker), so the panel says so
 * plainly instead. The detection itself is the browser's (`i18n.detectLanguage`, run by the
 * controller); this decides what its answer means.
 */
import type { ConversationSnapshot } from '../conversation/types';
import { t, uiLanguage } from '../i18n';
import { ANALYSIS_LANGUAGES } from '../analysis/lexicon';
import { GUARD_LANGUAGES } from '../guard/lexicon';

/**
 * The languages Tactful advises in (ISO 639-1): those both the analysis of the customer's words and
 * the check of the agent's draft have lexicons for, as the lexicon files declare (`"locale"`).
 */
export const ANALYSED_LANGUAGES: readonly string[] = [...ANALYSIS_LANGUAGES].filter((language) => GUARD_LANGUAGES.has(language));

/** The browser's answer (`i18n.detectLanguage`, same shape in Chrome and Firefox). */
export interface DetectedLanguages {
  isReliable: boolean;
  languages: readonly { language: string; percentage: number }[];
}

export type LanguageVerdict = { analysed: true } | { analysed: false; language: string; name: string };

const ANALYSED: LanguageVerdict = { analysed: true };
/** Below this many letters no detector can tell a language reliably: Tactful advises as usual. */
export const MIN_LETTERS = 20;
/** A conversation at least this much in an analysed language is read (quoted English mail, mixed replies). */
const ANALYSED_SHARE = 30;
/** How much of the customer's writing is sent to the detector (their newest messages first). */
const MAX_CHARS = 2000;

/** What the customer wrote (their newest messages, up to a cap): what the language is judged on. */
export function customerText(snapshot: ConversationSnapshot): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = snapshot.messages.length - 1; i >= 0 && size < MAX_CHARS; i--) {
    const message = snapshot.messages[i];
    if (message?.role !== 'customer') continue;
    const text = message.text.trim().slice(0, MAX_CHARS - size);
    parts.push(text);
    size += text.length;
  }
  return parts.join('\n\n');
}

/** A language code without its region or script ("en-GB" → "en", "zh-Hant" → "zh"). */
function baseLanguage(code: string): string {
  return code.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The language's name in the browser's language ("es" → "Spanish" in English); the code itself when the browser can't name it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage(), 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function letters(text: string): number {
  let count = 0;
  for (const ch of text) if (/\p{L}/u.test(ch)) count++;
  return count;
}

/**
 * Whether the text's language is one Tactful analyses. Only a reliable detection of another
 * language, on enough text, with little of an analysed language in it, stops the advice: when in
 * doubt Tactful advises as before.
 */
export function languageVerdict(text: string, detected: DetectedLanguages | undefined): LanguageVerdict {
  if (!detected || !detected.isReliable || letters(text) < MIN_LETTERS) return ANALYSED;
  const shares = new Map<string, number>();
  for (const { language, percentage } of detected.languages) {
    const code = baseLanguage(language);
    if (code && code !== 'und') shares.set(code, (shares.get(code) ?? 0) + percentage);
  }
  const top = [...shares.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!top) return ANALYSED;
  const analysedShare = ANALYSED_LANGUAGES.reduce((sum, code) => sum + (shares.get(code) ?? 0), 0);
  if (ANALYSED_LANGUAGES.includes(top[0]) || analysedShare >= ANALYSED_SHARE) return ANALYSED;
  return { analysed: false, language: top[0], name: languageName(top[0]) };
}

/** What the panel says instead of advice. */
export function languageNotice(verdict: Extract<LanguageVerdict, { analysed: false }>): string {
  const name = verdict.name === verdict.language ? t('lib.panel.language.unnamed', { code: verdict.language }) : verdict.name;
  return t('lib.panel.language.notice', { name });
}
