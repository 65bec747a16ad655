import type { QueryClient, QueryKey, QueryObserverOptions } from '@tanstack/react-query';

type DefaultedOptions<TQueryFnData, TError, TQueryKey extends QueryKey> = Pick<
  QueryObserverOptions<TQueryFnData, TError, TQueryFnData, TQueryFnData, TQueryKey>,
  'staleTime' | 'retry' | 'retryDelay'
>;

/**
 * The host's own values for the options this library defaults, taken from its QueryClient
 * (`defaultOptions.queries`, then `setQueryDefaults` for a matching key). Hooks spread these over the
 * library defaults, so a host that says `retry: false` once, on its QueryClient, is obeyed here too.
 * Query-level options would otherwise beat the client's defaults, which is TanStack's rule.
 */
export function hostQueryDefaults<TQueryFnData, TError, TQueryKey extends QueryKey>(
  queryClient: QueryClient,
  queryKey: TQueryKey,
): DefaultedOptions<TQueryFnData, TError, TQueryKey> {
  // TanStack types client defaults for any query (unknown data, Error) and applies them to every query
  // unchecked; the cast states the same thing for these three options.
  const host = {
    ...queryClient.getDefaultOptions().queries,
    ...queryClient.getQueryDefaults(queryKey),
  } as DefaultedOptions<TQueryFnData, TError, TQueryKey>;
  return {
    ...(host.staleTime === undefined ? {} : { staleTime: host.staleTime }),
    ...(host.retry === undefined ? {} : { retry: host.retry }),
    ...(host.retryDelay === undefined ? {} : { retryDelay: host.retryDelay }),
  };
}
