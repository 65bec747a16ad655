import { createEcwidClient } from 'ecwid-contact-card/server';
import { STORE_ID } from './store';

/** Server-only: the token stays in the server's environment. */
export function serverEcwidClient() {
  return createEcwidClient({
    storeId: STORE_ID,
    token: process.env.ECWID_TOKEN,
    baseUrl: process.env.ECWID_API_BASE_URL,
  });
}
