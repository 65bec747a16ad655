import { readEcwidPayloadFromLocation } from 'ecwid-contact-card';
import { ecwidAppSdk } from './ecwidAppSdk';

/** The app id registered for this app; the SDK needs it, the fragment fallback does not. */
const APP_ID = 'customer-contacts-demo';

/**
 * The payload the admin handed this iframe: through the SDK when the page loads it, else decoded from
 * the URL fragment (`#<hex JSON>`) the way the admin delivers it. Without the SDK, the fragment is
 * removed from the address once read, so the token does not linger in history or in error reports.
 */
export function readAppPayload(): unknown {
  const sdk = ecwidAppSdk();
  if (sdk) {
    // The page reports its own height (see frameHeight.ts): the SDK's polling misses tooltips.
    sdk.init({ app_id: APP_ID, autoloadedflag: true, autoheight: false });
    return sdk.getPayload();
  }
  try {
    return readEcwidPayloadFromLocation(window.location);
  } finally {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
}
