import type { EmotionLabel, Insight, MessageKind, TextSpan } from '@/lib/analysis';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { useState } from 'react';
import { foldToFeeling, type Part } from '@/lib/panel';
import { unwrap } from './part';

const FEELING: Record<EmotionLabel, string> = {
  anger: 'Angry',
  frustration: 'Frustrated',
  anxiety: 'Anxious',
  confusion: 'Confused',
  disappointment: 'Disappointed',
  satisfaction: 'Pleased',
  neutral: 'Calm',
};

const RISK: Record<string, string> = {
  cancel: 'may cancel',
  leave: 'may leave',
  review: 'mentions a review',
  chargeback: 'mentions a chargeback',
  legal: 'mentions legal action',
  regulator: 'mentions a regulator',
};

const CATEGORY: Record<string, string> = {
  delivery: 'Delivery',
  order: 'Order',
  refund: 'Refund or return',
  billing: 'Billing or payment',
  damaged: 'Damaged or faulty item',
  technical: 'Technical problem',
  account: 'Account or login',
  cancellation: 'Cancellation',
  service: 'Complaint about service',
  feedback: 'Feedback',
  other: 'Other',
};

/** What the customer's latest message is, as an agent would name it. */
export const MESSAGE_KIND: Record<MessageKind, string> = {
  question: 'Question',
  problem: 'Problem report',
  complaint: 'Complaint',
  chase: 'Chasing a reply',
  thanks: 'Thanks',
  'no-request': 'No request',
};

export function strengthOf(intensity: number): string {
  if (intensity >= 0.75) return 'very strongly';
  if (intensity >= 0.45) return 'strongly';
  if (intensity > 0) return 'mildly';
  return '';
}

/** How the customer feels, in their own words, and what else the agent should notice. */
export function HowTheyFeel({ insight: part, snapshot }: { insight: Part<Insight>; snapshot: ConversationSnapshot }) {
  const insight = unwrap(part);
  const { emotion } = insight;
  // Show the customer's words from the message that counts most: the newest one with evidence.
  const byMessage = new Map<number, TextSpan[]>();
  for (const span of emotion.spans) byMessage.set(span.messageIndex, [...(byMessage.get(span.messageIndex) ?? []), span]);
  const newest = [...byMessage.keys()].sort((a, b) => b - a)[0];
  const evidence = newest !== undefined ? { text: snapshot.messages[newest]?.text ?? '', spans: byMessage.get(newest) ?? [] } : undefined;
  const risks = [...new Set(insight.escalation.map((flag) => flag.risk))];
  const percent = Math.round(emotion.intensity * 100);

  return (
    <section className="feel" aria-labelledby="feel-title">
      <h2 id="feel-title" className="section-title">
        How they feel
      </h2>
      <div className="feel-headline">
        <span className={`feel-label emotion-${emotion.label}`} data-testid="emotion">
          {FEELING[emotion.label]}
        </span>
        {emotion.label !== 'neutral' && (
          <span className="muted">{strengthOf(emotion.intensity)}</span>
        )}
        <meter className="intensity" min={0} max={1} value={emotion.intensity} aria-label={`Intensity ${percent}%`} title={`Intensity ${percent}%`} />
      </div>
      {evidence && evidence.spans.length > 0 && (
        <TheirWords text={evidence.text} spans={evidence.spans} />
      )}
      <ul className="facts">
        <li data-testid="message-kind">
          <strong>{MESSAGE_KIND[insight.kind]}</strong>
        </li>
        <li>
          {CATEGORY[insight.category.label] ?? insight.category.label}
          {insight.complaint && <span className="muted"> · complaint, severity {insight.severity} of 4</span>}
        </li>
        {insight.repeatContact.length > 0 && (
          <li className="flag">Has had to chase this: “{uniqueWords(insight.repeatContact).join('”, “')}”</li>
        )}
        {insight.urgency.cues.length > 0 && <li className="flag">Urgent: “{uniqueWords(insight.urgency.cues).join('”, “')}”</li>}
        {insight.read && (insight.read.messagesSkipped > 0 || insight.read.messagesCut > 0) && (
          <li className="muted" data-testid="not-read">
            Read within limits: {insight.read.messagesSkipped > 0 && `${insight.read.messagesSkipped} older messages left out`}
            {insight.read.messagesSkipped > 0 && insight.read.messagesCut > 0 && ', '}
            {insight.read.messagesCut > 0 && `${insight.read.messagesCut} long messages read in part`}.
          </li>
        )}
        {risks.length > 0 && <li className="flag risk">Escalation risk: {risks.map((r) => RISK[r] ?? r).join(', ')}</li>}
      </ul>
    </section>
  );
}

/**
 * The customer's message folded to the sentences that carry the feeling (those holding the words
 * it was read from), the rest one click away.
 */
function TheirWords({ text, spans }: { text: string; spans: TextSpan[] }) {
  const [whole, setWhole] = useState(false);
  const { shown, folded } = foldToFeeling(text, spans);
  return (
    <div className="their-words">
      <blockquote className="evidence" aria-label="Their words" data-folded={folded && !whole}>
        {whole || !folded ? (
          <Highlighted text={text} spans={spans} context={text.length} />
        ) : (
          shown.map((sentence, i) => (
            <span key={sentence.start} className="evidence-sentence">
              {i > 0 && ' … '}
              <Marked text={text} from={sentence.start} to={sentence.end} spans={spans} />
            </span>
          ))
        )}
      </blockquote>
      {folded && (
        <button type="button" className="link small" aria-expanded={whole} onClick={() => setWhole(!whole)}>
          {whole ? 'Show only the sentences with feeling' : 'Show the whole message'}
        </button>
      )}
    </div>
  );
}

/** `text.slice(from, to)` with the spans inside it marked. */
function Marked({ text, from, to, spans }: { text: string; from: number; to: number; spans: TextSpan[] }) {
  const inside = [...spans].filter((s) => s.start >= from && s.end <= to).sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = from;
  for (const span of inside) {
    if (span.start < at) continue; // overlapping cue: already marked
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  if (to > at) parts.push(text.slice(at, to));
  return <>{parts}</>;
}

/** The same words found in several messages are listed once. */
function uniqueWords(spans: TextSpan[]): string[] {
  const seen = new Map<string, string>();
  for (const span of spans) if (!seen.has(span.text.toLowerCase())) seen.set(span.text.toLowerCase(), span.text);
  return [...seen.values()];
}

/** The message with the words that showed the feeling marked, trimmed around them. */
export function Highlighted({ text, spans, context = 90 }: { text: string; spans: TextSpan[]; context?: number }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || s.start >= (all[i - 1]?.end ?? 0));
  if (sorted.length === 0) return <>{text}</>;
  const from = Math.max(0, (sorted[0]?.start ?? 0) - context);
  const to = Math.min(text.length, (sorted.at(-1)?.end ?? text.length) + context);
  const parts: React.ReactNode[] = [];
  let at = from;
  sorted.forEach((span, i) => {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={i}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  });
  if (to > at) parts.push(text.slice(at, to));
  return (
    <>
      {from > 0 && '…'}
      {parts}
      {to < text.length && '…'}
    </>
  );
}
