import { useLiveQuery } from 'dexie-react-hooks';
import type { CustomerRef } from '@/lib/conversation/types';
import type { TactfulDatabase } from '@/lib/db';
import { earlierContacts } from '@/lib/history';
import type { HistoryState } from './store';

/** The customer, and how often they have been in touch before (from this browser's history). */
export function CustomerCard({ db, customer, history }: { db: TactfulDatabase; customer: CustomerRef; history: HistoryState }) {
  const { customerId, contactId } = history;
  const earlier = useLiveQuery(
    async () => (customerId ? (await earlierContacts(db, customerId, contactId)).length : undefined),
    [db, customerId, contactId],
  );
  return (
    <section className="customer" aria-label="Customer">
      <div className="customer-name">{customer.name ?? customer.email ?? 'Unknown customer'}</div>
      {customer.email && customer.name && <div className="muted customer-email">{customer.email}</div>}
      {history.error ? (
        <p className="warning" role="alert">
          {history.error}
        </p>
      ) : (
        <div className="contact-count" data-testid="contact-count">
          {contactLine(customerId, earlier)}
        </div>
      )}
    </section>
  );
}

function contactLine(customerId: string | undefined, earlier: number | undefined): string {
  if (!customerId) return 'Not in history: the page shows no e-mail, id or name for this customer.';
  if (earlier === undefined) return 'Checking history…';
  if (earlier === 0) return 'First contact';
  return earlier === 1 ? '1 earlier contact' : `${earlier} earlier contacts`;
}
