export { CONTACT_TYPES, isContactType, type ContactType } from './contactTypes';
export { parseCustomerContact, type CustomerContact } from './customerContact';
export type {
  CreatedCustomerContact,
  CustomerContactPatch,
  NewCustomerContact,
} from './customerContactWrite';
export { parseEcwidTimestamp } from './ecwidTimestamp';
export { EcwidApiError, isEcwidApiError, type EcwidApiErrorKind } from './ecwidApiError';
export type { EcwidScope, EcwidWriteMethod } from './ecwidScope';
export { shouldRetryEcwidError, shouldRetryEcwidWrite, ecwidRetryDelay } from './retryPolicy';
export { isPositiveSafeInteger } from './validate';
export {
  createEcwidClient,
  DEFAULT_ECWID_API_BASE_URL,
  type EcwidClient,
  type EcwidClientOptions,
  type RequestOptions,
} from './ecwidClient';
export { readEcwidPayloadFromLocation, type EcwidAppPayload, type EcwidAppViewMode } from './ecwidAppPayload';
export { createEcwidClientFromPayload, type EcwidClientFromPayload } from './ecwidClientFromPayload';
