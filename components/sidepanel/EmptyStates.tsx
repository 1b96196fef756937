import type { ReadResult } from '@/lib/messaging';

export function NoConversation({ errors }: { errors: ReadResult['errors'] }) {
  return (
    <section className="empty" aria-label="No conversation">
      <h2>Tactful can't see a conversation on this page</h2>
      <ul>
        <li>Open a ticket or conversation in your helpdesk; Tactful reads it as soon as it appears.</li>
        <li>If the ticket is already open, reload the tab: pages opened before Tactful was installed or updated can't be read until then.</li>
      </ul>
      {errors.length > 0 && (
        <p className="warning" role="note">
          {errors.map((e) => `The ${e.adapter} adapter failed: ${e.message}`).join(' ')}
        </p>
      )}
    </section>
  );
}

export function Unreachable({ reason }: { reason: string }) {
  return (
    <section className="empty" aria-label="Page not readable">
      <h2>Tactful can't see a conversation on this page</h2>
      <p>{reason}</p>
    </section>
  );
}
