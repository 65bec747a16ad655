'use client';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { EcwidApiError, EcwidApiErrorKind } from '../api/ecwidApiError';
import type { EcwidClient } from '../api/ecwidClient';
import { isPositiveSafeInteger } from '../api/validate';
import { useCustomerContact } from '../query/useCustomerContact';
import { rootProps, type ContactCardSharedProps } from './contactCardProps';
import { ContactCardView } from './ContactCardView';
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

/** The string-valued labels: the ones a state can show as its message. */
type MessageLabel = Exclude<keyof ContactCardLabels, 'types'>;

interface ErrorState {
  message: MessageLabel;
  /** Whether a Retry button could help: never for a missing contact, scope or valid token. */
  canRetry: boolean;
}

/** What the card says for each kind of failure: a new kind must decide its own row. */
const ERROR_STATES: Record<EcwidApiErrorKind, ErrorState> = {
  'invalid-token': { message: 'invalidToken', canRetry: false },
  'missing-scope': { message: 'missingScope', canRetry: false },
  forbidden: { message: 'loadFailed', canRetry: true },
  'not-found': { message: 'notFound', canRetry: false },
  'rate-limited': { message: 'rateLimitedGaveUp', canRetry: true },
  'bad-request': { message: 'loadFailed', canRetry: true },
  'payment-required': { message: 'loadFailed', canRetry: true },
  server: { message: 'loadFailed', canRetry: true },
  timeout: { message: 'loadFailed', canRetry: true },
  network: { message: 'loadFailed', canRetry: true },
  aborted: { message: 'loadFailed', canRetry: true },
  'invalid-response': { message: 'loadFailed', canRetry: true },
  'invalid-argument': { message: 'loadFailed', canRetry: true },
  'not-applied': { message: 'loadFailed', canRetry: true },
};

/**
 * Loads one contact and shows it, or a state in the same box: a skeleton while loading, a
 * "retrying" note while Ecwid throttles, and a plain message for each failure. Messages are the
 * card's own strings, never the error's text.
 */
export function ContactCard(props: ContactCardProps) {
  const { customerId, contactId, client, queryClient, onError, labels } = props;
  const query = useCustomerContact({ customerId, contactId }, { client, queryClient });
  const { data, error } = query;

  // Each error once, to the callback current when it arrives; a re-render does not repeat it.
  const reported = useRef<unknown>(null);
  useEffect(() => {
    if (error && reported.current !== error) {
      reported.current = error;
      onError?.(error);
    }
  });

  // A contact once shown stays shown: a background refetch, or one that failed, keeps it.
  if (data) return <ContactCardView {...props} contact={data} />;
  // Only the states need the strings; the view resolves its own.
  const strings = resolveLabels(labels);

  // Ids that can never name a contact make the query wait forever (no request, so no error to
  // report): say "not found" instead of a skeleton that never ends.
  const validIds = isPositiveSafeInteger(customerId) && isPositiveSafeInteger(contactId);
  if (validIds && (!error || query.isFetching)) {
    // Loading, or loading again after Retry: the card's box, its bones drawn by CSS, so nothing
    // shifts when the contact arrives.
    return (
      <div {...rootProps(props, 'ecc-card ecc-skeleton')} role="group" aria-busy aria-label={strings.loading}>
        <span className="ecc-status" role="status" aria-live="polite">
          {query.failureReason?.kind === 'rate-limited' && strings.rateLimited}
        </span>
      </div>
    );
  }

  const kind = validIds && error ? error.kind : 'not-found';
  const { message, canRetry } = ERROR_STATES[kind];
  return (
    <div {...rootProps(props, 'ecc-card ecc-state')}>
      {/* An alert for what someone must act on; a missing contact is plain news. */}
      <p role={kind === 'not-found' ? 'status' : 'alert'}>{strings[message]}</p>
      {canRetry && (
        <button type="button" className="ecc-button" onClick={() => void query.refetch()}>
          {strings.retry}
        </button>
      )}
    </div>
  );
}
