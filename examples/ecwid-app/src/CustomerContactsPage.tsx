import { CustomerContacts, type CustomerContactsLabels } from 'ecwid-contact-card';
import { useId, useState, type FormEvent } from 'react';

export interface CustomerContactsPageProps {
  initialCustomerId: number | undefined;
  locale: string;
  labels: CustomerContactsLabels | undefined;
}

/** The app's one page: a customer's contacts in the admin's look, editable in place. */
export function CustomerContactsPage({ initialCustomerId, locale, labels }: CustomerContactsPageProps) {
  const [customerId, setCustomerId] = useState(initialCustomerId);
  const inputId = useId();

  function showCustomer(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget).get('customerId'));
    setCustomerId(Number.isSafeInteger(value) && value > 0 ? value : undefined);
  }

  return (
    <div className="a-card a-card--normal">
      <div className="a-card__paddings">
        <h1 className="page-title__name">Customer contacts</h1>
        <form className="app-customer-form" onSubmit={showCustomer}>
          <label htmlFor={inputId}>Customer ID</label>
          <input
            id={inputId}
            name="customerId"
            type="text"
            inputMode="numeric"
            pattern="[0-9]*"
            defaultValue={initialCustomerId}
          />
          <button type="submit" className="btn btn-default btn-medium">
            Show contacts
          </button>
        </form>
        {customerId === undefined ? (
          <p className="app-message">Enter a customer ID to see their contacts.</p>
        ) : (
          // A new customer starts a new list: no editor or undo window carries over.
          <CustomerContacts
            key={customerId}
            editable
            customerId={customerId}
            locale={locale}
            labels={labels}
            aria-label={`Contacts of customer ${customerId}`}
          />
        )}
      </div>
    </div>
  );
}
