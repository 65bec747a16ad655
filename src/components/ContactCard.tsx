'use client';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { EcwidApiError, EcwidApiErrorKind } from '../api/ecwidApiError';
import type { EcwidClient } from '../api/ecwidClient';
import { isPositiveSafeInteger } from '../api/positiveSafeInteger';
import { useCustomerContact } from '../query/useCustomerContact';
import { cardClassName, type ContactCardSharedProps } from './contactCardProps';
import { ContactCardView } from './ContactCardView';
import { pickDataAttributes } from './dataAttributes';
import { resolveLabels, type ContactCardLabels } from './labels';

export interface ContactCardProps extends ContactCardSharedProps {
  customerId: number;
  contactId: number;
  /** Overrides the EcwidProvider's client for this card. */
  client?: EcwidClient;
  /** For hosts without a QueryClientProvider. */
  queryClient?: QueryClient;
  /** Called once for each error the card settles on (after automatic retries), e.g. for logging. */
  onError?: (error: EcwidApiError) => void;
}

interface ErrorState {
  message: string;
  /** Whether trying again could help: never for a bad token or a missing scope. */
  canRetry: boolean;
  /** `alert` for what the person must act on, `status` for plain news. */
  role: 'alert' | 'status';
}

function errorState(kind: EcwidApiErrorKind, labels: ContactCardLabels): ErrorState {
  switch (kind) {
    case 'not-found':
      return { message: labels.notFound, canRetry: false, role: 'status' };
    case 'missing-scope':
      return { message: labels.missingScope, canRetry: false, role: 'alert' };
    case 'invalid-token':
      return { message: labels.invalidToken, canRetry: false, role: 'alert' };
    case 'rate-limited':
      return { message: labels.rateLimitedGaveUp, canRetry: true, role: 'alert' };
    case 'forbidden':
    case 'bad-request':
    case 'payment-required':
    case 'server':
    case 'timeout':
    case 'network':
    case 'aborted':
    case 'invalid-response':
    case 'invalid-argument':
      return { message: labels.loadFailed, canRetry: true, role: 'alert' };
    default:
      return kind satisfies never;
  }
}

function kindOf(error: unknown): EcwidApiErrorKind {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? (kind as EcwidApiErrorKind) : 'network';
}

/**
 * Loads one contact and shows it, or a state in the same box: a skeleton while loading, a
 * "retrying" note while Ecwid throttles, and a plain message for each failure. Messages are the
 * card's own strings, never the error's text.
 */
export function ContactCard({
  customerId,
  contactId,
  client,
  queryClient,
  onError,
  locale,
  labels,
  compact,
  className,
  ...rest
}: ContactCardProps) {
  const query = useCustomerContact(
    { customerId, contactId },
    { ...(client ? { client } : {}), ...(queryClient ? { queryClient } : {}) },
  );
  const strings = resolveLabels(labels);
  const data = pickDataAttributes(rest);

  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  }, [onError]);
  const reportedRef = useRef<unknown>(null);
  const { error } = query;
  useEffect(() => {
    if (error && reportedRef.current !== error) {
      reportedRef.current = error;
      onErrorRef.current?.(error);
    }
  }, [error]);

  // A contact once shown stays shown: a background refetch, or one that failed, keeps it.
  if (query.data !== undefined) {
    return (
      <ContactCardView
        {...data}
        contact={query.data}
        locale={locale}
        labels={labels}
        compact={compact}
        className={className}
      />
    );
  }

  // Ids that can never name a contact: the query waits forever, so say so instead of a skeleton
  // that never ends. No request was made, so there is no error to report.
  if (!isPositiveSafeInteger(customerId) || !isPositiveSafeInteger(contactId)) {
    return (
      <div
        {...data}
        className={cardClassName('ecc-card ecc-card--state', compact, className)}
        data-state="invalid-argument"
      >
        <p className="ecc-card__message" role="status">
          {strings.notFound}
        </p>
      </div>
    );
  }

  const throttled = query.isPending && kindOf(query.failureReason) === 'rate-limited';
  if (query.isPending || query.isFetching) {
    return (
      <div
        {...data}
        className={cardClassName('ecc-card ecc-card--skeleton', compact, className)}
        role="group"
        aria-busy="true"
        aria-label={strings.loading}
      >
        <span className="ecc-skeleton ecc-skeleton--icon" aria-hidden />
        <span className="ecc-card__body" aria-hidden>
          <span className="ecc-skeleton ecc-skeleton--line" />
          {!compact && <span className="ecc-skeleton ecc-skeleton--line ecc-skeleton--short" />}
        </span>
        {/* Outside the aria-hidden body: the one thing worth reading while it waits. */}
        <span className="ecc-card__status" role="status" aria-live="polite">
          {throttled ? strings.rateLimited : ''}
        </span>
      </div>
    );
  }

  const state = errorState(kindOf(query.error), strings);
  return (
    <div
      {...data}
      className={cardClassName('ecc-card ecc-card--state', compact, className)}
      data-state={kindOf(query.error)}
    >
      <p className="ecc-card__message" role={state.role}>
        {state.message}
      </p>
      {state.canRetry && (
        <button type="button" className="ecc-button ecc-button--text" onClick={() => void query.refetch()}>
          {strings.retry}
        </button>
      )}
    </div>
  );
}
