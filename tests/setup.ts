import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishGetMessage } from './i18n-messages';
import { installMessages } from '../lib/i18n';

// WXT's fake browser has no i18n: `i18n.t` (@wxt-dev/i18n) reads the English messages, as a build would.
fakeBrowser.i18n.getMessage = englishGetMessage() as typeof fakeBrowser.i18n.getMessage;
// lib/i18n.ts reads the same words wherever a test leaves no `browser.i18n` (as the CLI does).
installMessages(englishGetMessage());

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
