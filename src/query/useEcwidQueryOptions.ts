'use client';
import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { EcwidClient } from '../api/index';
import { useEcwidClient } from './useEcwidClient';

/** What every hook accepts on top of TanStack's own options. */
export interface EcwidHookOptions {
  /** Overrides the EcwidProvider's client for this hook. */
  client?: EcwidClient;
  /** Passed to TanStack's hook as its second argument, for hosts without a QueryClientProvider. */
  queryClient?: QueryClient;
}

interface LibraryQueryOptions {
  queryKey: QueryKey;
  staleTime?: unknown;
  retry?: unknown;
  retryDelay?: unknown;
}

/**
 * The options a hook hands to TanStack, and the QueryClient to hand them with. Options win in this
 * order: the hook's own, then the host QueryClient's defaults (`defaultOptions.queries`, then
 * `setQueryDefaults` for a matching key), then the library's. TanStack's own rule would let the
 * library's query-level defaults beat the host's client-level ones, so a host that says
 * `retry: false` once, on its QueryClient, would be ignored.
 */
export function useEcwidQueryOptions<TLibrary extends LibraryQueryOptions, TOverrides extends object>(
  { client, queryClient, ...overrides }: EcwidHookOptions & TOverrides,
  build: (client: EcwidClient, queryClient: QueryClient) => TLibrary,
): [TLibrary & Omit<TOverrides, keyof EcwidHookOptions>, QueryClient] {
  const resolvedClient = useEcwidClient(client);
  const resolvedQueryClient = useQueryClient(queryClient);
  const library = build(resolvedClient, resolvedQueryClient);
  const host: Partial<LibraryQueryOptions> = {
    ...resolvedQueryClient.getDefaultOptions().queries,
    ...resolvedQueryClient.getQueryDefaults(library.queryKey),
  };
  const options = {
    ...library,
    staleTime: host.staleTime ?? library.staleTime,
    retry: host.retry ?? library.retry,
    retryDelay: host.retryDelay ?? library.retryDelay,
    ...overrides,
  };
  // TanStack types client defaults for any query (unknown data, Error) and applies them unchecked.
  return [options as TLibrary & Omit<TOverrides, keyof EcwidHookOptions>, resolvedQueryClient];
}
