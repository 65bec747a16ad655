'use client';
import {
  useMutation,
  useQueryClient,
  type MutationKey,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query';
import {
  ecwidRetryDelay,
  shouldRetryEcwidWrite,
  type EcwidApiError,
  type EcwidClient,
  type EcwidWriteMethod,
} from '../api/index';
import { customerContactKeys } from './customerContactKeys';
import type { EcwidHookOptions } from './EcwidHookOptions';
import {
  applyContactChange,
  rollBackContactChange,
  type ContactChange,
  type ContactRollback,
} from './optimisticContactUpdates';
import {
  refetchCustomerContacts,
  settleCustomerContactWrite,
  startCustomerContactWrite,
} from './refetchCustomerContacts';
import { useEcwidClient } from './useEcwidClient';

/** What the variables of every contact write carry. */
export interface CustomerContactWriteVariables {
  customerId: number;
}

/** One contact write, as `useCustomerContactMutation` runs it. */
export interface CustomerContactWrite<TData, TVariables extends CustomerContactWriteVariables> {
  method: EcwidWriteMethod;
  mutationKey: (storeId: number) => MutationKey;
  send: (client: EcwidClient, variables: TVariables) => Promise<TData>;
  /**
   * What the write changes in the cache before Ecwid answers, read after the customer's fetches are
   * cancelled; undefined when there is nothing to show that way.
   */
  optimisticChange?: (
    queryClient: QueryClient,
    storeId: number,
    variables: TVariables,
  ) => ContactChange | undefined;
  /** Cache work once Ecwid has applied the write. */
  onApplied?: (queryClient: QueryClient, storeId: number, variables: TVariables) => void;
}

/** TanStack's mutation options, whose callbacks run after the library's, plus `client` and `queryClient`. */
export type CustomerContactMutationOptions<TData, TVariables, TOnMutateResult> = Omit<
  UseMutationOptions<TData, EcwidApiError, TVariables, TOnMutateResult>,
  'mutationKey' | 'mutationFn'
> &
  EcwidHookOptions;

/**
 * What a write's `onMutate` hands on: what its optimistic change replaced (the rollback) and the host's
 * own `onMutate` result, which the host's option callbacks receive as theirs.
 */
export interface CustomerContactWriteContext<TOnMutateResult> {
  rollback: ContactRollback | undefined;
  hostResult: TOnMutateResult;
}

export type CustomerContactMutationResult<TData, TVariables, TOnMutateResult> = UseMutationResult<
  TData,
  EcwidApiError,
  TVariables,
  CustomerContactWriteContext<TOnMutateResult>
>;

type WriteRetry = UseMutationOptions<unknown, EcwidApiError, unknown>['retry'];

/** Whether TanStack's `retry` value allows another try, as its retryer reads one. */
function allowsRetry(retry: NonNullable<WriteRetry>, failureCount: number, error: EcwidApiError): boolean {
  if (typeof retry === 'function') return retry(failureCount, error);
  if (typeof retry === 'number') return failureCount < retry;
  return retry;
}

/**
 * The `retry` of a write. The hook's own option wins. A host's mutation default replaces the library's
 * policy for PUT and DELETE, which may be repeated; for POST it only narrows the policy, because a
 * global `retry: 3` must not send again a create the server may have stored (a duplicate contact).
 */
function writeRetry(method: EcwidWriteMethod, hookRetry: WriteRetry, hostRetry: WriteRetry): WriteRetry {
  if (hookRetry !== undefined) return hookRetry;
  const policy = shouldRetryEcwidWrite(method);
  if (hostRetry === undefined) return policy;
  switch (method) {
    case 'PUT':
    case 'DELETE':
      return hostRetry;
    case 'POST':
      return (failureCount, error) =>
        allowsRetry(hostRetry, failureCount, error) && policy(failureCount, error);
    default:
      return method satisfies never;
  }
}

/**
 * The wiring the three write hooks share. The cache work sits in `useMutation`'s options, not in
 * `mutate`'s, because TanStack runs those even after the component unmounts.
 *
 * `retry`, `retryDelay` and the four callbacks win in this order: the hook's options, then the host
 * QueryClient's mutation defaults (`defaultOptions.mutations`, then `setMutationDefaults` for a matching
 * key), then the library's (`shouldRetryEcwidWrite`, `ecwidRetryDelay`); except that a host default
 * `retry` for a create only narrows the library's (`writeRetry`). TanStack's own merge would let the
 * library's callbacks silently replace a host's default `onError`.
 */
export function useCustomerContactMutation<
  TData,
  TVariables extends CustomerContactWriteVariables,
  TOnMutateResult,
>(
  write: CustomerContactWrite<TData, TVariables>,
  options: CustomerContactMutationOptions<TData, TVariables, TOnMutateResult>,
): CustomerContactMutationResult<TData, TVariables, TOnMutateResult> {
  const { client: clientOverride, queryClient: queryClientOverride, ...hookOptions } = options;
  const client = useEcwidClient(clientOverride);
  const queryClient = useQueryClient(queryClientOverride);
  const { storeId } = client;
  const mutationKey = write.mutationKey(storeId);
  const hostDefaults = {
    ...queryClient.getDefaultOptions().mutations,
    ...queryClient.getMutationDefaults(mutationKey),
  };
  const hostOptions = { ...hostDefaults, ...hookOptions };

  async function showOptimistically(variables: TVariables): Promise<ContactRollback | undefined> {
    if (!write.optimisticChange) return undefined;
    // A response still on its way would otherwise overwrite the optimistic data.
    await queryClient.cancelQueries({
      queryKey: customerContactKeys.customer(storeId, variables.customerId),
    });
    const change = write.optimisticChange(queryClient, storeId, variables);
    return change && applyContactChange(queryClient, storeId, variables.customerId, change);
  }

  return useMutation<TData, EcwidApiError, TVariables, CustomerContactWriteContext<TOnMutateResult>>(
    {
      ...hookOptions,
      mutationKey,
      mutationFn: (variables) => write.send(client, variables),
      retry: writeRetry(write.method, hookOptions.retry, hostDefaults.retry),
      retryDelay: hookOptions.retryDelay ?? hostDefaults.retryDelay ?? ecwidRetryDelay,
      onMutate: async (variables, context) => {
        startCustomerContactWrite(queryClient, storeId, variables.customerId);
        let rollback: ContactRollback | undefined;
        try {
          rollback = await showOptimistically(variables);
          return { rollback, hostResult: await hostOptions.onMutate?.(variables, context) };
        } catch (error) {
          if (rollback) rollBackContactChange(queryClient, rollback);
          // Without a write context, onSettled cannot tell this write was counted.
          settleCustomerContactWrite(queryClient, storeId, variables.customerId, true);
          throw error;
        }
      },
      onSuccess: async (data, variables, writeContext, context) => {
        write.onApplied?.(queryClient, storeId, variables);
        await hostOptions.onSuccess?.(data, variables, writeContext.hostResult, context);
      },
      onError: async (error, variables, writeContext, context) => {
        if (writeContext?.rollback) rollBackContactChange(queryClient, writeContext.rollback);
        await hostOptions.onError?.(error, variables, writeContext?.hostResult, context);
      },
      onSettled: async (data, error, variables, writeContext, context) => {
        // Counted down before anything is awaited, so the customer's last write to settle sees no other
        // in flight whatever the host's callbacks await: several quick edits refetch once, after the last,
        // and no refetch overwrites the optimistic data of a write still in flight.
        const isLastWrite = settleCustomerContactWrite(
          queryClient,
          storeId,
          variables.customerId,
          writeContext !== undefined,
        );
        if (isLastWrite) await refetchCustomerContacts(queryClient, storeId, variables.customerId);
        await hostOptions.onSettled?.(data, error, variables, writeContext?.hostResult, context);
      },
    },
    queryClient,
  );
}
