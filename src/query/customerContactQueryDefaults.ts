import { ecwidRetryDelay, shouldRetryEcwidError } from '../api/index';

/**
 * The library's defaults for every customer-contact query. They are the weakest layer: a host's
 * QueryClient defaults and a hook's own options both win over them (see resolveQueryOptions).
 */
export const customerContactQueryDefaults = {
  // Contacts change rarely, and Ecwid limits each token to 600 requests a minute.
  staleTime: 60_000,
  retry: shouldRetryEcwidError,
  retryDelay: ecwidRetryDelay,
} as const;
