import { ContactCardView, useCustomerContacts, type ContactCardLabels } from 'ecwid-contact-card';
import { useId, useState, type FormEvent } from 'react';
import { loadErrorMessage } from './loadErrorMessage';

export interface CustomerContactsPageProps {
  initialCustomerId: number | undefined;
  locale: string;
  labels: ContactCardLabels | undefined;
}

/** The app's one page: a customer's contacts as cards, in the admin's look. */
export function CustomerContactsPage({ initialCustomerId, locale, labels }: CustomerContactsPageProps) {
  const [customerId, setCustomerId] = useState(initialCustomerId);
  const contacts = useCustomerContacts({ customerId });
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
        ) : contacts.isPending ? (
          <p className="app-message" role="status">
            Loading contacts…
          </p>
        ) : contacts.isError ? (
          <p className="app-message app-message--error" role="alert">
            {loadErrorMessage(contacts.error)}
          </p>
        ) : contacts.data.length === 0 ? (
          <p className="app-message">This customer has no contacts yet.</p>
        ) : (
          <ul className="app-contact-list" aria-label={`Contacts of customer ${customerId}`}>
            {contacts.data.map((contact) => (
              <li key={contact.id}>
                <ContactCardView contact={contact} locale={locale} labels={labels} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
