import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createEcwidClientFromPayload, EcwidProvider, isPositiveSafeInteger } from 'ecwid-contact-card';
import 'ecwid-contact-card/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadAdminLabels } from './adminLocale';
import './app.css';
import { readAppPayload } from './appPayload';
import { CustomerContactsPage } from './CustomerContactsPage';
import { keepFrameTallEnough } from './frameHeight';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
keepFrameTallEnough(root);

try {
  const apiBaseUrl = import.meta.env.VITE_ECWID_API_BASE_URL;
  const { client, locale, appState } = createEcwidClientFromPayload(
    readAppPayload(),
    apiBaseUrl ? { baseUrl: apiBaseUrl } : {},
  );
  const labels = await loadAdminLabels(locale);
  document.documentElement.lang = locale.replace('_', '-');
  const queryClient = new QueryClient();
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <EcwidProvider client={client}>
          <CustomerContactsPage
            initialCustomerId={customerIdFrom(appState)}
            locale={locale}
            labels={labels}
          />
        </EcwidProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
} catch (error) {
  // The library's messages never contain the token; the console gets the developer's version.
  console.error(error);
  const message = document.createElement('p');
  message.className = 'app-message app-message--error';
  message.setAttribute('role', 'alert');
  message.textContent = 'This page works only inside your store admin: open the app from the admin menu.';
  root.replaceChildren(message);
}

/** The admin can open the app on a customer by passing their id as the app state. */
function customerIdFrom(appState: string | undefined): number | undefined {
  if (appState === undefined) return undefined;
  const id = Number(appState);
  return isPositiveSafeInteger(id) ? id : undefined;
}
