import { useState } from 'react';
import { adapterById } from '@/lib/adapters/registry';
import type { ConversationSnapshot, Message, Role } from '@/lib/conversation/types';
import { partialNote } from '@/lib/panel';

/**
 * How many of the newest messages (not counting status updates) stay open; older ones fold away
 * until asked for.
 */
export const OPEN_MESSAGES = 3;

const ROLE_LABELS: Record<Role, string> = {
  customer: 'Customer',
  agent: 'Agent',
  note: 'Internal note',
  system: 'Update',
  bot: 'Bot',
};

export function ConversationView({ snapshot, fromEarlierView = false }: { snapshot: ConversationSnapshot; fromEarlierView?: boolean }) {
  const [showOlder, setShowOlder] = useState(false);
  const { messages } = snapshot;
  const hidden = showOlder ? 0 : firstOpenIndex(messages);
  const visible = messages.slice(hidden);
  const partial = partialNote(snapshot, adapterById(snapshot.helpdesk)?.label);

  return (
    <section className="conversation" aria-label="Conversation">
      <h2 className="subject">
        {snapshot.conversationId && <span className="muted">#{snapshot.conversationId}</span>} {snapshot.subject ?? 'No subject'}
      </h2>
      <p className="muted">{messages.length === 1 ? '1 message' : `${messages.length} messages`}</p>
      {fromEarlierView && (
        <p className="muted small" role="note">
          This page doesn't show the conversation, so Tactful shows it as it was when you last viewed the ticket.
        </p>
      )}
      {partial && (
        <p className="muted small" role="note">
          {partial}
        </p>
      )}
      {hidden > 0 && (
        <button type="button" className="link" onClick={() => setShowOlder(true)}>
          Show {hidden === 1 ? '1 earlier message' : `${hidden} earlier messages`}
        </button>
      )}
      <ol className="messages" aria-label="Messages">
        {visible.map((message, index) => (
          <MessageItem key={message.id ?? `${hidden + index}`} message={message} />
        ))}
      </ol>
    </section>
  );
}

/** Index of the oldest message that stays open: the OPEN_MESSAGES-th newest one someone wrote. */
function firstOpenIndex(messages: Message[]): number {
  let written = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.role !== 'system') written++;
    if (written === OPEN_MESSAGES) return i;
  }
  return 0;
}

function MessageItem({ message }: { message: Message }) {
  return (
    <li className={`message role-${message.role}`} data-role={message.role}>
      <div className="message-meta">
        <span className="role">{ROLE_LABELS[message.role]}</span>
        {message.author && <span className="author">{message.author}</span>}
        {message.at && (
          <time dateTime={message.at} className="muted">
            {formatTime(message.at)}
          </time>
        )}
        {message.partial && <span className="muted small">preview</span>}
      </div>
      <div className="message-text">{message.text}</div>
    </li>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
