/** Base URL of the Ecwid REST API v3, as the client uses it by default. */
export const ECWID_API = 'https://app.ecwid.com/api/v3';

/** URL patterns of the two contact endpoints, in MSW path syntax. */
export const CONTACT_LIST_PATH = `${ECWID_API}/:storeId/customers/:customerId/contacts`;
export const CONTACT_DETAIL_PATH = `${ECWID_API}/:storeId/customers/:customerId/contacts/:contactId`;

export interface ContactPathParams {
  storeId: string;
  customerId: string;
  contactId?: string;
  [key: string]: string | undefined;
}
