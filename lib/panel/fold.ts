/**
 * The customer's message folded to what matters for the reply: the sentences holding the words
 * the analysis read the feeling from (its emotion cues), in order; the rest stays one click away.
 */
import { splitSentences, type TextRange } from '../language/sentences';

export interface FoldedMessage {
  /** The sentences that carry the feeling, in the message's order, offsets into its text. */
  shown: TextRange[];
  /** Whether anything of the message is left out of `shown`. */
  folded: boolean;
}

/**
 * The sentences of `text` that hold at least one of `spans` (cues, offsets into `text`). With no
 * cue inside any sentence the whole message is shown: nothing is hidden for no reason.
 */
export function foldToFeeling(text: string, spans: readonly TextRange[]): FoldedMessage {
  const sentences = splitSentences(text).filter((s) => text.slice(s.start, s.end).trim() !== '');
  const shown = sentences.filter((s) => spans.some((span) => span.start < s.end && s.start < span.end));
  if (shown.length === 0 || shown.length === sentences.length) return { shown: sentences, folded: false };
  return { shown, folded: true };
}
