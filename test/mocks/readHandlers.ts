import { http, HttpResponse, type HttpHandler } from 'msw';
import { findContact, findCustomer } from './contactLookup';
import { CONTACT_DETAIL_PATH, CONTACT_LIST_PATH, type ContactPathParams } from './ecwidApi';
import type { EcwidContactJson, EcwidContactListJson, EcwidErrorJson } from './ecwidJson';
import { authorizationError } from './mockAuthorization';

/** The two reads, answered from the live store, so a write shows in the next read. */
export const readHandlers: HttpHandler[] = [
  http.get<ContactPathParams, never, EcwidContactListJson | EcwidErrorJson>(
    CONTACT_LIST_PATH,
    ({ request, params }) => {
      const denied = authorizationError(request, 'read_customers');
      if (denied) return denied;
      const customer = findCustomer(params);
      if (customer instanceof Response) return customer;
      return HttpResponse.json({ items: [...customer.contacts] });
    },
  ),
  http.get<ContactPathParams, never, EcwidContactJson | EcwidErrorJson>(
    CONTACT_DETAIL_PATH,
    ({ request, params }) => {
      const denied = authorizationError(request, 'read_customers');
      if (denied) return denied;
      const found = findContact(params);
      if (found instanceof Response) return found;
      return HttpResponse.json(found.contact);
    },
  ),
];
