import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { installMessages, type GetMessage } from '../i18n';

/** The interface's English words, read from assets/locales/en.yml as @wxt-dev/i18n reads them for a build. */
export function englishMessages(): ParsedMessage[] {
  return parseMessagesText(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../assets/locales/en.yml'), 'utf8'), 'YAML');
}

/**
 * `browser.i18n.getMessage` over the English messages, as browsers answer it: the message whose
 * name is asked for (`panel_say_title` for `panel.say.title`), `$1`…`$9` replaced by the
 * substitutions, `$$` read as one dollar sign, and '' for a name it doesn't have.
 */
export function englishGetMessage(): GetMessage {
  const messages = generateChromeMessages(englishMessages());
  return (name, substitutions) => {
    const message = messages[name]?.message;
    if (message === undefined) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return message.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
  };
}

/** Node has no `browser.i18n`: lib/'s words (lib/i18n.ts) come from the English catalogue. */
export function installEnglish(): void {
  installMessages(englishGetMessage());
}
