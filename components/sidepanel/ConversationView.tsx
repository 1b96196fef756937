import { useEffect, useState } from 'react';
import { adapterById } from '@/lib/adapters/registry';
import type { ConversationSnapshot, Message, Role } from '@/lib/conversation/types';
import { i18n } from '#i18n';
import { partialNote, type ExpandOutcome } from '@/lib/panel';

/**
 * How many of the newest messages (not counting status updates) stay open; older ones fold away
 * until asked for.
 */
export const OPEN_MESSAGES = 3;

/** How long the button says "Opening…" after the helpdesk was asked, at most, when its page does not change. */
export const OPENING_MS = 10_000;

const ROLE_LABELS: Record<Role, () => string> = {
  customer: () => i18n.t('panel.conversation.roles.customer'),
  agent: () => i18n.t('panel.conversation.roles.agent'),
  note: () => i18n.t('panel.conversation.roles.note'),
  system: () => i18n.t('panel.conversation.roles.system'),
  bot: () => i18n.t('panel.conversation.roles.bot'),
};

export function ConversationView({
  snapshot,
  fromEarlierView = false,
  onExpand,
}: {
  snapshot: ConversationSnapshot;
  fromEarlierView?: boolean;
  /** Ask the helpdesk to open the messages it folds (the panel's `expandMessages`); none: no button. */
  onExpand?: () => Promise<ExpandOutcome>;
}) {
  const [showOlder, setShowOlder] = useState(false);
  const { messages } = snapshot;
  const hidden = showOlder ? 0 : firstOpenIndex(messages);
  const visible = messages.slice(hidden);
  const adapter = adapterById(snapshot.helpdesk);
  const partial = partialNote(snapshot, adapter?.label);
  // Only where the page itself shows the conversation, read by an adapter that can open its messages.
  const canExpand = !!partial && !!onExpand && !!adapter?.expand && !fromEarlierView;

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
      {canExpand && <ExpandButton helpdesk={adapter.label} messages={messages} onExpand={onExpand} />}
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

/**
 * Opens the folded messages in the helpdesk, on the agent's click only. Says "Opening…" until the
 * page's new reading arrives (the button goes once no message is a preview), and says so when the
 * helpdesk had nothing to open or could not be reached.
 */
function ExpandButton({ helpdesk, messages, onExpand }: { helpdesk: string; messages: Message[]; onExpand: () => Promise<ExpandOutcome> }) {
  /** The reading the helpdesk was asked to open, and whether it answered: a new reading after the answer ends "Opening…". */
  const [opening, setOpening] = useState<{ on: Message[]; answered: boolean }>();
  const [line, setLine] = useState<string>();
  const busy = !!opening && (!opening.answered || opening.on === messages);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setOpening(undefined), OPENING_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  const open = async () => {
    if (busy) return;
    const asked = { on: messages, answered: false };
    setOpening(asked);
    setLine(undefined);
    const outcome = await onExpand();
    if (outcome.ok && outcome.pressed > 0) return setOpening((now) => (now === asked ? { ...asked, answered: true } : now));
    setOpening(undefined);
    setLine(outcome.ok ? i18n.t('panel.conversation.expandNothing', { helpdesk }) : outcome.reason);
  };

  return (
    <>
      {/* aria-disabled, not disabled: the button keeps the keyboard focus while it works. */}
      <button type="button" className="link" aria-disabled={busy || undefined} onClick={() => void open()}>
        {busy ? i18n.t('panel.conversation.expanding') : i18n.t('panel.conversation.expand', { helpdesk })}
      </button>
      <p className="muted small" role="status">
        {line}
      </p>
    </>
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
