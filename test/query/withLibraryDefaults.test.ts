import { QueryClient } from '@tanstack/react-query';
import { ecwidRetryDelay, shouldRetryEcwidError } from '../../src/api/index';
import { customerContactKeys, withLibraryDefaults } from '../../src/query/index';

const queryKey = customerContactKeys.detail(1003, 7, 42);
const LIBRARY_STALE_TIME_MS = 60_000;

describe('withLibraryDefaults', () => {
  it('fills in the library defaults when neither the options nor the host set them', () => {
    const options = withLibraryDefaults(new QueryClient(), { queryKey });

    expect(options).toMatchObject({
      queryKey,
      staleTime: LIBRARY_STALE_TIME_MS,
      retry: shouldRetryEcwidError,
      retryDelay: ecwidRetryDelay,
    });
  });

  it("lets the host QueryClient's defaults win over the library's", () => {
    const hostRetryDelay = (): number => 5;
    const queryClient = new QueryClient({
      defaultOptions: { queries: { staleTime: 0, retry: false, retryDelay: hostRetryDelay } },
    });

    expect(withLibraryDefaults(queryClient, { queryKey })).toMatchObject({
      staleTime: 0,
      retry: false,
      retryDelay: hostRetryDelay,
    });
  });

  it("lets the host's setQueryDefaults for a matching key win over its defaultOptions", () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 0, retry: false } } });
    queryClient.setQueryDefaults(customerContactKeys.all, { staleTime: 5_000 });

    expect(withLibraryDefaults(queryClient, { queryKey })).toMatchObject({ staleTime: 5_000, retry: false });
  });

  it("ignores the host's setQueryDefaults for other keys", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryDefaults(['another-library'], { staleTime: 5_000 });

    expect(withLibraryDefaults(queryClient, { queryKey })).toMatchObject({
      staleTime: LIBRARY_STALE_TIME_MS,
    });
  });

  it("lets the caller's options win over the host's and the library's", () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 0, retry: false } } });
    queryClient.setQueryDefaults(customerContactKeys.all, { retryDelay: 5 });

    expect(
      withLibraryDefaults(queryClient, { queryKey, staleTime: Infinity, retry: 1, retryDelay: 0 }),
    ).toMatchObject({ staleTime: Infinity, retry: 1, retryDelay: 0 });
  });

  it('keeps every other option as given', () => {
    const queryFn = (): string => 'contact';
    const options = withLibraryDefaults(new QueryClient(), { queryKey, queryFn, enabled: false });

    expect(options).toMatchObject({ queryKey, queryFn, enabled: false });
  });
});
