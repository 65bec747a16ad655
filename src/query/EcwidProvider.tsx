'use client';
import type { ReactNode } from 'react';
import type { EcwidClient } from '../api/index';
import { EcwidClientContext } from './EcwidClientContext';

export interface EcwidProviderProps {
  /** The client every hook below uses unless it is given its own `client` option. */
  client: EcwidClient;
  children?: ReactNode;
}

/**
 * Gives the hooks below it an EcwidClient. It does not create a QueryClient: the host's
 * `QueryClientProvider` stays the one cache, shared with the rest of the app.
 */
export function EcwidProvider({ client, children }: EcwidProviderProps) {
  // `.Provider` rather than the bare context keeps React 18 hosts working.
  return <EcwidClientContext.Provider value={client}>{children}</EcwidClientContext.Provider>;
}
