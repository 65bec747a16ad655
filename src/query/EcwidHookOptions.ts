import type { QueryClient } from '@tanstack/react-query';
import type { EcwidClient } from '../api/index';

/** What every hook accepts on top of TanStack's own options. */
export interface EcwidHookOptions {
  /** Overrides the EcwidProvider's client for this hook. */
  client?: EcwidClient;
  /** Passed to TanStack's hook as its second argument, for hosts without a QueryClientProvider. */
  queryClient?: QueryClient;
}
