import type { EcwidApiError } from 'ecwid-contact-card';

/**
 * What the page says when the contact list cannot load. The app's UI names no platform, so it speaks
 * for itself rather than showing the library's developer-facing messages.
 */
export function loadErrorMessage(error: EcwidApiError): string {
  switch (error.kind) {
    case 'not-found':
      return 'There is no customer with this ID.';
    case 'missing-scope':
      return 'This app needs access to customers (read_customers). Reinstall it to grant the access.';
    case 'invalid-token':
      return 'The app’s access has expired. Reopen the app from your admin.';
    case 'rate-limited':
      return 'Too many requests just now. The app tries again in a moment.';
    case 'bad-request':
    case 'invalid-argument':
      return 'That customer ID is not valid.';
    case 'payment-required':
      return 'Your plan does not include this feature.';
    case 'timeout':
    case 'network':
    case 'aborted':
      return 'The contacts could not be reached. Check the connection and try again.';
    // 'not-applied' answers only writes; the page loads, so it never sees one.
    case 'not-applied':
    case 'forbidden':
    case 'server':
    case 'invalid-response':
      return 'The contacts could not be loaded. Try again later.';
    default:
      return error.kind satisfies never;
  }
}
