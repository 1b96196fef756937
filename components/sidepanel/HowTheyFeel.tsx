import type { EmotionLabel, Insight, MessageKind, TextSpan } from '@/lib/analysis';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { useState } from 'react';
import { foldToFeeling, type Part } from '@/lib/panel';
import { unwrap } from './part';
import { i18n } from '#i18n';

const FEELING: Record<EmotionLabel, () => string> = {
  anger: () => i18n.t('panel.feel.emotions.anger'),
  frustration: () => i18n.t('panel.feel.emotions.frustration'),
  anxiety: () => i18n.t('panel.feel.emotions.anxiety'),
  confusion: () => i18n.t('panel.feel.emotions.confusion'),
  disappointment: () => i18n.t('panel.feel.emotions.disappointment'),
  satisfaction: () => i18n.t('panel.feel.emotions.satisfaction'),
  neutral: () => i18n.t('panel.feel.emotions.neutral'),
};

const RISK: Record<string, () => string> = {
  cancel: () => i18n.t('panel.feel.risks.cancel'),
  leave: () => i18n.t('panel.feel.risks.leave'),
  review: () => i18n.t('panel.feel.risks.review'),
  chargeback: () => i18n.t('panel.feel.risks.chargeback'),
  legal: () => i18n.t('panel.feel.risks.legal'),
  regulator: () => i18n.t('panel.feel.risks.regulator'),
};

const CATEGORY: Record<string, () => string> = {
  delivery: () => i18n.t('panel.feel.categories.delivery'),
  order: () => i18n.t('panel.feel.categories.order'),
  refund: () => i18n.t('panel.feel.categories.refund'),
  billing: () => i18n.t('panel.feel.categories.billing'),
  damaged: () => i18n.t('panel.feel.categories.damaged'),
  technical: () => i18n.t('panel.feel.categories.technical'),
  account: () => i18n.t('panel.feel.categories.account'),
  cancellation: () => i18n.t('panel.feel.categories.cancellation'),
  service: () => i18n.t('panel.feel.categories.service'),
  feedback: () => i18n.t('panel.feel.categories.feedback'),
  other: () => i18n.t('panel.feel.categories.other'),
};

/** A word from one of the maps above, or the name itself for one they don't have (a pack's own). */
const said = (words: Record<string, () => string>, name: string) => (Object.hasOwn(words, name) ? (words[name]?.() ?? name) : name);

/** What the customer's latest message is, as an agent would name it. */
export const MESSAGE_KIND: Record<MessageKind, () => string> = {
  question: () => i18n.t('panel.feel.kinds.question'),
  problem: () => i18n.t('panel.feel.kinds.problem'),
  complaint: () => i18n.t('panel.feel.kinds.complaint'),
  chase: () => i18n.t('panel.feel.kinds.chase'),
  thanks: () => i18n.t('panel.feel.kinds.thanks'),
  'no-request': () => i18n.t('panel.feel.kinds.noRequest'),
};

export function strengthOf(intensity: number): string {
  if (intensity >= 0.75) return i18n.t('panel.feel.strength.veryStrong');
  if (intensity >= 0.45) return i18n.t('panel.feel.strength.strong');
  if (intensity > 0) return i18n.t('panel.feel.strength.mild');
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
        {i18n.t('panel.views.feel')}
      </h2>
      <div className="feel-headline">
        <span className={`feel-label emotion-${emotion.label}`} data-testid="emotion">
          {FEELING[emotion.label]()}
        </span>
        {emotion.label !== 'neutral' && (
          <span className="muted">{strengthOf(emotion.intensity)}</span>
        )}
        <meter className="intensity" min={0} max={1} value={emotion.intensity} aria-label={i18n.t('panel.feel.intensity', { percent })}
          title={i18n.t('panel.feel.intensity', { percent })}
        />
      </div>
      {evidence && evidence.spans.length > 0 && (
        <TheirWords text={evidence.text} spans={evidence.spans} />
      )}
      <ul className="facts">
        <li data-testid="message-kind">
          <strong>{MESSAGE_KIND[insight.kind]()}</strong>
        </li>
        <li>
          {said(CATEGORY, insight.category.label)}
          {insight.complaint && <span className="muted">{i18n.t('panel.feel.complaintSeverity', { severity: insight.severity })}</span>}
        </li>
        {insight.repeatContact.length > 0 && (
          <li className="flag">{i18n.t('panel.feel.chased', { words: uniqueWords(insight.repeatContact).join('”, “') })}</li>
        )}
        {insight.urgency.cues.length > 0 && <li className="flag">{i18n.t('panel.feel.urgent', { words: uniqueWords(insight.urgency.cues).join('”, “') })}</li>}
        {insight.read && (insight.read.messagesSkipped > 0 || insight.read.messagesCut > 0) && (
          <li className="muted" data-testid="not-read">
            {i18n.t('panel.feel.readWithin')}
            {insight.read.messagesSkipped > 0 && i18n.t('panel.feel.skipped', { count: insight.read.messagesSkipped })}
            {insight.read.messagesSkipped > 0 && insight.read.messagesCut > 0 && ', '}
            {insight.read.messagesCut > 0 && i18n.t('panel.feel.cut', { count: insight.read.messagesCut })}.
          </li>
        )}
        {risks.length > 0 && <li className="flag risk">{i18n.t('panel.feel.escalation', { risks: risks.map((r) => said(RISK, r)).join(', ') })}</li>}
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
      <blockquote className="evidence" aria-label={i18n.t('panel.feel.theirWords')} data-folded={folded && !whole}>
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
          {whole ? i18n.t('panel.feel.onlyFeeling') : i18n.t('panel.feel.wholeMessage')}
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
