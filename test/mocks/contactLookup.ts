import type { HttpResponse } from 'msw';
import type { ContactPathParams } from './ecwidApi';
import { ecwidErrorResponse } from './ecwidErrorResponse';
import type { EcwidContactJson, EcwidErrorJson } from './ecwidJson';
import { mockStoreContacts } from './mockStore';

const POSITIVE_INTEGER = /^[1-9]\d{0,15}$/;

export interface FoundCustomer {
  customerId: number;
  contacts: readonly EcwidContactJson[];
}

export interface FoundContact {
  customerId: number;
  contact: EcwidContactJson;
}

/** 400 WRONG_PARAMETER naming the parameter. The value is left out: a body may hold personal data. */
export function wrongParameter(name: string): HttpResponse<EcwidErrorJson> {
  return ecwidErrorResponse(400, { errorMessage: `Wrong ${name} parameter`, errorCode: 'WRONG_PARAMETER' });
}

/** The path's customer in the live store, or the error Ecwid sends (400 for a malformed id, 404). */
export function findCustomer(params: ContactPathParams): FoundCustomer | HttpResponse<EcwidErrorJson> {
  if (!POSITIVE_INTEGER.test(params.storeId)) return wrongParameter('storeId');
  if (!POSITIVE_INTEGER.test(params.customerId)) return wrongParameter('customerId');
  const customerId = Number(params.customerId);
  const contacts = mockStoreContacts(customerId);
  if (!contacts) {
    return ecwidErrorResponse(404, { errorMessage: `Customer with id ${params.customerId} not found` });
  }
  return { customerId, contacts };
}

/** The path's contact in the live store, or the error Ecwid sends (400 for a malformed id, 404). */
export function findContact(params: ContactPathParams): FoundContact | HttpResponse<EcwidErrorJson> {
  const customer = findCustomer(params);
  if (customer instanceof Response) return customer;
  if (!POSITIVE_INTEGER.test(params.contactId ?? '')) return wrongParameter('contactId');
  const contact = customer.contacts.find((candidate) => candidate.id === Number(params.contactId));
  if (!contact) {
    return ecwidErrorResponse(404, {
      errorMessage: `Customer contact with id ${params.contactId} not found`,
    });
  }
  return { customerId: customer.customerId, contact };
}
