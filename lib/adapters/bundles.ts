/**
 * The two content-script bundles, as WXT names them from their entrypoints: one page runs one.
 * Read by lib/sites.ts (registering and injecting them) and wxt.config.ts (the test build's
 * loopback hosts); tests/adapters/descriptors.test.ts checks the entrypoints exist.
 */
/** The any-site bundle (self-hosted helpdesks, the generic reader): entrypoints/content/. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** The hosted helpdesks' bundle, which the manifest runs on their domains: entrypoints/hosted.content.ts. */
export const HOSTED_CONTENT_SCRIPT_FILE = 'content-scripts/hosted.js';
