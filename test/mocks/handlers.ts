import { http, HttpResponse, type HttpHandler } from 'msw';
import { CONTACT_DETAIL_PATH, CONTACT_LIST_PATH, type ContactPathParams } from './ecwidApi';
import { ecwidErrorResponse } from './ecwidErrorResponse';
import type { EcwidContactJson, EcwidContactListJson, EcwidErrorJson } from './ecwidJson';
import { mockCustomers } from './mockStore';

export { ECWID_API } from './ecwidApi';
export { seedContact } from './mockStore';

const POSITIVE_INTEGER = /^[1-9]\d{0,15}$/;

/**
 * What Ecwid checks before it looks at the path: a Bearer token (there is no 401, a bad or missing
 * token is 403 INVALID_API_TOKEN) and its scope (public_ tokens cannot read customers).
 */
function authorizationError(request: Request): HttpResponse<EcwidErrorJson> | null {
  const match = /^Bearer\s+(\S+)$/.exec(request.headers.get('Authorization') ?? '');
  if (!match) {
    return ecwidErrorResponse(403, { errorMessage: 'Invalid token', errorCode: 'INVALID_API_TOKEN' });
  }
  if (match[1]?.startsWith('public_')) {
    return ecwidErrorResponse(403, {
      errorMessage: 'This app does not have the read_customers scope',
      errorCode: 'INSUFFICIENT_APP_SCOPE',
    });
  }
  return null;
}

function wrongParameter(name: string, value: string | undefined): HttpResponse<EcwidErrorJson> {
  return ecwidErrorResponse(400, {
    errorMessage: `Wrong ${name} parameter: ${String(value)}`,
    errorCode: 'WRONG_PARAMETER',
  });
}

function customerNotFound(customerId: string): HttpResponse<EcwidErrorJson> {
  return ecwidErrorResponse(404, { errorMessage: `Customer with id ${customerId} not found` });
}

/** Path checks shared by both endpoints; returns the customer's contacts or the error to send. */
function findCustomer(params: ContactPathParams): readonly EcwidContactJson[] | HttpResponse<EcwidErrorJson> {
  if (!POSITIVE_INTEGER.test(params.storeId)) return wrongParameter('storeId', params.storeId);
  if (!POSITIVE_INTEGER.test(params.customerId)) return wrongParameter('customerId', params.customerId);
  return mockCustomers.get(Number(params.customerId)) ?? customerNotFound(params.customerId);
}

/**
 * The default mock Ecwid store. Every store id serves the same customers (see `mockStore.ts`), so
 * stories and tests may use any positive store id; the demo uses 1003, the seed's.
 */
export const handlers: HttpHandler[] = [
  http.get<ContactPathParams, never, EcwidContactListJson | EcwidErrorJson>(
    CONTACT_LIST_PATH,
    ({ request, params }) => {
      const denied = authorizationError(request);
      if (denied) return denied;
      const customer = findCustomer(params);
      if (customer instanceof Response) return customer;
      return HttpResponse.json({ items: [...customer] });
    },
  ),
  http.get<ContactPathParams, never, EcwidContactJson | EcwidErrorJson>(
    CONTACT_DETAIL_PATH,
    ({ request, params }) => {
      const denied = authorizationError(request);
      if (denied) return denied;
      const customer = findCustomer(params);
      if (customer instanceof Response) return customer;
      if (!POSITIVE_INTEGER.test(params.contactId ?? ''))
        return wrongParameter('contactId', params.contactId);
      const contact = customer.find((candidate) => candidate.id === Number(params.contactId));
      if (!contact) {
        return ecwidErrorResponse(404, {
          errorMessage: `Customer contact with id ${params.contactId} not found`,
        });
      }
      return HttpResponse.json(contact);
    },
  ),
];
