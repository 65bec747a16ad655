'use client';
import type { QueryClient } from '@tanstack/react-query';
import type { EcwidApiError } from '../../api/ecwidApiError';
import type { EcwidClient } from '../../api/ecwidClient';
import { isPositiveSafeInteger } from '../../api/validate';
import { useCustomerContact } from '../../query/useCustomerContact';
import { rootProps, type ContactCardSharedProps } from './contactCardProps';
import { ContactCardView } from './ContactCardView';
import { ContactLoadErrorState } from '../loadState/ContactLoadErrorState';
import { resolveLabels } from '../labels/labels';
import { useReportedError } from '../loadState/useReportedError';

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

/**
 * Loads one contact and shows it, or a state in the same box: a skeleton while loading, a
 * "retrying" note while Ecwid throttles, and a plain message for each failure. Messages are the
 * card's own strings, never the error's text.
 */
export function ContactCard(props: ContactCardProps) {
  const { customerId, contactId, client, queryClient, onError, labels } = props;
  const query = useCustomerContact({ customerId, contactId }, { client, queryClient });
  const { data, error } = query;

  useReportedError(error, onError);

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
  return (
    <ContactLoadErrorState
      {...rootProps(props, 'ecc-card ecc-state')}
      kind={kind}
      strings={strings}
      onRetry={() => void query.refetch()}
    />
  );
}
