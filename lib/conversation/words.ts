/**
 * Words for what the content script reports as codes. The script runs in every helpdesk page and
 * carries no catalogue; the panel and the command line word its answers here.
 */
import { t } from '../i18n';
import type { EditFailure, EditResult, InsertResult } from './draft';
import type { ReadHealth } from './reading';

const EDIT_WORDS: Record<EditFailure, () => string> = {
  noReplyBox: () => t('lib.compose.noReplyBox'),
  notTaken: () => t('lib.compose.notTaken'),
  stale: () => t('lib.highlight.stale'),
};

/** An edit's answer in words for the agent. */
export function editOutcome(result: EditResult): InsertResult {
  return result.ok ? { ok: true } : { ok: false, reason: EDIT_WORDS[result.why]() };
}

/** One plain line on why a named adapter's reading looks incomplete: "read 2 of about 9 messages". */
export function healthReason(health: ReadHealth): string {
  return health.problem === 'readFewer'
    ? t('lib.adapters.health.readFewer', { read: health.read ?? 0, visible: health.visible ?? 0 })
    : t('lib.adapters.health.noCustomer');
}
