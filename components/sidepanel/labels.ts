/** How a missing template value is asked for. */
export const GAP_LABELS: Record<string, string> = {
  'customer.firstName': "Customer's first name",
  'customer.name': "Customer's name",
  'agent.firstName': 'Your first name',
  'agent.name': 'Your name',
  company: 'Company',
  issue: 'Their problem, in a few words',
  'ticket.id': 'Ticket number',
  timescale: 'When (e.g. “by 3pm on Wednesday”)',
};
