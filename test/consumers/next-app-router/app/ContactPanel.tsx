'use client';

import { ContactCard } from 'ecwid-contact-card';

export function ContactPanel({ customerId, contactId }: { customerId: number; contactId: number }) {
  return <ContactCard customerId={customerId} contactId={contactId} />;
}
