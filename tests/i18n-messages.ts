// The English catalogue as Node reads it (lib/cli/messages.ts): the tests' `browser.i18n.getMessage`.
export { englishGetMessage, englishMessages } from '../lib/cli/messages';
