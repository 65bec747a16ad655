import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { ecwidRetryDelay, shouldRetryEcwidError } from '../api/index';

// Contacts change rarely, and Ecwid limits each token to 600 requests a minute.
const CONTACT_STALE_TIME_MS = 60_000;

/** The library's defaults for every customer-contact query: the weakest layer of `withLibraryDefaults`. */
const customerContactQueryDefaults = {
  staleTime: CONTACT_STALE_TIME_MS,
  retry: shouldRetryEcwidError,
  retryDelay: ecwidRetryDelay,
} as const;

interface DefaultableQueryOptions {
  queryKey: QueryKey;
  staleTime?: unknown;
  retry?: unknown;
  retryDelay?: unknown;
}

/**
 * The one place the library's defaults meet the host's. `staleTime`, `retry` and `retryDelay` win in
 * this order: the ones in `options`, then the host QueryClient's defaults (`defaultOptions.queries`,
 * then `setQueryDefaults` for a matching key), then the library's (`customerContactQueryDefaults`).
 *
 * The hooks apply it to every query. The `queryOptions` factories do not, so a direct
 * `prefetchQuery(customerContactQueryOptions(…))` keeps TanStack's own rules (no retry for imperative
 * fetches); server code that wants the library's policy there wraps the options in this function.
 * It cannot be left to TanStack's own merge: that puts anything in `options` above the host's defaults.
 */
export function withLibraryDefaults<TOptions extends DefaultableQueryOptions>(
  queryClient: QueryClient,
  options: TOptions,
): TOptions {
  const hostDefaults = {
    ...queryClient.getDefaultOptions().queries,
    ...queryClient.getQueryDefaults(options.queryKey),
  };
  // TanStack types host defaults for any query (unknown data, Error) and applies them unchecked too.
  return {
    ...options,
    staleTime: options.staleTime ?? hostDefaults.staleTime ?? customerContactQueryDefaults.staleTime,
    retry: options.retry ?? hostDefaults.retry ?? customerContactQueryDefaults.retry,
    retryDelay: options.retryDelay ?? hostDefaults.retryDelay ?? customerContactQueryDefaults.retryDelay,
  };
}
