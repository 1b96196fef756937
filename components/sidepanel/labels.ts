import { i18n } from '#i18n';

const GAP_LABELS: Record<string, () => string> = {
  'customer.firstName': () => i18n.t('panel.gaps.customerFirstName'),
  'customer.name': () => i18n.t('panel.gaps.customerName'),
  'agent.firstName': () => i18n.t('panel.gaps.agentFirstName'),
  'agent.name': () => i18n.t('panel.gaps.agentName'),
  company: () => i18n.t('panel.gaps.company'),
  issue: () => i18n.t('panel.gaps.issue'),
  'ticket.id': () => i18n.t('panel.gaps.ticketId'),
  timescale: () => i18n.t('panel.gaps.timescale'),
};

/** How a missing template value is asked for (a value no label names is asked for by its name). */
export function gapLabel(name: string): string {
  return Object.hasOwn(GAP_LABELS, name) ? (GAP_LABELS[name]?.() ?? name) : name;
}
