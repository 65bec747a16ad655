import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { customerContactQueryOptions } from 'ecwid-contact-card/server';
import { ContactPanel } from './ContactPanel';
import { serverEcwidClient } from './serverEcwidClient';
import { CONTACT_ID, CUSTOMER_ID } from './store';

// A React Server Component: prefetches with the server entry, then hands the cache to the client card.
export default async function Page() {
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(
    customerContactQueryOptions(serverEcwidClient(), { customerId: CUSTOMER_ID, contactId: CONTACT_ID }),
  );
  return (
    <main>
      <h1>Customer contact</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ContactPanel customerId={CUSTOMER_ID} contactId={CONTACT_ID} />
      </HydrationBoundary>
    </main>
  );
}
