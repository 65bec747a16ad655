/**
 * Wire shapes exactly as the Ecwid REST API v3 sends them. Deliberately looser than the
 * library's own types: `type` is any string (Ecwid may add types) and `handle` may be null,
 * because the mock must be able to send what the real API could send.
 */
export interface EcwidContactJson {
  id: number;
  contact: string;
  handle?: string | null;
  note?: string | null;
  type: string;
  default: boolean;
  orderBy: number;
  /** `yyyy-MM-dd HH:mm:ss Z`, e.g. `2025-03-26 11:07:12 +0000`. */
  timestamp: string;
}

/** Body of `GET …/customers/:customerId/contacts`. */
export interface EcwidContactListJson {
  items: EcwidContactJson[];
}

/** Ecwid's error body. Both fields are optional in practice; some errors come with no body at all. */
export interface EcwidErrorJson {
  errorMessage?: string;
  errorCode?: string;
}

/**
 * The 15 contact types Ecwid documents, in its order. A write with any other type is refused; the
 * mock keeps its own list (not the library's) so a bug in the library cannot hide in the mock.
 */
export const ECWID_CONTACT_TYPES = [
  'EMAIL',
  'PHONE',
  'FACEBOOK',
  'INSTAGRAM',
  'TWITTER',
  'YOUTUBE',
  'TIKTOK',
  'PINTEREST',
  'VK',
  'FB_MESSENGER',
  'WHATSAPP',
  'TELEGRAM',
  'VIBER',
  'URL',
  'OTHER',
] as const;

/** Body of a successful `POST …/contacts`: Ecwid documents no id of the new contact. */
export interface EcwidCreateCountJson {
  createCount: number;
}

/** Body of a successful `PUT …/contacts/:contactId`. */
export interface EcwidUpdateCountJson {
  updateCount: number;
}

/** Body of a successful `DELETE …/contacts/:contactId`. */
export interface EcwidDeleteCountJson {
  deleteCount: number;
}
