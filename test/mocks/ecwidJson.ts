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
