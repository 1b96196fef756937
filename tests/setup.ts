import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishGetMessage } from './i18n-messages';

// WXT's fake browser has no i18n: `i18n.t` (@wxt-dev/i18n) reads the English messages, as a build would.
fakeBrowser.i18n.getMessage = englishGetMessage() as typeof fakeBrowser.i18n.getMessage;

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
