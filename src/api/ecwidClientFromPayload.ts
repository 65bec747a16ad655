import type { EcwidAppViewMode } from './ecwidAppPayload';
import { parseEcwidAppPayload } from './ecwidAppPayload';
import { createEcwidClient, type EcwidClient, type EcwidClientOptions } from './ecwidClient';

export interface EcwidClientFromPayload {
  client: EcwidClient;
  storeId: number;
  /** The admin's language, e.g. "en". */
  locale: string;
  viewMode: EcwidAppViewMode | undefined;
}

/**
 * Creates a client inside an Ecwid admin app iframe from `EcwidApp.getPayload()` (or
 * readEcwidPayloadFromLocation). A missing payload — enhanced security mode returns undefined — throws
 * EcwidApiError('invalid-argument') rather than letting requests go out without a token.
 */
export function createEcwidClientFromPayload(
  payload: unknown,
  options: Omit<EcwidClientOptions, 'storeId' | 'token'> = {},
): EcwidClientFromPayload {
  const { store_id: storeId, access_token: token, lang, view_mode: viewMode } = parseEcwidAppPayload(payload);
  const client = createEcwidClient({ ...options, storeId, token });
  return { client, storeId, locale: lang, viewMode };
}
