import { adapterById } from '@/lib/adapters/registry';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import type { ReadResult } from '@/lib/conversation/reading';

/** Which helpdesk this is, which reader read it, and how sure it is. */
export function PageSource({ adapterId, snapshot, errors, fallbackFrom }: { adapterId: string; snapshot: ConversationSnapshot; errors: ReadResult['errors']; fallbackFrom?: string }) {
  const label = fallbackFrom ? (adapterById(fallbackFrom)?.label ?? fallbackFrom) : (adapterById(adapterId)?.label ?? adapterId);
  const sure = Math.round(snapshot.confidence * 100);
  return (
    <section className="source" aria-label="Where this came from">
      <span className="source-helpdesk">{label}</span>
      <span className="muted">
        {' '}
        · read by the {adapterId} adapter · {sure}% sure
      </span>
      {fallbackFrom && (
        <p className="warning" role="note">
          This looks like {adapterById(fallbackFrom)?.label ?? fallbackFrom}, but its page has changed in a way Tactful's reader for it doesn't
          recognise, so the generic reader read it. Check the roles below.
        </p>
      )}
      {errors.length > 0 && (
        <p className="warning" role="note">
          {errors.map((e) => `The ${e.adapter} adapter failed: ${e.message}`).join(' ')}
        </p>
      )}
    </section>
  );
}
