import type { CustomerRef } from '@/lib/conversation/types';
import type { ContactView } from '@/lib/panel';

/** The customer, and how often they have been in touch before (from this browser's history). */
export function CustomerCard({ customer, contact }: { customer: CustomerRef; contact: ContactView }) {
  return (
    <section className="customer" aria-label="Customer">
      <div className="customer-name">{customer.name ?? customer.email ?? 'Unknown customer'}</div>
      {customer.email && customer.name && <div className="muted customer-email">{customer.email}</div>}
      {'error' in contact ? (
        <p className="warning" role="alert">
          {contact.error}
        </p>
      ) : (
        <div className="contact-count" data-testid="contact-count">
          {contact.line}
        </div>
      )}
    </section>
  );
}
