import type { EcwidApiError, EcwidApiErrorKind } from '../../api/ecwidApiError';
import type { EcwidScope } from '../../api/ecwidScope';
import type { CustomerContactsLabels } from '../labels/customerContactsLabels';

type ReasonLabel =
  | 'updateScopeMissing'
  | 'createScopeMissing'
  | 'missingScope'
  | 'invalidToken'
  | 'rateLimitedGaveUp'
  | 'contactGone';

/** The sentence naming the scope a write lacked. */
export const SCOPE_MISSING_LABELS: Record<EcwidScope, ReasonLabel> = {
  read_customers: 'missingScope',
  create_customers: 'createScopeMissing',
  update_customers: 'updateScopeMissing',
};

/**
 * Why a write failed, for each kind of failure, when the owner can do something about it; null when
 * the operation's own "could not…" sentence says all there is. A new kind must decide its row.
 */
const WRITE_FAILURE_REASONS: Record<EcwidApiErrorKind, ReasonLabel | 'scope' | null> = {
  'invalid-token': 'invalidToken',
  'missing-scope': 'scope',
  forbidden: null,
  'not-found': 'contactGone',
  'rate-limited': 'rateLimitedGaveUp',
  'bad-request': null,
  'payment-required': null,
  server: null,
  timeout: null,
  network: null,
  aborted: null,
  'invalid-response': null,
  'invalid-argument': null,
  'not-applied': null,
};

/**
 * The alert after a failed write: the operation's sentence (`noteSaveFailed` …), then the reason
 * when there is one ("The app needs update_customers access."). Never the error's own text.
 */
export function writeFailureMessage(
  error: EcwidApiError,
  operation: 'noteSaveFailed' | 'makeDefaultFailed' | 'deleteFailed',
  strings: CustomerContactsLabels,
): string {
  const reason = WRITE_FAILURE_REASONS[error.kind];
  // Every write names its scope; a missing-scope error without one still says update is missing.
  const reasonLabel = reason === 'scope' ? SCOPE_MISSING_LABELS[error.scope ?? 'update_customers'] : reason;
  return reasonLabel ? `${strings[operation]} ${strings[reasonLabel]}` : strings[operation];
}
