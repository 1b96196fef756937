/**
 * The words of "why this suggestion" (lib/suggest/rank.ts): each reason a phrase scored is a
 * catalogue message, so the agent reads it in the browser's language. Every reason is a whole
 * message (not an English word slotted into an English sentence), so a translation can word it
 * its own way; rank.ts joins them with "; " and capitalises the first.
 */
import type { EmotionLabel, IssueCategory, MessageKind } from '../analysis/types';
import type { ConversationStage, PackChannel } from '../packs/schema';
import { t } from '../i18n';

const STAGE: Record<ConversationStage, () => string> = {
  first: () => t('lib.suggest.why.stage.first'),
  followup: () => t('lib.suggest.why.stage.followup'),
  repeat: () => t('lib.suggest.why.stage.repeat'),
};

const KIND: Record<MessageKind, () => string> = {
  question: () => t('lib.suggest.why.kind.question'),
  problem: () => t('lib.suggest.why.kind.problem'),
  complaint: () => t('lib.suggest.why.kind.complaint'),
  chase: () => t('lib.suggest.why.kind.chase'),
  thanks: () => t('lib.suggest.why.kind.thanks'),
  'no-request': () => t('lib.suggest.why.kind.noRequest'),
};

/** The feeling as a noun ("anger"), for "Fits anger at high intensity". */
const FEELING: Record<EmotionLabel, () => string> = {
  anger: () => t('lib.suggest.why.feelings.anger'),
  frustration: () => t('lib.suggest.why.feelings.frustration'),
  anxiety: () => t('lib.suggest.why.feelings.anxiety'),
  confusion: () => t('lib.suggest.why.feelings.confusion'),
  disappointment: () => t('lib.suggest.why.feelings.disappointment'),
  satisfaction: () => t('lib.suggest.why.feelings.satisfaction'),
  neutral: () => t('lib.suggest.why.feelings.neutral'),
};

const INTENSITY = {
  high: () => t('lib.suggest.why.intensity.high'),
  moderate: () => t('lib.suggest.why.intensity.moderate'),
  mild: () => t('lib.suggest.why.intensity.mild'),
};

const CATEGORY: Record<IssueCategory, () => string> = {
  delivery: () => t('lib.suggest.why.category.delivery'),
  order: () => t('lib.suggest.why.category.order'),
  refund: () => t('lib.suggest.why.category.refund'),
  billing: () => t('lib.suggest.why.category.billing'),
  damaged: () => t('lib.suggest.why.category.damaged'),
  technical: () => t('lib.suggest.why.category.technical'),
  account: () => t('lib.suggest.why.category.account'),
  cancellation: () => t('lib.suggest.why.category.cancellation'),
  service: () => t('lib.suggest.why.category.service'),
  feedback: () => t('lib.suggest.why.category.feedback'),
  other: () => t('lib.suggest.why.category.other'),
};

const CHANNEL: Record<PackChannel, () => string> = {
  email: () => t('lib.suggest.why.channel.email'),
  chat: () => t('lib.suggest.why.channel.chat'),
  social: () => t('lib.suggest.why.channel.social'),
  phone: () => t('lib.suggest.why.channel.phone'),
};

/** "for a first reply". */
export function stageReason(stage: ConversationStage): string {
  return STAGE[stage]();
}

/** "for a complaint"; empty for a kind the catalogue has no words for. */
export function kindReason(kind: string): string {
  return Object.hasOwn(KIND, kind) ? KIND[kind as MessageKind]() : '';
}

/** "Fits anger at high intensity", or "Fits a calm, practical message" for no clear feeling. */
export function feelingReason(feeling: EmotionLabel, intensity: number): string {
  if (feeling === 'neutral') return t('lib.suggest.why.calm');
  const level = intensity >= 0.7 ? INTENSITY.high() : intensity >= 0.4 ? INTENSITY.moderate() : INTENSITY.mild();
  return t('lib.suggest.why.feeling', { feeling: FEELING[feeling](), intensity: level });
}

/** "Fits their anxiety too": a feeling they show besides the strongest one. */
export function secondaryFeelingReason(feeling: EmotionLabel): string {
  return t('lib.suggest.why.alsoFeeling', { feeling: FEELING[feeling]() });
}

/** "for delivery issues", "for a service complaint". */
export function categoryReason(category: IssueCategory): string {
  return CATEGORY[category]();
}

/** "written for e-mail". */
export function channelReason(channel: PackChannel): string {
  return CHANNEL[channel]();
}

/** "mirrors their words '…'" (or without the words when there are none short enough to quote). */
export function mirrorReason(words: string | undefined): string {
  return words ? t('lib.suggest.why.mirrors', { words }) : t('lib.suggest.why.mirrorsUnquoted');
}

export function deadlineReason(): string {
  return t('lib.suggest.why.deadline');
}

/** "needs customer.firstName, company": the variables the agent must fill in. */
export function needsReason(variables: readonly string[]): string {
  return t('lib.suggest.why.needs', { variables: variables.join(', ') });
}

/** "you've picked it once", "you've picked it 3 times". */
export function pickedReason(count: number): string {
  return t('lib.suggest.why.picked', count);
}

/** When no reason applies (and the phrase has no note of its own). */
export function anyConversationReason(): string {
  return t('lib.suggest.why.any');
}
