import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_FILE } from './lib/adapters/bundles';
import { manifestCommands } from './lib/commands-manifest';

/**
 * Builds:
 * - `wxt build` (production): two content-script bundles, so each page runs one small script:
 *   `hosted` on the hosted helpdesks' domains (in the manifest), and `content` for any other
 *   site (registered at run time for the sites the agent enables, or injected via activeTab).
 * - `wxt build --mode e2e` (tests, demo, the `tactful` command): the same extension, plus the
 *   `content` bundle with every adapter on the loopback hosts, so pages served on
 *   127.0.0.1/localhost (fixtures, the demo helpdesk, a local Request Tracker) are read without a
 *   user granting a permission, and `tabs`, so that tests can find a tab by its URL.
 *   Output: `.output/<target>-e2e`. Never shipped.
 */
const LOOPBACK_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
const ANY_SITE = ['http://*/*', 'https://*/*'];
const PACK_TEST_ORIGIN = 'http://127.0.0.2/*';

export default defineConfig({
  // `@wxt-dev/i18n/module`: the UI's words live in assets/locales/en.yml; the module writes them to
  // _locales/<lang>/messages.json (what `browser.i18n` reads) and types the keys of `i18n.t`.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  i18n: { localesDir: 'assets/locales' },
  // Files copied as they are into the extension (the toolbar icons in icon/<size>.png).
  publicDir: 'assets/static',
  webExt: { disabled: true },
  // The side panel bundles React and Dexie (~340 KB minified); it is an extension page, not a web
  // download, and the budget that matters is the content script's (`npm run size`).
  vite: () => ({ build: { chunkSizeWarningLimit: 1024 } }),
  manifest: ({ browser, manifestVersion }) => ({
    // Words from assets/locales/en.yml (`manifest.*`), which the browser fills in for the agent's language.
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    // `alarms`: checking pack subscriptions for updates (lib/packs/refresh.ts) and reminding the
    // agent before a promise they made falls due (lib/promises/reminders.ts), which also needs
    // `notifications`: the reminder itself ("Update Jane Doe before 3pm today — …").
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    // What administrators may set by policy (lib/packs/managed.ts); Firefox reads its policies.json.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Sites the agent turns Tactful on for, one origin at a time, from the panel ("Use Tactful on …").
    ...(manifestVersion === 2 ? { optional_permissions: ANY_SITE } : { optional_host_permissions: ANY_SITE }),
    action: { default_title: '__MSG_manifest_actionTitle__' },
    // Keyboard shortcuts (lib/commands-manifest.ts); the agent can change them in the browser.
    commands: manifestCommands(browser, manifestVersion),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tactful@tactful.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      manifest.permissions = [...(manifest.permissions ?? []), 'tabs'];
      // The any-site bundle (every adapter, in test builds) on loopback; only one bundle per page.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: LOOPBACK_MATCHES, js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' },
      ];
      // The pack subscription tests' server (a loopback address no page is served from): granted
      // up front, so subscribing asks for it and gets it without the prompt a test cannot answer.
      if (manifest.manifest_version === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), PACK_TEST_ORIGIN];
      else manifest.permissions = [...(manifest.permissions ?? []), PACK_TEST_ORIGIN];
    },
  },
});
