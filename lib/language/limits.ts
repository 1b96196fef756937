/**
 * How much text Tactful reads. Every pattern runs in linear time, but an agent's draft is checked
 * on every pause in typing and a conversation on every page change, so both are also capped; the
 * results say when a cap applied so the panel can tell the agent.
 */

/** The guard checks at most this many characters of the agent's own text (a long e-mail is ~3,000). */
export const MAX_DRAFT_CHARS = 10_000;
/** The analysis reads at most this many characters of one message. */
export const MAX_MESSAGE_CHARS = 20_000;
/** The analysis reads at most this many characters of a conversation, newest messages first. */
export const MAX_CONVERSATION_CHARS = 200_000;
/**
 * The longest stretch a sentence-level pattern sees at once: a longer sentence (a run-on, or a
 * line with no punctuation) is read in pieces of this size, cut at a space where there is one.
 */
export const MAX_SEGMENT_CHARS = 600;
