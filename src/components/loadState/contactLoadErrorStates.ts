import type { EcwidApiErrorKind } from '../../api/ecwidApiError';
import type { ContactCardLabels } from '../labels/labels';

/** The string-valued labels: the ones a state can show as its message. */
export type MessageLabel = Exclude<keyof ContactCardLabels, 'types'>;

export interface LoadErrorState {
  message: MessageLabel;
  /** Whether a Retry button could help: never for a missing contact, scope or valid token. */
  canRetry: boolean;
}

/**
 * What a card or a list says when loading fails, for each kind of failure: a new kind must decide
 * its own row. `ContactCard` and `CustomerContacts` both read this one table.
 */
export const CONTACT_LOAD_ERROR_STATES: Record<EcwidApiErrorKind, LoadErrorState> = {
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
