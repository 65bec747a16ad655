import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ContactCard, createEcwidClient, EcwidProvider } from 'ecwid-contact-card';
import { de } from 'ecwid-contact-card/locales/de';
import 'ecwid-contact-card/styles.layer.css';
import { StrictMode, version } from 'react';
import { createRoot } from 'react-dom/client';

// The consumer test serves this app and a mock of the Ecwid endpoint from one local origin.
const client = createEcwidClient({
  storeId: 1003,
  token: 'consumer-fixture-token',
  baseUrl: `${window.location.origin}/api/v3`,
});
const queryClient = new QueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <EcwidProvider client={client}>
        <main data-react-version={version}>
          <h1>Customer contact</h1>
          <ContactCard customerId={177737165} contactId={113861381} />
          <section lang="de" aria-label="Auf Deutsch">
            <ContactCard customerId={177737165} contactId={113861381} locale="de" labels={de} />
          </section>
        </main>
      </EcwidProvider>
    </QueryClientProvider>
  </StrictMode>,
);
