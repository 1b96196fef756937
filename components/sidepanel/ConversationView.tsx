import { useState } from 'react';
import { adapterById } from '@/lib/adapters/registry';
import type { ConversationSnapshot, Message, Role } from '@/lib/conversation/types';
import { i18n } from '#i18n';
import { partialNote } from '@/lib/panel';

/**
 * How many of the newest messages (not counting status updates) stay open; older ones fold away
 * until asked for.
 */
export const OPEN_MESSAGES = 3;

const ROLE_LABELS: Record<Role, () => string> = {
  customer: () => i18n.t('panel.conversation.roles.customer'),
  agent: () => i18n.t('panel.conversation.roles.agent'),
  note: () => i18n.t('panel.conversation.roles.note'),
  system: () => i18n.t('panel.conversation.roles.system'),
  bot: () => i18n.t('panel.conversation.roles.bot'),
};

export function ConversationView({ snapshot, fromEarlierView = false }: { snapshot: ConversationSnapshot; fromEarlierView?: boolean }) {
  const [showOlder, setShowOlder] = useState(false);
  const { messages } = snapshot;
  const hidden = showOlder ? 0 : firstOpenIndex(messages);
  const visible = messages.slice(hidden);
  const partial = partialNote(snapshot, adapterById(snapshot.helpdesk)?.label);

  return (
    <section className="conversation" aria-label={i18n.t('panel.views.conversation')}>
      <h2 className="subject">
        {snapshot.conversationId && <span className="muted">#{snapshot.conversationId}</span>} {snapshot.subject ?? i18n.t('panel.conversation.noSubject')}
      </h2>
      <p className="muted">{i18n.t('panel.conversation.count', messages.length)}</p>
      {fromEarlierView && (
        <p className="muted small" role="note">
          {i18n.t('panel.conversation.fromEarlierView')}
        </p>
      )}
      {partial && (
        <p className="muted small" role="note">
          {partial}
        </p>
      )}
      {hidden > 0 && (
        <button type="button" className="link" onClick={() => setShowOlder(true)}>
          {i18n.t('panel.conversation.showOlder', hidden)}
        </button>
      )}
      <ol className="messages" aria-label={i18n.t('panel.conversation.messages')}>
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
        <span className="role">{ROLE_LABELS[message.role]()}</span>
        {message.author && <span className="author">{message.author}</span>}
        {message.at && (
          <time dateTime={message.at} className="muted">
            {formatTime(message.at)}
          </time>
        )}
        {message.partial && <span className="muted small">{i18n.t('panel.conversation.preview')}</span>}
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
