import { parseEcwidAppPayload, type EcwidAppViewMode } from './ecwidAppPayload';
import { createEcwidClient, type EcwidClient, type EcwidClientOptions } from './ecwidClient';

export interface EcwidClientFromPayload {
  client: EcwidClient;
  storeId: number;
  /** The admin's language, e.g. "en". */
  locale: string;
  viewMode: EcwidAppViewMode | undefined;
  /** The state the admin opened the app with (e.g. a deep link's), when the payload carried a string. */
  appState: string | undefined;
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
  const {
    store_id: storeId,
    access_token: token,
    lang: locale,
    view_mode: viewMode,
    app_state: appState,
  } = parseEcwidAppPayload(payload);
  const client = createEcwidClient({ ...options, storeId, token });
  return { client, storeId, locale, viewMode, appState };
}
