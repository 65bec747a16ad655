'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createEcwidClient, EcwidProvider } from 'ecwid-contact-card';
import { useState, type ReactNode } from 'react';
import { STORE_ID } from './store';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }),
  );
  // The browser never sees the token: it calls this app's own proxy route, which adds it.
  const [client] = useState(() => createEcwidClient({ storeId: STORE_ID, baseUrl: '/api/ecwid' }));
  return (
    <QueryClientProvider client={queryClient}>
      <EcwidProvider client={client}>{children}</EcwidProvider>
    </QueryClientProvider>
  );
}
