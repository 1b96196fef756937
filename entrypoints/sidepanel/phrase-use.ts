/**
 * The panel's side of phrase use: which pack phrases the agent inserted and how much they edited
 * them (lib/packs/usage.ts measures, lib/packs/usage-db.ts stores counts). Writes are fire and
 * forget: a failed count never gets in the agent's way.
 */
import type { DraftState } from '@/lib/conversation/draft';
import type { TactfulDatabase } from '@/lib/db';
import type { PageState } from '@/lib/panel';
import { PhraseUseTracker, type UseContext } from '@/lib/packs/usage';
import { recordPhraseEdit, recordPhraseInserted } from '@/lib/packs/usage-db';

export interface PhraseUse {
  /** The agent inserted phrase `key` (`pack/phrase`) as `text` while `page` was shown. */
  inserted(key: string, text: string, page: PageState): void;
  draft(page: PageState, draft: DraftState | undefined): void;
  read(page: PageState): void;
  stop(): void;
}

/** One conversation, whatever its address becomes after a reply (RT adds `&results=…`). */
export function contextOf(page: PageState): UseContext | undefined {
  if (page.kind !== 'conversation') return undefined;
  const { snapshot } = page;
  return {
    conversation: `${snapshot.helpdesk}|${snapshot.conversationId ?? snapshot.url}`,
    agentMessages: snapshot.messages.filter((m) => m.role === 'agent').map((m) => m.text),
  };
}

export function trackPhraseUse(db: TactfulDatabase, clock: () => Date): PhraseUse {
  const tracker = new PhraseUseTracker(
    {
      inserted: (key, at) => void recordPhraseInserted(db, key, at).catch(() => undefined),
      measured: (key, ratio) => void recordPhraseEdit(db, key, ratio).catch(() => undefined),
    },
    clock,
  );
  return {
    inserted(key, text, page) {
      const where = contextOf(page);
      if (where) tracker.inserted(key, text, where);
    },
    draft(page, draft) {
      const where = contextOf(page);
      if (where && draft?.found) tracker.draft(where.conversation, draft.text);
    },
    read(page) {
      const where = contextOf(page);
      if (where) tracker.read(where);
    },
    stop: () => tracker.flush(),
  };
}
