import type { CustomerRef } from '@/lib/conversation/types';
import type { ContactView } from '@/lib/panel';
import { i18n } from '#i18n';

/** The customer, and how often they have been in touch before (from this browser's history). */
export function CustomerCard({ customer, contact }: { customer: CustomerRef; contact: ContactView }) {
  return (
    <section className="customer" aria-label={i18n.t('panel.views.customer')}>
      <div className="customer-name">{customer.name ?? customer.email ?? i18n.t('panel.customer.unknown')}</div>
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
